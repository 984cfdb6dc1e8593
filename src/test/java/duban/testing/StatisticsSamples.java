package duban.testing;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Rate;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Tally;
import duban.domain.Unit;
import duban.domain.UnitFigures;
import duban.domain.UnitKind;
import duban.domain.UnitScope;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made 通报 figures for the tests of the 统计 view and the projector's figures page, as the
 * bulletin store will return them: a county's 16 units with 4 to 12 items each (some closed, some
 * overdue, two sources), ranked by {@link UnitFigures#of}, and 13 weekly points. Today is
 * {@link TestItems#TODAY}, Saturday 2026-11-21.
 */
public final class StatisticsSamples {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(TestItems.TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    public static final Deadlines DEADLINES = new Deadlines(CLOCK);

    private static final String[] UNIT_NAMES = {"县发展和改革局", "县财政局", "县教育局", "县公安局", "县民政局",
            "县人力资源和社会保障局", "县自然资源局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局",
            "县卫生健康局", "县市场监督管理局", "市生态环境局县分局", "城关镇", "河西乡"};

    private StatisticsSamples() {
    }

    /** The 16 units, in the office's order. */
    public static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < UNIT_NAMES.length; i++) {
            units.add(new Unit(i + 1, UNIT_NAMES[i], i < 14 ? UnitKind.COUNTY_DEPARTMENT : UnitKind.TOWNSHIP,
                    (i + 1) * 10));
        }
        return units;
    }

    /**
     * Items of every unit: unit {@code u} has {@code 4 + 7u mod 9} items, fewer of them closed the
     * further down the list it is; every other open item is past its deadline; odd items are 政协提案,
     * even ones 领导批示.
     */
    public static List<Item> items() {
        List<Item> items = new ArrayList<>();
        long id = 1;
        List<Unit> units = units();
        for (int u = 0; u < units.size(); u++) {
            int count = 4 + (7 * u) % 9;
            int closed = count * (16 - u) / 17;
            for (int k = 0; k < count; k++, id++) {
                LocalDate deadline = TestItems.TODAY.plusDays(k % 2 == 0 ? -5 - k : 10 + k);
                TestItems.Builder item = TestItems.item(id, "督办事项" + id).lead(units.get(u))
                        .source(id % 2 == 1 ? Source.CPPCC_PROPOSAL : Source.LEADER_INSTRUCTION)
                        .assignedOn(LocalDate.of(2026, 9, 1).plusDays(k * 3L)).deadline(deadline);
                if (k < closed) {
                    item.closed(k % 4 == 3 ? deadline.plusDays(2) : deadline.minusDays(1));
                } else {
                    item.status(k % 3 == 0 ? Status.ASSIGNED : Status.IN_PROGRESS);
                }
                items.add(item.build());
            }
        }
        return items;
    }

    /** The figures of {@code period} over {@code source} (null: all), with 13 weekly points from its start. */
    public static BulletinFigures figures(ReportPeriod period, Source source) {
        UnitFigures ranking = UnitFigures.of(items(), DEADLINES, new UnitScope(null, null, source, false));
        return figures(period, source, ranking, weeks(period.from(), 13, ranking.totals().total()));
    }

    /** Figures over a {@code ranking} and {@code weeks} given, the overview made from the ranking's totals. */
    public static BulletinFigures figures(ReportPeriod period, Source source, UnitFigures ranking,
                                          List<BulletinFigures.WeekPoint> weeks) {
        Tally totals = ranking.totals();
        BulletinFigures.Overview overview = new BulletinFigures.Overview(totals.total(), totals.total() / 4,
                totals.closed() / 3, totals.completionRate(), totals.onTimeRate(),
                new Rate(totals.closed() / 2, totals.total()), new Rate(totals.closedOnTime() / 2,
                Math.max(totals.closedOnTime() / 2, totals.closed() / 2)), totals.overdue(), totals.dueSoon());
        return new BulletinFigures(period, source, TestItems.TODAY, overview, ranking, List.of(), List.of(), weeks);
    }

    /** {@code count} weeks ending on the Sundays after {@code from}: items and closings grow, 逾期 falls. */
    public static List<BulletinFigures.WeekPoint> weeks(LocalDate from, int count, int finalTotal) {
        List<BulletinFigures.WeekPoint> weeks = new ArrayList<>();
        LocalDate sunday = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        for (int w = 0; w < count; w++) {
            int total = Math.max(1, finalTotal - 4 * (count - 1 - w));
            int closed = Math.min(total, total * (20 + 3 * w) / 100);
            int overdue = Math.min(total - closed, Math.max(2, 14 - w + (w % 3)));
            weeks.add(new BulletinFigures.WeekPoint(sunday.plusWeeks(w), total, closed, overdue));
        }
        return weeks;
    }

    /** Figures with nothing in scope. */
    public static BulletinFigures empty(ReportPeriod period, Source source) {
        return figures(period, source, UnitFigures.empty(UnitScope.ALL), List.of());
    }
}
