package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Rate;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Tally;
import duban.domain.Unit;
import duban.domain.UnitFigures;
import duban.domain.UnitKind;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.BulletinFigures.WeekPoint;
import duban.domain.bulletin.ReportPeriod;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 通报's figures read from a real database whose history is written through the real stores
 * on a movable clock, over March 2026 (Sunday 1 to Tuesday 31), and compared with figures worked
 * out by hand from that history.
 */
class BulletinStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ReportPeriod MARCH = ReportPeriod.monthOf(LocalDate.of(2026, 3, 1));
    private static final Source SOURCE = Source.LEADER_INSTRUCTION;

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(day(2, 20).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private Database database;
    private ItemStore items;
    private WorkflowStore workflow;
    private BulletinStore bulletins;
    private Unit finance;
    private Unit water;
    private Unit town;
    private Unit housing;

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "bulletin");
        items = new ItemStore(database.dsl(), clock);
        workflow = new WorkflowStore(database.dsl(), clock);
        bulletins = new BulletinStore(database.dsl(), clock);
        UnitStore units = new UnitStore(database.dsl());
        finance = units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        town = units.add("城关镇", UnitKind.TOWNSHIP);
        housing = units.add("县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** Moves the clock on to 10:00 of {@code day}. */
    private void on(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(10, 0).atZone(ZONE).toInstant()));
    }

    private Item create(String title, Unit lead, Source source, LocalDate assignedOn, LocalDate deadline) {
        return items.create(new ItemDraft(title, "", source, Category.KEY, lead.id(), List.of(), "周建平", null,
                assignedOn, deadline));
    }

    private Item fresh(Item item) {
        return items.find(item.id());
    }

    private void move(Item item, Status to) {
        Item now = fresh(item);
        items.move(now.id(), now.version(), to, now.id() * 1024.0, null, null);
    }

    private void close(Item item, LocalDate closedOn) {
        Item now = fresh(item);
        items.move(now.id(), now.version(), Status.CLOSED, now.id() * 1024.0, new Closing(closedOn, "已办结"), null);
    }

    /**
     * The history of March, by day (10:00 each):
     * <pre>
     * 02-20  I1 财政 due 03-10, I2 财政 due 03-20, I3 水利 due 03-05 (all assigned 02-20);
     *        I7 财政, another source, assigned 02-20, due 03-01 (never in these figures)
     * 03-03  I4 城关 assigned 03-03 due 03-12
     * 03-05  I1 closed 03-05 (on time)
     * 03-09  I3 extended to 03-25, approved 03-09: after 03-05 had passed, so assessed still by 03-05
     * 03-10  I5 水利 registered now but assigned 03-02 (backdated), due 03-13
     * 03-12  I4 to 待反馈
     * 03-13  I2 withdrawn
     * 03-14  I4 sent back to 办理中 (退回重办)
     * 03-16  I6 住建 assigned 03-16 due 03-26
     * 03-18  I5 closed 03-18 (late)
     * 03-20  I2 restored
     * 03-24  I3 closed 03-24 (late: assessed by 03-05)
     * 03-25  I6 closed 03-25 (on time)
     * 03-27  I4 closed 03-27 (late)
     * 03-30  I1 reopened (办结销号 back to 办理中)
     * </pre>
     */
    private void writeMarch() {
        Item i1 = create("I1 财政", finance, SOURCE, day(2, 20), day(3, 10));
        Item i2 = create("I2 财政", finance, SOURCE, day(2, 20), day(3, 20));
        Item i3 = create("I3 水利", water, SOURCE, day(2, 20), day(3, 5));
        create("I7 另一来源", finance, Source.PETITION, day(2, 20), day(3, 1));
        on(day(3, 3));
        Item i4 = create("I4 城关", town, SOURCE, day(3, 3), day(3, 12));
        on(day(3, 5));
        close(i1, day(3, 5));
        on(day(3, 9));
        workflow.extend(i3.id(), fresh(i3).version(), day(3, 25), "汛期施工受阻", "王县长", day(3, 9));
        on(day(3, 10));
        Item i5 = create("I5 水利", water, SOURCE, day(3, 2), day(3, 13));
        on(day(3, 12));
        move(i4, Status.AWAITING_FEEDBACK);
        on(day(3, 13));
        items.withdraw(i2.id(), fresh(i2).version(), "领导批示暂缓");
        on(day(3, 14));
        items.sendBack(i4.id(), fresh(i4).version(), null, null, "材料不全");
        on(day(3, 16));
        Item i6 = create("I6 住建", housing, SOURCE, day(3, 16), day(3, 26));
        on(day(3, 18));
        close(i5, day(3, 18));
        on(day(3, 20));
        items.restore(i2.id(), fresh(i2).version(), "恢复督办");
        on(day(3, 24));
        close(i3, day(3, 24));
        on(day(3, 25));
        close(i6, day(3, 25));
        on(day(3, 27));
        close(i4, day(3, 27));
        on(day(3, 30));
        move(i1, Status.IN_PROGRESS);
    }

    @Test
    void theWeeksOfAPastMonthAreThoseWorkedOutByHandFromItsHistory() {
        writeMarch();
        on(day(4, 2));

        BulletinFigures figures = bulletins.figures(MARCH, SOURCE);

        assertThat(figures.asOf()).isEqualTo(day(3, 31));
        assertThat(figures.weeks()).containsExactly(
                // 03-01: I1 I2 I3 assigned, all open and not yet due.
                new WeekPoint(day(3, 1), 3, 0, 0),
                // 03-08: + I4, + I5 (assigned 03-02, registered 03-10: as its CREATE left it); I1 closed;
                // I3 past 03-05 (its extension came on 03-09).
                new WeekPoint(day(3, 8), 5, 1, 1),
                // 03-15: I2 withdrawn; I4 (due 03-12, sent back) and I5 (due 03-13) overdue; I3 extended.
                new WeekPoint(day(3, 15), 4, 1, 2),
                // 03-22: I2 restored and past 03-20; + I6 (due 03-26, not yet); I5 closed; I4 overdue.
                new WeekPoint(day(3, 22), 6, 2, 2),
                // 03-29: I3, I4, I6 closed too; only I2 overdue.
                new WeekPoint(day(3, 29), 6, 5, 1),
                // 03-31 (Tuesday, the month's end): I1 reopened and past 03-10, I2 overdue.
                new WeekPoint(day(3, 31), 6, 4, 2));
    }

    @Test
    void theOverviewRankingAndNamedUnitsAreThoseOfTheMonthsEnd() {
        writeMarch();
        on(day(4, 2));

        BulletinFigures figures = bulletins.figures(MARCH, SOURCE);

        // New in March: I4, I5, I6. Closed in March and still closed: I3, I4, I5, I6 (I1 reopened).
        // On time: I6 only. February's end: I1-I3 open, none closed.
        assertThat(figures.overview()).isEqualTo(new BulletinFigures.Overview(6, 3, 4, new Rate(4, 6),
                new Rate(1, 4), new Rate(0, 3), new Rate(0, 0), 2, 0));
        // 住建 1/1 on time; 水利 2/2 and 城关 1/1, none on time, share rank 2; 财政 0/2 with 2 overdue.
        assertThat(figures.ranking().rows()).extracting(UnitRow::rank, row -> row.unit().name(),
                        row -> row.tally().completionRate(), row -> row.tally().onTimeRate(), row -> row.tally().overdue())
                .containsExactly(
                        tuple(1, "县住房和城乡建设局", new Rate(1, 1), new Rate(1, 1), 0),
                        tuple(2, "县水利局", new Rate(2, 2), new Rate(0, 2), 0),
                        tuple(2, "城关镇", new Rate(1, 1), new Rate(0, 1), 0),
                        tuple(4, "县财政局", new Rate(0, 2), new Rate(0, 0), 2));
        // 水利: I3's extension counts in 延期次数.
        assertThat(figures.ranking().rowOf(water.id()).orElseThrow().tally().extensions()).isEqualTo(1);
        assertThat(figures.commended()).extracting(Unit::name).containsExactly("县住房和城乡建设局");
        assertThat(figures.named()).singleElement().satisfies(named -> {
            assertThat(named.unit().name()).isEqualTo("县财政局");
            // I1 (due 03-10) is more overdue than I2 (due 03-20); I7 is of another source.
            assertThat(named.overdueItems()).extracting(Item::title).containsExactly("I1 财政", "I2 财政");
        });
    }

    @Test
    void anItemRegisteredLaterEntersThePastAsItsCreateLeftItAndNothingElseChanges() {
        writeMarch();
        on(day(4, 1));
        BulletinFigures before = bulletins.figures(MARCH, SOURCE);

        on(day(4, 2));
        List<Item> board = items.loadBoard();
        Item i2 = board.stream().filter(item -> item.title().startsWith("I2")).findFirst().orElseThrow();
        Item i4 = board.stream().filter(item -> item.title().startsWith("I4")).findFirst().orElseThrow();
        Item i1 = board.stream().filter(item -> item.title().startsWith("I1")).findFirst().orElseThrow();
        close(i2, day(4, 2));
        items.withdraw(i4.id(), i4.version(), "并入其他事项");
        workflow.extend(i1.id(), i1.version(), day(4, 30), "需协调省厅", "王县长", day(4, 2));
        create("I8 城关", town, SOURCE, day(3, 20), day(3, 25)); // registered late, assigned in March
        BulletinFigures after = bulletins.figures(MARCH, SOURCE);

        // I8, assigned 03-20 but registered 04-02, enters March as its CREATE left it (交办, overdue):
        // the register says it was assigned then. Everything else is as before.
        assertThat(after.weeks()).isEqualTo(List.of(before.weeks().get(0), before.weeks().get(1),
                before.weeks().get(2), new WeekPoint(day(3, 22), 7, 2, 2), new WeekPoint(day(3, 29), 7, 5, 2),
                new WeekPoint(day(3, 31), 7, 4, 3)));
        // 城关镇 is named now for I8, and ranks (1 of 2 closed) before 财政 (none closed).
        assertThat(after.named()).extracting(named -> named.unit().name()).containsExactly("城关镇", "县财政局");
        assertThat(after.named().get(1).overdueItems()).extracting(Item::title)
                .isEqualTo(before.named().get(0).overdueItems().stream().map(Item::title).toList());
        assertThat(after.ranking().rowOf(finance.id())).isEqualTo(before.ranking().rowOf(finance.id()));
        assertThat(after.ranking().rowOf(water.id())).isEqualTo(before.ranking().rowOf(water.id()));
        assertThat(after.commended()).isEqualTo(before.commended());
    }

    @Test
    void aPastMonthsBulletinIsUnchangedByMovesAfterIt() {
        writeMarch();
        on(day(4, 1));
        BulletinFigures before = bulletins.figures(MARCH, SOURCE);

        on(day(4, 2));
        for (Item item : items.loadBoard()) {
            if (!item.status().isClosed()) {
                close(item, day(4, 2));
            } else {
                move(item, Status.IN_PROGRESS);
            }
        }
        Item first = items.loadBoard().get(0);
        items.withdraw(first.id(), first.version(), "并入其他事项");
        BulletinFigures after = bulletins.figures(MARCH, SOURCE);

        assertThat(after.weeks()).isEqualTo(before.weeks());
        assertThat(after.overview()).isEqualTo(before.overview());
        assertThat(after.ranking().rows()).extracting(UnitRow::rank, UnitRow::unit, UnitRow::tally)
                .isEqualTo(before.ranking().rows().stream()
                        .map(row -> tuple(row.rank(), row.unit(), row.tally())).toList());
        assertThat(after.commended()).isEqualTo(before.commended());
        assertThat(after.named()).hasSameSizeAs(before.named());
    }

    @Test
    void theRunningMonthsRankingIsWhat单位统计AndTheLedgerShowForTheSameScope() {
        writeMarch();
        ReportPeriod april = ReportPeriod.monthOf(day(4, 2));
        on(day(4, 2));
        Item extra = create("I9 水利", water, Source.PETITION, day(4, 1), day(4, 3));
        workflow.addReminder(extra.id(), day(4, 2), duban.domain.ReminderMethod.PHONE,
                duban.domain.ReminderLevel.BLUE, null);

        for (Source source : new Source[] {null, SOURCE}) {
            BulletinFigures figures = bulletins.figures(april, source);
            List<Item> all = items.loadAll();
            Deadlines today = new Deadlines(clock, 3);
            UnitFigures shown = UnitFigures.of(all, today, new UnitScope(null, april.to(), source, false));

            assertThat(figures.asOf()).isEqualTo(day(4, 2));
            assertThat(figures.ranking().rows()).isEqualTo(shown.rows());
            assertThat(figures.ranking().totals()).isEqualTo(shown.totals());
            Ledger ledger = Ledger.build(all, Map.of(), today,
                    LedgerScope.ALL.withAssignedBetween(null, april.to()).withSource(source),
                    Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
            Tally totals = figures.ranking().totals();
            assertThat(List.of(totals.total(), totals.closed(), totals.closedOnTime(), totals.overdue()))
                    .isEqualTo(List.of(ledger.totals().items(), ledger.totals().closed(),
                            ledger.totals().closedOnTime(), ledger.totals().overdue()));
            // April's weeks so far: Sunday 04-05 lies ahead, so one point, at today.
            assertThat(figures.weeks()).extracting(WeekPoint::weekEnd).containsExactly(day(4, 2));
        }
    }

    @Test
    void anEmptyScopeGivesEmptyFiguresWithUndefinedRates() {
        on(day(4, 2));

        BulletinFigures figures = bulletins.figures(MARCH, null);

        assertThat(figures.overview().inScope()).isZero();
        assertThat(figures.overview().completion().isDefined()).isFalse();
        assertThat(figures.overview().onTime().isDefined()).isFalse();
        assertThat(figures.overview().previousCompletion().isDefined()).isFalse();
        assertThat(figures.ranking().rows()).isEmpty();
        assertThat(figures.commended()).isEmpty();
        assertThat(figures.named()).isEmpty();
        assertThat(figures.weeks()).extracting(WeekPoint::total).containsOnly(0);
        assertThat(figures.weeks()).hasSize(6);
    }
}
