package duban.domain.bulletin;

import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Tally;
import duban.domain.Unit;
import duban.domain.UnitFigures;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Computes a 通报's figures from the items' timelines: every figure is that of 单位统计
 * ({@link UnitFigures#of}) over the items as they stood at the end of the day it is stated for, so
 * that a 通报 for a past period says what was true then, whatever happened since. The rules are
 * written down in the README's section 督查通报的口径.
 */
public final class BulletinCalculation {

    private final Collection<ItemTimeline> timelines;
    private final Source source;
    private final int dueSoonDays;
    private final ZoneId zone;

    /**
     * Over {@code timelines} (items of other sources or assigned later are left out by the scope),
     * judging 临期 by {@code dueSoonDays} as the office set it.
     */
    public BulletinCalculation(Collection<ItemTimeline> timelines, Source source, int dueSoonDays, ZoneId zone) {
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.source = source;
        this.dueSoonDays = dueSoonDays;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The day a 通报 for {@code period} is judged at on {@code today}: its end, or today while it lasts. */
    public static LocalDate asOf(ReportPeriod period, LocalDate today) {
        return period.to().isBefore(today) ? period.to() : today;
    }

    /**
     * The days the weekly series is stated at: every Sunday of the period up to {@code asOf}, and
     * {@code asOf} itself when it is not a Sunday but lies in the period.
     */
    public static List<LocalDate> weekEnds(ReportPeriod period, LocalDate asOf) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate sunday = period.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (; !sunday.isAfter(period.to()) && !sunday.isAfter(asOf); sunday = sunday.plusWeeks(1)) {
            days.add(sunday);
        }
        if (period.contains(asOf) && asOf.getDayOfWeek() != DayOfWeek.SUNDAY) {
            days.add(asOf);
        }
        return days;
    }

    /** The 通报's figures for {@code period}, judged at {@link #asOf} on {@code today}. */
    public BulletinFigures figures(ReportPeriod period, LocalDate today) {
        LocalDate asOf = asOf(period, today);
        List<Item> items = itemsAt(asOf);
        Deadlines deadlines = deadlinesAt(asOf);
        UnitFigures ranking = UnitFigures.of(items, deadlines, scopeAt(asOf));
        UnitFigures previous = unitFiguresAt(period.previous().to());

        int newInPeriod = 0;
        int closedInPeriod = 0;
        List<Item> overdue = new ArrayList<>();
        for (Item item : items) {
            if (!scopeAt(asOf).covers(item)) {
                continue;
            }
            if (period.contains(item.assignedOn())) {
                newInPeriod++;
            }
            if (item.status().isClosed() && item.closedOn() != null && period.contains(item.closedOn())) {
                closedInPeriod++;
            }
            if (!item.status().isClosed() && deadlines.stateOf(item) == DeadlineState.OVERDUE) {
                overdue.add(item);
            }
        }
        Tally totals = ranking.totals();
        BulletinFigures.Overview overview = new BulletinFigures.Overview(totals.total(), newInPeriod, closedInPeriod,
                totals.completionRate(), totals.onTimeRate(), previous.totals().completionRate(),
                previous.totals().onTimeRate(), totals.overdue(), totals.dueSoon());

        List<Unit> commended = new ArrayList<>();
        List<BulletinFigures.NamedUnit> named = new ArrayList<>();
        overdue.sort(Comparator.comparing(Item::currentDeadline).thenComparingLong(Item::id));
        for (UnitRow row : ranking.rows()) {
            Tally tally = row.tally();
            if (tally.total() > 0 && tally.closed() == tally.total() && tally.closedOnTime() == tally.closed()) {
                commended.add(row.unit());
            }
            if (tally.overdue() > 0) {
                named.add(new BulletinFigures.NamedUnit(row.unit(), overdue.stream()
                        .filter(item -> item.leadUnit().id() == row.unit().id()).toList()));
            }
        }

        List<BulletinFigures.WeekPoint> weeks = new ArrayList<>();
        for (LocalDate weekEnd : weekEnds(period, asOf)) {
            Tally week = weekEnd.equals(asOf) ? totals : unitFiguresAt(weekEnd).totals();
            weeks.add(new BulletinFigures.WeekPoint(weekEnd, week.total(), week.closed(), week.overdue()));
        }
        return new BulletinFigures(period, source, asOf, overview, ranking, commended, named, weeks);
    }

    /** What 单位统计 shows for the scope of {@code day}, over the items as they stood at its end. */
    public UnitFigures unitFiguresAt(LocalDate day) {
        return UnitFigures.of(itemsAt(day), deadlinesAt(day), scopeAt(day));
    }

    /** The items assigned by {@code day}, as they stood at its end. */
    private List<Item> itemsAt(LocalDate day) {
        List<Item> items = new ArrayList<>(timelines.size());
        for (ItemTimeline timeline : timelines) {
            LocalDate assigned = timeline.current().assignedOn();
            if (assigned != null && !assigned.isAfter(day)) {
                items.add(timeline.at(day));
            }
        }
        return items;
    }

    /** Every item assigned by {@code day}, of the source, lead units only, not withdrawn then. */
    private UnitScope scopeAt(LocalDate day) {
        return new UnitScope(null, day, source, false);
    }

    /** Deadlines judged at the end of {@code day}. */
    private Deadlines deadlinesAt(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(23, 59, 59).atZone(zone).toInstant(), zone);
        return new Deadlines(clock, dueSoonDays);
    }
}
