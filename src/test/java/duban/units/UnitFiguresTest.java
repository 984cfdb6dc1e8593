package duban.units;

import duban.domain.UnitScope;

import duban.domain.UnitRow;

import duban.domain.Tally;

import duban.domain.RateOrder;

import duban.domain.UnitFigures;

import static duban.units.FixedBoard.DEADLINES;
import static duban.units.FixedBoard.FINANCE;
import static duban.units.FixedBoard.LABOUR;
import static duban.units.FixedBoard.TOWN;
import static duban.units.FixedBoard.WATER;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-unit figures against tables computed by hand from {@link FixedBoard}. A row reads
 * 排名 单位 | 交办总数 办结 办理中 逾期 临期 | 办结率 按时办结率 | 延期次数 催办次数 [| 其中协办].
 */
class UnitFiguresTest {

    private static final List<Item> ITEMS = FixedBoard.items();

    @Test
    void theWholeBoardGivesTheHandComputedTable() {
        UnitFigures figures = UnitFigures.of(ITEMS, DEADLINES, UnitScope.ALL);

        // 县水利局 5 6 7 (8 withdrawn): closed 5 (on time: extended before its deadline) and 6 (late:
        //   extended after it), 7 临期 → 2/3 = 66.7%, on time 1/2 = 50.0%; extensions 1+1, reminders 0+1+1.
        // 县财政局 1 2 3 4: closed 1 (on time) and 2 (late), 3 逾期 → 2/4 = 50.0%, 1/2 = 50.0%, 逾期 1;
        //   reminders 1+2+3 = 6.
        // 县人社局 12 13 14 15: closed 12 (on time) and 13 (late), 14 逾期, 15 临期 → 2/4 = 50.0%,
        //   1/2 = 50.0%, 逾期 1: equal to 县财政局 on all three, so both rank 2, 财政 first (order 10 < 40);
        //   reminders 1+1.
        // 城关镇 9 10 11: 9 closed on time, 10 逾期 past its extended deadline → 1/3 = 33.3%, 1/1 = 100.0%;
        //   rank 4, not 3; extensions 2 (both on 10), reminders 2.
        assertThat(table(figures)).containsExactly(
                "1 县水利局 | 3 2 1 0 1 | 66.7% 50.0% | 2 2",
                "2 县财政局 | 4 2 2 1 0 | 50.0% 50.0% | 0 6",
                "2 县人力资源和社会保障局 | 4 2 2 1 1 | 50.0% 50.0% | 0 2",
                "4 城关镇 | 3 1 2 1 0 | 33.3% 100.0% | 2 2");

        // Totals over the 14 items in scope: closed 1 2 5 6 9 12 13 = 7, on time 1 5 9 12 = 4,
        // 逾期 3 10 14, 临期 7 15; 7/14 = 50.0% and 4/7 = 57.1% from the totals (the mean of the
        // rows' on-time rates would be 62.5%); extensions 2+2 = 4, reminders 6+2+2+2 = 12.
        assertThat(line(figures.totals())).isEqualTo("14 7 7 3 2 | 50.0% 57.1% | 4 12");
    }

    @Test
    void aDateRangeKeepsItemsAssignedWithinItBothEndsIncluded() {
        UnitScope scope = new UnitScope(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 20), null, false);
        UnitFigures figures = UnitFigures.of(ITEMS, DEADLINES, scope);

        // In range: 5 (06-01, the first day), 6, 10, 4, 11, 3, 7 (10-20, the last day). 县人社局 has none.
        // 县财政局 3 (逾期) 4 and 城关镇 10 (逾期) 11: nothing closed, 0.0%, no on-time rate, 逾期 1: tied.
        assertThat(table(figures)).containsExactly(
                "1 县水利局 | 3 2 1 0 1 | 66.7% 50.0% | 2 2",
                "2 县财政局 | 2 0 2 1 0 | 0.0% — | 0 3",
                "2 城关镇 | 2 0 2 1 0 | 0.0% — | 2 2");
        // 7 items, closed 5 6, on time 5; 2/7 = 28.6%, 1/2 = 50.0%.
        assertThat(line(figures.totals())).isEqualTo("7 2 5 2 1 | 28.6% 50.0% | 4 7");
    }

    @Test
    void eitherEndOfTheRangeMayBeOpen() {
        UnitFigures since = UnitFigures.of(ITEMS, DEADLINES, new UnitScope(LocalDate.of(2026, 11, 1), null, null, false));
        // 14 (11-01, 逾期) and 15 (11-18, 临期).
        assertThat(table(since)).containsExactly("1 县人力资源和社会保障局 | 2 0 2 1 1 | 0.0% — | 0 1");

        UnitFigures until = UnitFigures.of(ITEMS, DEADLINES, new UnitScope(null, LocalDate.of(2026, 2, 20), null, false));
        // 12 (01-15, on time), 9 (02-10, on time), 13 (02-20, late).
        assertThat(table(until)).containsExactly(
                "1 城关镇 | 1 1 0 0 0 | 100.0% 100.0% | 0 0",
                "2 县人力资源和社会保障局 | 2 2 0 0 0 | 100.0% 50.0% | 0 1");
        assertThat(line(until.totals())).isEqualTo("3 3 0 0 0 | 100.0% 66.7% | 0 1");
    }

    @Test
    void aBackwardRangeHoldsNothing() {
        UnitScope backwards = new UnitScope(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1), null, false);
        UnitFigures figures = UnitFigures.of(ITEMS, DEADLINES, backwards);

        assertThat(backwards.isBackwards()).isTrue();
        assertThat(figures.rows()).isEmpty();
        assertThat(line(figures.totals())).isEqualTo("0 0 0 0 0 | — — | 0 0");
    }

    @Test
    void aSourceKeepsItsItemsOnly() {
        UnitFigures figures = UnitFigures.of(ITEMS, DEADLINES, new UnitScope(null, null, Source.LEADER_INSTRUCTION, false));

        // 领导批示: 1 (closed on time) 3 (逾期) of 财政, 5 of 水利, 9 of 城关镇, 14 (逾期) of 人社局.
        // 水利 and 城关镇 are both 1/1, 1/1, 逾期 0: rank 1 together, 水利 first (order 20 < 30).
        assertThat(table(figures)).containsExactly(
                "1 县水利局 | 1 1 0 0 0 | 100.0% 100.0% | 1 0",
                "1 城关镇 | 1 1 0 0 0 | 100.0% 100.0% | 0 0",
                "3 县财政局 | 2 1 1 1 0 | 50.0% 100.0% | 0 4",
                "4 县人力资源和社会保障局 | 1 0 1 1 0 | 0.0% — | 0 1");
        assertThat(line(figures.totals())).isEqualTo("5 3 2 2 0 | 60.0% 100.0% | 1 5");
    }

    @Test
    void countingAssistingUnitsAddsTheItemsTheyAssistButTheTotalsCountEachItemOnce() {
        UnitFigures figures = UnitFigures.of(ITEMS, DEADLINES, new UnitScope(null, null, null, true));

        // 4 (open, normal) also counts for 水利; 7 (临期, 1 reminder) for 财政 and 城关镇; 11 (open) for 人社局.
        // 水利 3+1: 2/4 = 50.0%, 1/2. 财政 4+1: 2/5 = 40.0%, 1/2, 逾期 1, 临期 0+1, reminders 6+1.
        // 人社局 4+1: 2/5 = 40.0%, 1/2, 逾期 1: tied with 财政. 城关镇 3+1: 1/4 = 25.0%, reminders 2+1.
        assertThat(table(figures)).containsExactly(
                "1 县水利局 | 4 2 2 0 1 | 50.0% 50.0% | 2 2 | 1",
                "2 县财政局 | 5 2 3 1 1 | 40.0% 50.0% | 0 7 | 1",
                "2 县人力资源和社会保障局 | 5 2 3 1 1 | 40.0% 50.0% | 0 2 | 1",
                "4 城关镇 | 4 1 3 1 1 | 25.0% 100.0% | 2 3 | 1");
        // The rows now add up to 18 items; the totals are still the 14 items.
        assertThat(figures.rows().stream().mapToInt(row -> row.tally().total()).sum()).isEqualTo(18);
        assertThat(line(figures.totals())).isEqualTo("14 7 7 3 2 | 50.0% 57.1% | 4 12");
    }

    @Test
    void withoutAssistingUnitsAUnitThatOnlyAssistsHasNoRow() {
        Unit statistics = new Unit(9, "县统计局", UnitKind.COUNTY_DEPARTMENT, 5);
        Item assisted = FixedBoard.item(20, "统计数据核查", FINANCE, Source.OTHER, "2026-10-01", "2026-12-01")
                .assist(statistics).build();

        assertThat(UnitFigures.of(List.of(assisted), DEADLINES, UnitScope.ALL).rowOf(statistics.id())).isEmpty();
        assertThat(UnitFigures.of(List.of(assisted), DEADLINES, new UnitScope(null, null, null, true))
                .rowOf(statistics.id())).hasValueSatisfying(row -> {
                    assertThat(row.assisting()).isEqualTo(1);
                    assertThat(row.tally().total()).isEqualTo(1);
                });
    }

    @Test
    void rankingGoesByCompletionThenOnTimeRateThenFewerOverdueAndSharesRanksForEqualRates() {
        Unit a = new Unit(11, "甲单位", UnitKind.OTHER, 1);
        Unit b = new Unit(12, "乙单位", UnitKind.OTHER, 2);
        Unit c = new Unit(13, "丙单位", UnitKind.OTHER, 3);
        Unit d = new Unit(14, "丁单位", UnitKind.OTHER, 4);
        Unit e = new Unit(15, "戊单位", UnitKind.OTHER, 5);
        Unit f = new Unit(16, "己单位", UnitKind.OTHER, 6);
        List<Item> items = List.of(
                // 甲 2/2 closed, 1 on time: 100%, 50%.
                onTime(1, a), late(2, a),
                // 乙 2/2, both on time: 100%, 100% → above 甲 on the on-time rate.
                onTime(3, b), onTime(4, b),
                // 丙 1/2, on time, its open item 逾期: 50%, 100%, 逾期 1.
                onTime(5, c), overdue(6, c),
                // 丁 2/4, on time, open items not overdue: 50%, 100%, 逾期 0 → above 丙.
                onTime(7, d), onTime(8, d), open(9, d), open(10, d),
                // 戊 1/2: the same rates as 丁 (1/2 = 2/4): shares its rank.
                onTime(11, e), open(12, e),
                // 己 nothing closed: 0%, no on-time rate: last.
                open(13, f));

        UnitFigures figures = UnitFigures.of(items, DEADLINES, UnitScope.ALL);

        assertThat(figures.rows()).extracting(row -> row.rank() + " " + row.unit().name())
                .containsExactly("1 乙单位", "2 甲单位", "3 丁单位", "3 戊单位", "5 丙单位", "6 己单位");
    }


    private static Item onTime(long id, Unit unit) {
        return FixedBoard.item(id, "按时", unit, Source.OTHER, "2026-09-01", "2026-10-01").closed("2026-09-30").build();
    }

    private static Item late(long id, Unit unit) {
        return FixedBoard.item(id, "逾期办结", unit, Source.OTHER, "2026-09-01", "2026-10-01").closed("2026-10-08").build();
    }

    private static Item overdue(long id, Unit unit) {
        return FixedBoard.item(id, "逾期", unit, Source.OTHER, "2026-09-01", "2026-10-01").status(Status.IN_PROGRESS).build();
    }

    private static Item open(long id, Unit unit) {
        return FixedBoard.item(id, "办理中", unit, Source.OTHER, "2026-09-01", "2026-12-31").status(Status.IN_PROGRESS).build();
    }

    /** The rows as the table reads them. */
    static List<String> table(UnitFigures figures) {
        return figures.rows().stream().map(row -> row.rank() + " " + row.unit().name() + " | " + line(row.tally())
                + (figures.scope().includeAssisting() ? " | " + row.assisting() : "")).toList();
    }

    static String line(Tally tally) {
        return tally.total() + " " + tally.closed() + " " + tally.open() + " " + tally.overdue() + " " + tally.dueSoon()
                + " | " + tally.completionRate().percentText() + " " + tally.onTimeRate().percentText()
                + " | " + tally.extensions() + " " + tally.reminders();
    }
}
