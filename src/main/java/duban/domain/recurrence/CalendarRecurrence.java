package duban.domain.recurrence;

import duban.domain.calendar.HolidayCalendar;
import duban.domain.RecurrenceWords;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A rule over the calendar's months: 每月 by a day, 每月第一个工作日, 每季度, 每年. Each period is
 * a month, a quarter or a year and starts on its first day.
 *
 * @param day the day of the month (MONTHLY_DAY, QUARTERLY; its month is ignored) or of the year (YEARLY)
 */
record CalendarRecurrence(Kind kind, MonthDay day) implements RecurrenceRule {

    /** The calendar rules. */
    enum Kind {
        MONTHLY_DAY(1), MONTHLY_FIRST_WORKING_DAY(1), QUARTERLY(3), YEARLY(12);

        final int months;

        Kind(int months) {
            this.months = months;
        }
    }

    CalendarRecurrence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
    }

    @Override
    public String text() {
        return switch (kind) {
            case MONTHLY_DAY, QUARTERLY -> kind.name() + ":" + day.getDayOfMonth();
            case MONTHLY_FIRST_WORKING_DAY -> kind.name();
            case YEARLY -> kind.name() + ":" + day.toString().substring(2);
        };
    }

    @Override
    public String describe() {
        return RecurrenceWords.describe(text()).orElseThrow();
    }

    @Override
    public RecurrencePeriod periodOf(LocalDate date, HolidayCalendar calendar) {
        int firstMonth = switch (kind) {
            case MONTHLY_DAY, MONTHLY_FIRST_WORKING_DAY -> date.getMonthValue();
            case QUARTERLY -> (date.getMonthValue() - 1) / 3 * 3 + 1;
            case YEARLY -> 1;
        };
        return periodFrom(LocalDate.of(date.getYear(), firstMonth, 1), calendar);
    }

    @Override
    public RecurrencePeriod after(RecurrencePeriod previous, LocalDate previousDeadline, HolidayCalendar calendar) {
        return periodFrom(previous.start().withDayOfMonth(1).plusMonths(kind.months), calendar);
    }

    @Override
    public String periodLabel(RecurrencePeriod period) {
        LocalDate start = period.start();
        return switch (kind) {
            case MONTHLY_DAY, MONTHLY_FIRST_WORKING_DAY ->
                    Messages.get("recurrence.period.month", start.getYear(), start.getMonthValue());
            case QUARTERLY -> Messages.get("recurrence.period.quarter", start.getYear(), (start.getMonthValue() + 2) / 3);
            case YEARLY -> Messages.get("recurrence.period.year", start.getYear());
        };
    }

    private RecurrencePeriod periodFrom(LocalDate start, HolidayCalendar calendar) {
        LocalDate due = switch (kind) {
            case MONTHLY_DAY -> clamped(start, day.getDayOfMonth());
            // The month's report is due the first working day after it: the day itself is the 1st.
            case MONTHLY_FIRST_WORKING_DAY -> start.plusMonths(1);
            case QUARTERLY -> clamped(start.plusMonths(2), day.getDayOfMonth());
            case YEARLY -> clamped(start.withMonth(day.getMonthValue()), day.getDayOfMonth());
        };
        return new RecurrencePeriod(start, RestDays.onOrAfter(due, calendar));
    }

    /** {@code dayOfMonth} of {@code month}'s month, or its last day when the month is shorter. */
    private static LocalDate clamped(LocalDate month, int dayOfMonth) {
        return month.withDayOfMonth(Math.min(dayOfMonth, month.lengthOfMonth()));
    }
}
