package duban.store;

import duban.domain.Category;
import duban.domain.Source;
import duban.domain.Status;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;

/**
 * One line of demo-items.tsv, with its day offsets turned into dates. An item tied to a season
 * (春节前, 夏收期间, 主汛期前) names in its {@code anchor} column the day of the year it was assigned
 * on (01-08): it is assigned on the latest such day that leaves its whole course, as long as
 * its offsets make it, at least two weeks in the past.
 */
record DemoRow(String title, String details, Source source, Category category, String leadUnit,
               List<String> assistUnits, String owner, String leader, Status status,
               LocalDate assignedOn, LocalDate deadline, LocalDate closedOn, String closingNote) {

    /** How far in the past a seasonal item's course ends at the latest. */
    private static final int SEASONAL_MARGIN_DAYS = 14;

    static DemoRow parse(String[] c, LocalDate today) {
        if (c.length != 14) {
            throw new IllegalStateException("demo item needs 14 columns: " + String.join(" | ", c));
        }
        List<String> assists = c[5].isBlank() ? List.of() : Arrays.asList(c[5].split("、"));
        Status status = Status.valueOf(c[8]);
        long daysAgo = Long.parseLong(c[9]);
        long deadlineAfter = daysAgo + Long.parseLong(c[10]);
        long closedAfter = status.isClosed() ? daysAgo + Long.parseLong(c[11]) : 0;
        if (!c[13].isBlank()) {
            LocalDate assignedOn = seasonal(MonthDay.parse("--" + c[13]), Math.max(deadlineAfter, closedAfter),
                    today);
            return new DemoRow(c[0], c[1], Source.valueOf(c[2]), Category.valueOf(c[3]), c[4], assists,
                    c[6], c[7].isBlank() ? null : c[7], status, assignedOn, assignedOn.plusDays(deadlineAfter),
                    status.isClosed() ? assignedOn.plusDays(closedAfter) : null,
                    status.isClosed() ? c[12] : null);
        }
        return new DemoRow(c[0], c[1], Source.valueOf(c[2]), Category.valueOf(c[3]), c[4], assists,
                c[6], c[7].isBlank() ? null : c[7], status, workingDay(today, daysAgo),
                today.plusDays(deadlineAfter - daysAgo),
                status.isClosed() ? today.plusDays(closedAfter - daysAgo) : null,
                status.isClosed() ? c[12] : null);
    }

    /** {@code daysAgo} days before today, or the Friday before when that is a weekend (offices assign on working days). */
    private static LocalDate workingDay(LocalDate today, long daysAgo) {
        LocalDate day = today.minusDays(daysAgo);
        if (daysAgo == 0) {
            return day;   // the officer is at work today, whatever the day
        }
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    /** The latest {@code day} of a year whose course of {@code length} days ends two weeks before today. */
    private static LocalDate seasonal(MonthDay day, long length, LocalDate today) {
        LocalDate assigned = day.atYear(today.getYear());
        while (assigned.plusDays(length + SEASONAL_MARGIN_DAYS).isAfter(today)) {
            assigned = day.atYear(assigned.getYear() - 1);
        }
        return assigned;
    }
}
