package duban.workflow;

import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A 催办 as the reminder dialog collected it, for
 * {@code WorkflowStore.addReminder(item.id(), remindedOn, method, level, note)}.
 *
 * @param note 备注, trimmed, or {@code null} when none was written
 */
public record ReminderInput(LocalDate remindedOn, ReminderMethod method, ReminderLevel level, String note) {

    public ReminderInput {
        Objects.requireNonNull(remindedOn, "remindedOn");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(level, "level");
    }
}
