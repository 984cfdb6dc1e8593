package duban.ui.forms;

import duban.i18n.Messages;
import java.time.LocalDate;

/**
 * The field rules the forms share (the workflow forms, 办结销号), each as the Chinese message to
 * show, empty when the field is fine.
 */
public final class FieldRules {

    /** The schema's limit on 报送人 and 批准人 (VARCHAR(50)). */
    public static final int NAME_MAX_LENGTH = 50;

    private FieldRules() {
    }

    /**
     * A required date, not after {@code today} and not before {@code notBefore} (the item's
     * 交办日期; {@code null} for no lower bound).
     *
     * @param name the field's name in messages, such as 进展日期
     */
    public static String pastDate(DateField field, String name, LocalDate today, LocalDate notBefore) {
        LocalDate date = field.getDate();
        if (field.isBlank()) {
            return Messages.get("workflow.form.required", name);
        }
        if (date == null) {
            // The date, not isMalformed(): validation may run between the two updates of a parse.
            return Messages.get("editor.error.dateFormat");
        }
        if (date.isAfter(today)) {
            return Messages.get("workflow.form.dateInFuture", name);
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            return Messages.get("workflow.form.dateBeforeAssigned", name, DateText.format(notBefore));
        }
        return "";
    }

    /** Required text. */
    public static String required(String text, String name) {
        return isBlank(text) ? Messages.get("workflow.form.required", name) : "";
    }

    /** A required person's name of at most {@value #NAME_MAX_LENGTH} characters. */
    public static String name(String text, String name) {
        if (isBlank(text)) {
            return Messages.get("workflow.form.required", name);
        }
        return text.strip().length() > NAME_MAX_LENGTH
                ? Messages.get("workflow.form.tooLong", name, String.valueOf(NAME_MAX_LENGTH))
                : "";
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
