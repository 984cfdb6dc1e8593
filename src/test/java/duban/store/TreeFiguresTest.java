package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Counting;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Tally;
import duban.domain.Unit;
import duban.domain.UnitFigures;
import duban.domain.UnitKind;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.filter.FilteredFigures;
import duban.filter.ItemFilter;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 事项分解的计数口径 over a real file: a parent of 县水利局 split into three sub-items, two of 县财政局
 * and one of 青石镇, two of them crossed off. The parent is a container and counts nowhere; each
 * sub-item counts for its own lead unit; the header, 单位统计, the ledger's totals and the 通报 agree.
 */
class TreeFiguresTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate SPLIT_DAY = LocalDate.of(2026, 11, 18);

    @TempDir
    Path dir;

    private Database db;
    private MovableClock clock;
    private ItemStore items;
    private Unit water;
    private Unit finance;
    private Unit town;
    private Item parent;

    @BeforeEach
    void splitAndCrossOffTwo() throws Exception {
        clock = new MovableClock(ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI);
        db = TestDatabase.FILE.open(dir, "figures");
        items = new ItemStore(db.dsl(), clock, () -> "李文");
        ItemTreeStore trees = new ItemTreeStore(db.dsl(), clock, () -> "李文");
        UnitStore units = new UnitStore(db.dsl());
        water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        finance = units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        town = units.add("青石镇", UnitKind.TOWNSHIP);

        parent = items.create(draft("推进农村供水保障", water));
        List<Item> children = trees.split(parent.id(), 1,
                List.of(draft("城区管网改造", finance), draft("水厂资金拨付", finance), draft("青石镇水厂扩建", town)));
        crossOff(children.get(0));
        crossOff(children.get(2));
        // Later, the parent moves: its history now has an event after the week the 通报 is stated
        // for, so the 通报 rebuilds it as it stood then, and must still know it is a container.
        clock.advance(Duration.ofDays(7));
        parent = items.move(parent.id(), 1, Status.IN_PROGRESS, 50.0, null, null);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    @Test
    void theParentCountsNowhereAndEachSubItemCountsForItsOwnUnit() {
        assertThat(Counting.counts(parent)).isFalse();
        assertThat(Counting.countable(items.loadAll())).extracting(Item::title)
                .containsExactlyInAnyOrder("城区管网改造", "水厂资金拨付", "青石镇水厂扩建");
    }

    @Test
    void theHeaderCountsTheSubItemsOnly() {
        BoardStats header = BoardStats.of(items.loadBoard(), deadlines());

        assertThat(header.total()).isEqualTo(3);
        assertThat(header.closed()).isEqualTo(2);
        assertThat(header.completionRate().percentText()).isEqualTo("66.7%");
        assertThat(header.count(Status.IN_PROGRESS)).as("the parent's column does not count it").isZero();
        assertThat(header.count(Status.ASSIGNED)).isEqualTo(1);
        assertThat(FilteredFigures.of(items.loadBoard(), ItemFilter.NONE, deadlines()).whole()).isEqualTo(header);
    }

    @Test
    void unitFiguresCreditEachSubItemToItsLeadUnitAndNothingToTheParentsUnit() {
        UnitFigures figures = UnitFigures.of(items.loadAll(), deadlines(), UnitScope.ALL);

        assertUnitRows(figures);
        assertThat(figures.totals().total()).isEqualTo(3);
        assertThat(figures.totals().closed()).isEqualTo(2);
    }

    @Test
    void theLedgerListsTheParentButCountsTheSubItems() {
        Ledger ledger = Ledger.build(items.loadAll(), Map.of(), deadlines(), LedgerScope.ALL, Ledger.Order.ASSIGNED_ON,
                Ledger.Grouping.NONE);

        assertThat(ledger.rows()).hasSize(4);
        assertThat(ledger.totals().items()).isEqualTo(3);
        assertThat(ledger.totals().closed()).isEqualTo(2);
        assertThat(ledger.totals().completionRate().percentText()).isEqualTo("66.7%");
    }

    @Test
    void theBulletinOfAPastWeekRanksTheSameUnitsWithTheSameFigures() {
        BulletinFigures bulletin = new BulletinStore(db.dsl(), clock).figures(ReportPeriod.weekOf(SPLIT_DAY), null);

        assertThat(bulletin.asOf()).isBefore(LocalDate.now(clock));
        assertUnitRows(bulletin.ranking());
        assertThat(bulletin.overview().inScope()).isEqualTo(3);
        assertThat(bulletin.overview().newInPeriod()).isEqualTo(3);
        assertThat(bulletin.overview().closedInPeriod()).isEqualTo(2);
        assertThat(bulletin.overview().completion().percentText()).isEqualTo("66.7%");
    }

    private void assertUnitRows(UnitFigures figures) {
        assertThat(figures.rows()).extracting(row -> row.unit().name())
                .as("青石镇 1/1 before 县财政局 1/2; 县水利局 answers for no sub-item")
                .containsExactly("青石镇", "县财政局");
        Tally financeRow = figures.rowOf(finance.id()).map(UnitRow::tally).orElseThrow();
        assertThat(financeRow.total()).isEqualTo(2);
        assertThat(financeRow.closed()).isEqualTo(1);
        assertThat(figures.rowOf(town.id()).map(UnitRow::tally).orElseThrow().closed()).isEqualTo(1);
        assertThat(figures.rowOf(water.id())).isEmpty();
    }

    private Deadlines deadlines() {
        return new Deadlines(clock);
    }

    private void crossOff(Item item) {
        items.move(item.id(), item.version(), Status.CLOSED, 100.0 + item.id(),
                new Closing(LocalDate.now(clock), "已办结"), null);
    }

    private static ItemDraft draft(String title, Unit lead) {
        return new ItemDraft(title, "", Source.OTHER, Category.ROUTINE, lead.id(), List.of(), "张三", null,
                SPLIT_DAY.minusDays(1), SPLIT_DAY.plusDays(30));
    }
}
