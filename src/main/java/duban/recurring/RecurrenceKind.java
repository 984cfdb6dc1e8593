package duban.recurring;

import duban.domain.Labeled;
import duban.i18n.Messages;

/** The kinds of rule the 设为定期督办 dialog offers, in the order it lists them. */
public enum RecurrenceKind implements Labeled {
    MONTHLY_DAY, MONTHLY_FIRST_WORKING_DAY, QUARTERLY, YEARLY, EVERY_WORKING_DAYS;

    @Override
    public String labelPrefix() {
        return "recurring.kind";
    }

    /** What to write in the value field, and what the rule then does. */
    String hint() {
        return switch (this) {
            case MONTHLY_DAY -> Messages.get("recurring.value.hint.MONTHLY_DAY");
            case MONTHLY_FIRST_WORKING_DAY -> Messages.get("recurring.value.hint.MONTHLY_FIRST_WORKING_DAY");
            case QUARTERLY -> Messages.get("recurring.value.hint.QUARTERLY");
            case YEARLY -> Messages.get("recurring.value.hint.YEARLY");
            case EVERY_WORKING_DAYS -> Messages.get("recurring.value.hint.EVERY_WORKING_DAYS");
        };
    }

    /** What is wrong with a value that makes no rule. */
    String invalidValue() {
        return switch (this) {
            case MONTHLY_DAY, QUARTERLY, MONTHLY_FIRST_WORKING_DAY -> Messages.get("recurring.value.invalid.MONTHLY_DAY");
            case YEARLY -> Messages.get("recurring.value.invalid.YEARLY");
            case EVERY_WORKING_DAYS -> Messages.get("recurring.value.invalid.EVERY_WORKING_DAYS");
        };
    }

    /** The value the form starts with when this kind is chosen: 25日, 12-31, 10 个工作日. */
    String defaultValue() {
        return switch (this) {
            case MONTHLY_DAY, QUARTERLY -> "25";
            case MONTHLY_FIRST_WORKING_DAY -> "";
            case YEARLY -> "12-31";
            case EVERY_WORKING_DAYS -> "10";
        };
    }

    /** Whether the kind needs a value (a day, a date or a number of working days). */
    boolean needsValue() {
        return this != MONTHLY_FIRST_WORKING_DAY;
    }
}
