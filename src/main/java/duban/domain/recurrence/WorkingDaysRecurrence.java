package duban.domain.recurrence;

import duban.domain.calendar.HolidayCalendar;
import duban.domain.RecurrenceWords;
import duban.i18n.Messages;
import java.time.LocalDate;

/**
 * Every {@code n} working days: a period starts on the working day after the previous
 * occurrence's deadline and is due {@code n} working days after that deadline.
 */
record WorkingDaysRecurrence(int n) implements RecurrenceRule {

    /** About a year of working days: longer is a yearly rule. */
    static final int MAX_DAYS = 250;

    WorkingDaysRecurrence {
        if (n < 1 || n > MAX_DAYS) {
            throw new IllegalArgumentException(Messages.get("recurrence.rule.workingDaysRange", MAX_DAYS));
        }
    }

    @Override
    public String text() {
        return "EVERY_WORKING_DAYS:" + n;
    }

    @Override
    public String describe() {
        return RecurrenceWords.describe(text()).orElseThrow();
    }

    @Override
    public RecurrencePeriod periodOf(LocalDate day, HolidayCalendar calendar) {
        return new RecurrencePeriod(day, RestDays.plusWorkingDays(day, n, calendar));
    }

    @Override
    public RecurrencePeriod after(RecurrencePeriod previous, LocalDate previousDeadline, HolidayCalendar calendar) {
        LocalDate from = previousDeadline == null ? previous.deadline() : previousDeadline;
        return new RecurrencePeriod(RestDays.plusWorkingDays(from, 1, calendar),
                RestDays.plusWorkingDays(from, n, calendar));
    }

    @Override
    public String periodLabel(RecurrencePeriod period) {
        return Messages.get("recurrence.period.days", period.start().toString(), period.deadline().toString());
    }
}
