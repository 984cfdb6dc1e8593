package duban.domain.bulletin;

import duban.domain.Item;
import duban.domain.Rate;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a 督查通报 states for a period: the overview, the per-unit ranking (the 单位统计
 * figures of the same scope), the units commended and those named for overdue items, and the weekly
 * series behind its trend chart, reconstructed from the items' history.
 *
 * @param source   the one 事项来源 covered, or {@code null} for all
 * @param asOf     the day the figures are judged at: the period's end, or today while it lasts
 * @param overview the figures of the opening paragraph
 * @param ranking  the ranking table, as 单位统计 computes it for this scope
 * @param commended units whose items in scope are all closed on time
 * @param named    units with overdue items, each with those items
 * @param weeks    one point per week of the period, at the end of the week (or at {@code asOf})
 */
public record BulletinFigures(ReportPeriod period, Source source, LocalDate asOf, Overview overview,
                              UnitFigures ranking, List<Unit> commended, List<NamedUnit> named,
                              List<WeekPoint> weeks) {

    public BulletinFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(ranking, "ranking");
        commended = List.copyOf(commended);
        named = List.copyOf(named);
        weeks = List.copyOf(weeks);
    }

    /**
     * The figures of the 通报's opening paragraph.
     *
     * @param inScope            items in scope at the end of the period
     * @param newInPeriod        of those, assigned (交办) within the period
     * @param closedInPeriod     of those, crossed off (办结) within the period
     * @param completion         办结率 at the end of the period
     * @param onTime             按时办结率 at the end of the period
     * @param previousCompletion 办结率 at the end of the previous period
     * @param previousOnTime     按时办结率 at the end of the previous period
     * @param overdue            open and past their deadline at the end of the period
     * @param dueSoon            open and due within the 临期 threshold then
     */
    public record Overview(int inScope, int newInPeriod, int closedInPeriod, Rate completion, Rate onTime,
                           Rate previousCompletion, Rate previousOnTime, int overdue, int dueSoon) {
    }

    /** A unit named in the 通报 for its overdue items, listed with them. */
    public record NamedUnit(Unit unit, List<Item> overdueItems) {
        public NamedUnit {
            Objects.requireNonNull(unit, "unit");
            overdueItems = List.copyOf(overdueItems);
        }
    }

    /**
     * The state of the items in scope at the end of one week, as the history shows it then.
     *
     * @param weekEnd the Sunday ending the week, or the period's end or {@code asOf} when earlier
     * @param total   items in scope then
     * @param closed  of those, closed then
     * @param overdue open and past the deadline they worked to then
     */
    public record WeekPoint(LocalDate weekEnd, int total, int closed, int overdue) {

        /** Items still open at the end of the week. */
        public int open() {
            return total - closed;
        }

        /** 办结率 at the end of the week. */
        public Rate completion() {
            return new Rate(closed, total);
        }
    }
}
