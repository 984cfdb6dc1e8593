package duban.domain.recurrence;

import duban.domain.calendar.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for recurrence: the office's holiday calendar where it covers the year, plain
 * weekends beyond it. A recurring series runs for years and must never stop creating occurrences
 * (nor fail an officer's closing) because next year's calendar is not imported yet; the settings
 * already warn about the missing year.
 */
final class RestDays {

    private RestDays() {
    }

    static boolean isWorkingDay(LocalDate day, HolidayCalendar calendar) {
        if (calendar.covers(day)) {
            return calendar.isWorkingDay(day);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** {@code day} itself when it is a working day, else the next working day (期限届满日是节假日的顺延). */
    static LocalDate onOrAfter(LocalDate day, HolidayCalendar calendar) {
        LocalDate working = day;
        while (!isWorkingDay(working, calendar)) {
            working = working.plusDays(1);
        }
        return working;
    }

    /** The {@code n}-th working day after {@code day}, which itself does not count. */
    static LocalDate plusWorkingDays(LocalDate day, int n, HolidayCalendar calendar) {
        LocalDate counted = day;
        for (int i = 0; i < n; i++) {
            counted = onOrAfter(counted.plusDays(1), calendar);
        }
        return counted;
    }
}
