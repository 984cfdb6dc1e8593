package duban.domain.recurrence;

/**
 * How a 定期督办 series recurs: 每月 by a day, 每月第一个工作日, 每季度, 每年, every N working days.
 * Stored as text in {@code recurrence_series.rule}. BASE STUB: the recurrence part fills this in.
 */
public interface RecurrenceRule {

    /** The rule as stored, such as {@code MONTHLY_DAY:25}. */
    String text();
}
