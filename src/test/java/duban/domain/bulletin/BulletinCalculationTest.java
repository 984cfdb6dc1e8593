package duban.domain.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Rate;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitRow;
import duban.testing.TestItems;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a 通报's figures over items whose history holds nothing after the days asked. */
class BulletinCalculationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** The items with the history the board writes: registered on their 交办日期, closed on their 办结日期. */
    private static BulletinCalculation over(Source source, Item... items) {
        List<ItemTimeline> timelines = Arrays.stream(items).map(BulletinCalculationTest::timeline).toList();
        return new BulletinCalculation(timelines, source, 3, ZONE);
    }

    private static ItemTimeline timeline(Item item) {
        List<ItemEvent> events = new ArrayList<>();
        events.add(new ItemEvent(1, item.id(), item.assignedOn().atTime(9, 0).atZone(ZONE).toOffsetDateTime(),
                EventKind.CREATE, null, Status.ASSIGNED, null, null, null, null));
        if (item.status() != Status.ASSIGNED) {
            LocalDate moved = item.closedOn() != null ? item.closedOn() : item.assignedOn();
            events.add(new ItemEvent(2, item.id(), moved.atTime(16, 0).atZone(ZONE).toOffsetDateTime(), EventKind.MOVE,
                    Status.ASSIGNED, item.status(), null, null, null, null));
        }
        if (item.withdrawn()) {
            events.add(new ItemEvent(3, item.id(), item.assignedOn().atTime(17, 0).atZone(ZONE).toOffsetDateTime(),
                    EventKind.WITHDRAW, item.status(), null, null, null, null, null));
        }
        return ItemTimeline.of(item, events, List.of(), ZONE);
    }

    @Test
    void aPastPeriodIsJudgedAtItsEndAndTheRunningOneToday() {
        ReportPeriod march = ReportPeriod.monthOf(day(3, 1));
        assertThat(BulletinCalculation.asOf(march, day(4, 2))).isEqualTo(day(3, 31));
        assertThat(BulletinCalculation.asOf(march, day(3, 31))).isEqualTo(day(3, 31));
        assertThat(BulletinCalculation.asOf(march, day(3, 12))).isEqualTo(day(3, 12));
    }

    @Test
    void aWeekPointFallsOnEverySundayOfThePeriodAndOnItsLastDayJudged() {
        ReportPeriod march = ReportPeriod.monthOf(day(3, 1)); // Sunday 03-01 to Tuesday 03-31
        assertThat(BulletinCalculation.weekEnds(march, day(3, 31)))
                .containsExactly(day(3, 1), day(3, 8), day(3, 15), day(3, 22), day(3, 29), day(3, 31));
        // While March runs: none after today; today is a Sunday, so no extra point.
        assertThat(BulletinCalculation.weekEnds(march, day(3, 15))).containsExactly(day(3, 1), day(3, 8), day(3, 15));
        assertThat(BulletinCalculation.weekEnds(march, day(3, 17)))
                .containsExactly(day(3, 1), day(3, 8), day(3, 15), day(3, 17));
        // A week is one point, at its Sunday.
        assertThat(BulletinCalculation.weekEnds(ReportPeriod.weekOf(day(3, 4)), day(3, 31))).containsExactly(day(3, 8));
        // A period still to come has no point yet.
        assertThat(BulletinCalculation.weekEnds(ReportPeriod.monthOf(day(5, 1)), day(4, 2))).isEmpty();
    }

    @Test
    void unitsEqualOnEveryFigureShareARankAndTheNextRankIsSkipped() {
        LocalDate asOf = day(3, 31);
        Item financeClosed = TestItems.item(1, "财政一").lead(TestItems.FINANCE).assignedOn(day(3, 1))
                .deadline(day(3, 20)).closed(day(3, 10)).build();
        Item waterClosed = TestItems.item(2, "水利一").lead(TestItems.WATER).assignedOn(day(3, 1))
                .deadline(day(3, 20)).closed(day(3, 12)).build();
        Item townClosed = TestItems.item(3, "城关一").lead(TestItems.TOWN).assignedOn(day(3, 1))
                .deadline(day(3, 20)).closed(day(3, 25)).build();
        Item housingOpen = TestItems.item(4, "住建一").lead(TestItems.HOUSING).assignedOn(day(3, 1))
                .deadline(day(4, 20)).build();

        BulletinFigures figures = over(null, financeClosed, waterClosed, townClosed, housingOpen)
                .figures(ReportPeriod.monthOf(asOf), day(4, 2));

        assertThat(figures.ranking().rows()).extracting(UnitRow::rank).containsExactly(1, 1, 3, 4);
        assertThat(figures.ranking().rows()).extracting(row -> row.unit().name())
                .containsExactly("县财政局", "县水利局", "城关镇", "县住房和城乡建设局");
        // Commended: all closed and all on time; 城关镇 closed late, 住建 still open.
        assertThat(figures.commended()).extracting(Unit::name).containsExactly("县财政局", "县水利局");
        assertThat(figures.named()).isEmpty();
    }

    @Test
    void theOverviewCountsTheNewAndTheClosedOfThePeriodAndThePreviousPeriodsRates() {
        Item old = TestItems.item(1, "二月交办三月办结").assignedOn(day(2, 10)).deadline(day(3, 20))
                .closed(day(3, 5)).build();
        Item closedInFebruary = TestItems.item(2, "二月办结").assignedOn(day(2, 2)).deadline(day(2, 20))
                .closed(day(2, 25)).build();
        Item fresh = TestItems.item(3, "三月交办").assignedOn(day(3, 3)).deadline(day(3, 30)).build();
        Item overdue = TestItems.item(4, "三月逾期").assignedOn(day(3, 3)).deadline(day(3, 28)).build();
        Item other = TestItems.item(5, "其他来源").source(Source.PETITION).assignedOn(day(3, 3))
                .deadline(day(3, 10)).build();
        Item later = TestItems.item(6, "四月交办").assignedOn(day(4, 1)).deadline(day(4, 3)).build();

        BulletinFigures figures = over(Source.LEADER_INSTRUCTION, old, closedInFebruary, fresh, overdue, other, later)
                .figures(ReportPeriod.monthOf(day(3, 1)), day(4, 2));

        // 03-31: four in scope (not the other source's, not April's); new: 三月交办 and 三月逾期, both
        // overdue by 03-31; closed in March: the first. 02-28: two in scope, 二月办结 closed late.
        assertThat(figures.overview()).isEqualTo(new BulletinFigures.Overview(4, 2, 1, new Rate(2, 4),
                new Rate(1, 2), new Rate(1, 2), new Rate(0, 1), 2, 0));
        assertThat(figures.named()).singleElement().satisfies(named ->
                assertThat(named.overdueItems()).extracting(Item::title).containsExactly("三月逾期", "三月交办"));
    }

    @Test
    void dueSoonIsJudgedByTheOfficesThreshold() {
        Item dueIn3 = TestItems.item(1, "三天后到期").assignedOn(day(3, 1)).deadline(day(4, 3)).build();
        Item dueIn4 = TestItems.item(2, "四天后到期").assignedOn(day(3, 1)).deadline(day(4, 4)).build();

        BulletinFigures figures = over(null, dueIn3, dueIn4).figures(ReportPeriod.monthOf(day(3, 31)), day(4, 2));

        assertThat(figures.overview().dueSoon()).isEqualTo(1);
        assertThat(figures.overview().overdue()).isZero();
    }

    @Test
    void anEmptyScopeHasUndefinedRates() {
        Item withdrawn = TestItems.item(1, "已撤销").assignedOn(day(3, 1)).status(Status.IN_PROGRESS).withdrawn()
                .build();

        BulletinFigures figures = over(null, withdrawn).figures(ReportPeriod.monthOf(day(3, 1)), day(4, 2));

        assertThat(figures.overview().inScope()).isZero();
        assertThat(figures.overview().completion().isDefined()).isFalse();
        assertThat(figures.overview().onTime().isDefined()).isFalse();
        assertThat(figures.overview().previousOnTime().isDefined()).isFalse();
        assertThat(figures.ranking().rows()).isEmpty();
        assertThat(figures.commended()).isEmpty();
        assertThat(figures.weeks()).allSatisfy(week -> assertThat(week.completion().isDefined()).isFalse());
    }
}
