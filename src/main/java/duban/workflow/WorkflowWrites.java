package duban.workflow;

import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import java.time.LocalDate;

/**
 * The workflow records the 办理进展, 催办 and 延期 dialogs save: the port to the store, called on the
 * store thread. Each returns the item as saved.
 */
public interface WorkflowWrites {

    /** 登记办理进展. */
    Item addReport(long itemId, LocalDate reportedOn, String reporter, String content);

    /** 催办. */
    Item addReminder(long itemId, LocalDate remindedOn, ReminderMethod method, ReminderLevel level, String note);

    /** 延期 of the item read at {@code expectedVersion}. */
    Item extend(long itemId, int expectedVersion, LocalDate newDeadline, String reason, String approver,
                LocalDate approvedOn);

    /**
     * Where a write is handed to be saved: the board runs it on the store thread, shows the saved
     * item on its card and {@code doneMessage} in its message bar.
     */
    @FunctionalInterface
    interface Recorder {
        void record(long itemId, java.util.concurrent.Callable<Item> write, String doneMessage);
    }
}
