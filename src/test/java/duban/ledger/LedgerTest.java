package duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.BoardStats;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemOperators;
import duban.domain.ProgressReport;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.store.ItemStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 督办台账 over the demo office: scope, rows, grouping and totals, against the file's own figures. */
class LedgerTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private DemoOffice office;
    private ItemStore store;
    private List<Item> items;
    private Map<Long, ProgressReport> reports;
    private final Deadlines deadlines = new Deadlines(CLOCK);

    @BeforeEach
    void seed() throws Exception {
        office = DemoOffice.open(folder.resolve("ledger.db"), CLOCK);
        store = office.store();
        items = office.items();
        reports = office.reports();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Ledger ledger(LedgerScope scope, Ledger.Grouping grouping) {
        return office.ledger(scope, grouping);
    }

    @Test
    void theWholeLedgerHasEveryItemOnTheBoardNumberedInOrderWithTheBoardsFigures() {
        Ledger ledger = ledger(LedgerScope.ALL, Ledger.Grouping.NONE);
        List<Item> board = store.loadBoard();
        assertThat(ledger.rows()).hasSize(board.size());
        assertThat(ledger.rows()).extracting(LedgerRow::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, board.size()).boxed().toList());
        assertThat(ledger.rows()).extracting(LedgerRow::assignedOn).isSorted();
        BoardStats stats = BoardStats.of(board, deadlines);
        assertThat(ledger.totals().completionRate()).isEqualTo(stats.completionRate());
        assertThat(ledger.totals().onTimeRate()).isEqualTo(stats.onTimeRate());
        assertThat(ledger.totals().overdue()).isEqualTo(stats.overdue());
        assertThat(ledger.totals().describe()).startsWith("共 " + board.size() + " 项").doesNotContain("已撤销");
        assertThat(ledger.scope().describe()).isEqualTo("范围：全部督办事项");
    }

    @Test
    void rowsSpeakTheOfficesWords() {
        Ledger ledger = ledger(LedgerScope.ALL, Ledger.Grouping.NONE);
        for (LedgerRow row : ledger.rows()) {
            Item item = row.item();
            assertThat(row.status()).startsWith(item.status().label());
            if (row.deadlineState() == DeadlineState.OVERDUE) {
                assertThat(row.status()).endsWith("·逾期");
            }
            if (item.isExtended()) {
                assertThat(row.deadline()).isEqualTo(item.currentDeadline());
                assertThat(row.originalDeadline()).isEqualTo(item.deadline());
                assertThat(row.remarks()).contains("已延期").contains("原时限 " + item.deadline());
            } else {
                assertThat(row.originalDeadline()).isNull();
            }
            ProgressReport latest = reports.get(item.id());
            assertThat(row.progress()).isEqualTo(latest == null ? "" : latest.reportedOn() + "：" + latest.content());
            if (item.activity().reminderCount() > 0) {
                assertThat(row.remarks()).contains("催办 " + item.activity().reminderCount() + " 次");
            }
        }
        assertThat(ledger.rows()).anySatisfy(row -> assertThat(row.remarks()).contains("退回重办 1 次"));
        assertThat(ledger.rows()).anySatisfy(row -> assertThat(row.assistUnits()).contains("、"));
    }

    @Test
    void theRemarksNameWhoClosedAClosedItemAndWhoHandledItLastWhenSomeoneElse() {
        Item closed = items.stream().filter(item -> item.status() == Status.CLOSED).findFirst().orElseThrow();
        Item open = items.stream().filter(item -> item.status() == Status.IN_PROGRESS).findFirst().orElseThrow();
        assertThat(LedgerRows.remarks(closed, new ItemOperators("李四", "张三"))).endsWith("销号人 张三; 最近经办 李四");
        assertThat(LedgerRows.remarks(closed, new ItemOperators("张三", "张三"))).endsWith("销号人 张三")
                .doesNotContain("最近经办");
        // Reopened since: who closed it once is no longer the 销号人.
        assertThat(LedgerRows.remarks(open, new ItemOperators("李四", "张三"))).endsWith("最近经办 李四")
                .doesNotContain("销号人");
        assertThat(LedgerRows.remarks(open, ItemOperators.NONE)).isEqualTo(LedgerRows.remarks(open));

        Map<Long, ItemOperators> operators = Map.of(closed.id(), new ItemOperators("李四", "张三"));
        Ledger ledger = Ledger.build(items, reports, operators, deadlines, LedgerScope.ALL, Ledger.Order.ASSIGNED_ON,
                Ledger.Grouping.NONE);
        assertThat(ledger.rows()).filteredOn(row -> row.item().id() == closed.id()).singleElement()
                .extracting(LedgerRow::remarks).asString().contains("销号人 张三");
        assertThat(ledger.rows()).filteredOn(row -> row.item().id() != closed.id())
                .allSatisfy(row -> assertThat(row.remarks()).doesNotContain("经办").doesNotContain("销号人"));
    }

    @Test
    void scopesNarrowTheRows() {
        assertThat(ledger(LedgerScope.ALL.withOverdueOnly(true), Ledger.Grouping.NONE).rows())
                .isNotEmpty().allSatisfy(row -> assertThat(row.status()).endsWith("逾期"));
        assertThat(ledger(LedgerScope.ALL.withStatuses(Set.of(Status.CLOSED)), Ledger.Grouping.NONE).rows())
                .isNotEmpty().allSatisfy(row -> assertThat(row.item().status()).isEqualTo(Status.CLOSED));
        assertThat(ledger(LedgerScope.ALL.withSource(Source.PETITION), Ledger.Grouping.NONE).rows())
                .isNotEmpty().allSatisfy(row -> assertThat(row.source()).isEqualTo("信访"));

        Unit unit = items.get(0).leadUnit();
        assertThat(ledger(LedgerScope.ALL.withLeadUnit(unit), Ledger.Grouping.NONE).rows())
                .isNotEmpty().allSatisfy(row -> assertThat(row.leadUnit()).isEqualTo(unit.name()));

        LocalDate from = TODAY.minusDays(30);
        LocalDate to = TODAY.minusDays(10);
        List<LedgerRow> inRange = ledger(LedgerScope.ALL.withAssignedBetween(from, to), Ledger.Grouping.NONE).rows();
        long expected = items.stream().filter(item -> !item.withdrawn())
                .filter(item -> !item.assignedOn().isBefore(from) && !item.assignedOn().isAfter(to)).count();
        assertThat(inRange).hasSize((int) expected);
        assertThat(LedgerScope.ALL.withAssignedBetween(from, null).withOverdueOnly(true).describe())
                .isEqualTo("范围：仅逾期 · 交办日期 " + from + " 至 不限");
    }

    @Test
    void withdrawnItemsAppearOnlyWhenAskedForAndStayOutOfTheRates() {
        Ledger without = ledger(LedgerScope.ALL, Ledger.Grouping.NONE);
        Ledger with = ledger(LedgerScope.ALL.withWithdrawn(true), Ledger.Grouping.NONE);
        assertThat(with.rows()).hasSize(without.rows().size() + 1);
        LedgerRow withdrawn = with.rows().stream().filter(row -> row.item().withdrawn()).findFirst().orElseThrow();
        assertThat(withdrawn.status()).isEqualTo("已撤销");
        assertThat(withdrawn.remarks()).contains("撤销原因：与第 3 项重复登记");
        assertThat(with.totals().completionRate()).isEqualTo(without.totals().completionRate());
        assertThat(with.totals().describe()).endsWith("，另有已撤销 1 项");
    }

    @Test
    void groupingByLeadUnitKeepsEveryRowOnceWithSubtotalsThatAddUp() {
        Ledger ledger = ledger(LedgerScope.ALL, Ledger.Grouping.LEAD_UNIT);
        assertThat(ledger.rows()).hasSize(ledger(LedgerScope.ALL, Ledger.Grouping.NONE).rows().size());
        assertThat(ledger.rows()).extracting(LedgerRow::number).isSorted().doesNotHaveDuplicates();
        for (Ledger.Group group : ledger.groups()) {
            assertThat(group.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.leadUnit()).isEqualTo(group.heading()));
        }
        assertThat(ledger.groups()).extracting(Ledger.Group::heading).doesNotHaveDuplicates();
        assertThat(ledger.groups().stream().mapToInt(group -> group.subtotal().items()).sum())
                .isEqualTo(ledger.totals().items());
        assertThat(ledger.groups().stream().mapToInt(group -> group.subtotal().closed()).sum())
                .isEqualTo(ledger.totals().closed());
        // Groups follow the units' display order.
        List<Integer> orders = ledger.groups().stream()
                .map(group -> group.rows().get(0).item().leadUnit().sortOrder()).toList();
        assertThat(orders).isSorted();

        Ledger byStatus = ledger(LedgerScope.ALL, Ledger.Grouping.STATUS);
        assertThat(byStatus.groups()).extracting(Ledger.Group::heading)
                .containsExactly("交办", "办理中", "待反馈", "办结销号");
    }
}
