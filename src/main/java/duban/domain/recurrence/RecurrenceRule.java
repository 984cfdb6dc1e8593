package duban.domain.recurrence;

import duban.domain.calendar.HolidayCalendar;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a 定期督办 series recurs, stored as text in {@code recurrence_series.rule}:
 * {@code MONTHLY_DAY:25} (每月25日), {@code MONTHLY_FIRST_WORKING_DAY} (每月第一个工作日, for the
 * month before), {@code QUARTERLY:25} (每季度末月25日), {@code YEARLY:12-31} (每年12月31日) and
 * {@code EVERY_WORKING_DAYS:10} (每10个工作日). A day past a month's end is its last day; a
 * deadline on a rest day moves to the next working day, as 期限届满日是节假日的顺延.
 */
public sealed interface RecurrenceRule permits CalendarRecurrence, WorkingDaysRecurrence {

    /** The rule as stored, such as {@code MONTHLY_DAY:25}; {@link #parse} reads it back. */
    String text();

    /** The rule in Chinese, such as 每月25日, for the card, the dialog and the details panel. */
    String describe();

    /**
     * The period an item assigned on {@code day} belongs to, when the item is made recurring: the
     * month, quarter or year containing it; for every N working days, the N working days from it.
     */
    RecurrencePeriod periodOf(LocalDate day, HolidayCalendar calendar);

    /**
     * The period after {@code previous}: the next month, quarter or year; for every N working days,
     * from the working day after {@code previousDeadline} (the previous occurrence's deadline as it
     * stands, extensions included).
     */
    RecurrencePeriod after(RecurrencePeriod previous, LocalDate previousDeadline, HolidayCalendar calendar);

    /** The period in Chinese for an occurrence's history (2026年3月, 2026年第1季度, 2026年 …). */
    String periodLabel(RecurrencePeriod period);

    /** The next {@code count} periods after the one containing {@code day}, for the dialog's preview. */
    default List<RecurrencePeriod> preview(LocalDate day, int count, HolidayCalendar calendar) {
        List<RecurrencePeriod> periods = new ArrayList<>();
        RecurrencePeriod period = periodOf(day, calendar);
        for (int i = 0; i < count; i++) {
            period = after(period, period.deadline(), calendar);
            periods.add(period);
        }
        return periods;
    }

    /** 每月 on {@code day} (1 to 31; a shorter month's last day). */
    static RecurrenceRule monthlyOn(int day) {
        return new CalendarRecurrence(CalendarRecurrence.Kind.MONTHLY_DAY, MonthDay.of(1, day));
    }

    /** 每月第一个工作日: each month's occurrence is due on the first working day of the month after. */
    static RecurrenceRule monthlyFirstWorkingDay() {
        return new CalendarRecurrence(CalendarRecurrence.Kind.MONTHLY_FIRST_WORKING_DAY, MonthDay.of(1, 1));
    }

    /** 每季度 on {@code day} of the quarter's last month. */
    static RecurrenceRule quarterlyOn(int day) {
        return new CalendarRecurrence(CalendarRecurrence.Kind.QUARTERLY, MonthDay.of(1, day));
    }

    /** 每年 on {@code monthDay} (02-29 is 02-28 in other years). */
    static RecurrenceRule yearlyOn(MonthDay monthDay) {
        return new CalendarRecurrence(CalendarRecurrence.Kind.YEARLY, monthDay);
    }

    /** Every {@code n} working days (1 to 250), each period starting the working day after the last deadline. */
    static RecurrenceRule everyWorkingDays(int n) {
        return new WorkingDaysRecurrence(n);
    }

    /**
     * Reads a rule as {@link #text()} writes it.
     *
     * @throws IllegalArgumentException with a Chinese message when {@code text} is not a rule
     */
    static RecurrenceRule parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("recurrence.rule.unreadable", String.valueOf(text))));
    }

    /** Reads a rule as {@link #text()} writes it; empty when {@code text} is not one. */
    static Optional<RecurrenceRule> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":", 2);
        String value = parts.length == 2 ? parts[1] : null;
        try {
            return Optional.ofNullable(switch (parts[0]) {
                case "MONTHLY_DAY" -> monthlyOn(Integer.parseInt(Objects.requireNonNull(value)));
                case "MONTHLY_FIRST_WORKING_DAY" -> value == null ? monthlyFirstWorkingDay() : null;
                case "QUARTERLY" -> quarterlyOn(Integer.parseInt(Objects.requireNonNull(value)));
                case "YEARLY" -> yearlyOn(MonthDay.parse("--" + Objects.requireNonNull(value)));
                case "EVERY_WORKING_DAYS" -> everyWorkingDays(Integer.parseInt(Objects.requireNonNull(value)));
                default -> null;
            });
        } catch (RuntimeException notARule) {
            // NumberFormatException, DateTimeParseException, DateTimeException, NullPointerException,
            // IllegalArgumentException: all say the same to the caller, this is not a rule.
            return Optional.empty();
        }
    }
}
