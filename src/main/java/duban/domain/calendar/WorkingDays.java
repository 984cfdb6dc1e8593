package duban.domain.calendar;



import java.time.LocalDate;
import java.util.Objects;

/**
 * Deadline arithmetic as supervision offices count: working days by the holiday calendar,
 * calendar days (自然日) and months plainly.
 */
public final class WorkingDays {

    private final HolidayCalendar calendar;

    public WorkingDays(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The {@code n}-th working day after {@code start}: "自交办之日起 N 个工作日", where the 交办日期
     * itself does not count, even when it is a working day, and the next working day is day 1.
     * Make-up working weekends (班) count; public holidays and ordinary weekends do not. With
     * {@code n = 0} nothing is added and {@code start} comes back as it is, even on a rest day.
     *
     * @throws OutsideCalendarException when the count reaches a year the calendar does not cover
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * {@code start} plus {@code n} calendar days (自然日). A deadline that falls on a weekend or a
     * public holiday is kept, not moved to the next working day: offices count 自然日 limits plainly
     * ("60 天" from 3 月 1 日 is 4 月 30 日 whatever day that is), and a limit meant in working days
     * is written as one. This needs no holiday calendar, so it works for any year.
     */
    public static LocalDate addCalendarDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        return start.plusDays(n);
    }

    /**
     * The same day of the month {@code n} months after {@code start}; when that month is shorter,
     * its last day (01-31 plus one month is 02-28, or 02-29 in a leap year). Rest days are kept, as
     * for {@link #addCalendarDays}.
     */
    public static LocalDate addMonths(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n);
        return start.plusMonths(n);
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a deadline is counted forward, n must not be negative: " + n);
        }
    }
}
