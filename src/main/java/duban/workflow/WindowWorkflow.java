package duban.workflow;

import duban.domain.Item;
import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The board window's workflow: the 办理进展, 催办 and 延期 dialogs, each handed to the board's
 * {@link WorkflowWrites.Recorder} to be saved on the store thread, and the 今日待催办 list in a
 * window of its own.
 */
public final class WindowWorkflow {

    private final WorkflowWrites.Recorder board;
    private final WorkflowWrites workflow;
    private final RemindersDueViewModel remindersDue;
    private final Clock clock;
    private Stage remindersWindow;
    private SupervisionNotices supervisionNotices;

    /**
     * A 催办 by 督办单 recorded together with its numbered 催办单 (one transaction), and the 催办单
     * offered to save: the documents feature, wired by the app.
     */
    @FunctionalInterface
    public interface SupervisionNotices {
        /** The write for the board to run on the store thread; returns the item as saved. */
        java.util.concurrent.Callable<Item> issue(Window owner, Item item, ReminderInput input);
    }

    /**
     * @param board    saves a write and shows its outcome (the board's view model)
     * @param workflow the writes, run by {@code board} on the store thread
     */
    public WindowWorkflow(WorkflowWrites.Recorder board, WorkflowWrites workflow, RemindersDueViewModel remindersDue,
                          Clock clock) {
        this.board = board;
        this.workflow = workflow;
        this.remindersDue = remindersDue;
        this.clock = clock;
    }

    /** 登记办理进展 for {@code item}, in a dialog over {@code owner}. */
    public void report(Window owner, Item item) {
        new ReportDialog(owner, item, clock).showAndWait().ifPresent(input -> board.record(item.id(),
                () -> workflow.addReport(item.id(), input.reportedOn(), input.reporter(), input.content()),
                Messages.get("workflow.reportSaved", item.title())));
    }

    /** From now on a 催办 by 督办单 is recorded with its numbered 催办单 through {@code notices}. */
    public void issueSupervisionNoticesWith(SupervisionNotices notices) {
        this.supervisionNotices = notices;
    }

    /** 催办 for {@code item}, in a dialog over {@code owner}. */
    public void remind(Window owner, Item item) {
        new ReminderDialog(owner, item, remindersDue.queue()).showAndWait().ifPresent(input -> board.record(
                item.id(),
                input.method() == duban.domain.ReminderMethod.SUPERVISION_NOTICE && supervisionNotices != null
                        ? supervisionNotices.issue(owner, item, input)
                        : () -> workflow.addReminder(item.id(), input.remindedOn(), input.method(), input.level(),
                                input.note()),
                Messages.get("workflow.reminderSaved", input.level().label(), item.title())));
    }

    /** 延期 of {@code item}, in a dialog over {@code owner}. */
    public void extend(Window owner, Item item) {
        new ExtensionDialog(owner, item, clock).showAndWait().ifPresent(input -> board.record(item.id(),
                () -> workflow.extend(item.id(), item.version(), input.newDeadline(), input.reason(), input.approver(),
                        input.approvedOn()),
                Messages.get("workflow.extensionSaved", item.title(), input.newDeadline().toString())));
    }

    /** Opens the 今日待催办 list, built the first time. */
    public void showRemindersDue(Window owner) {
        if (remindersWindow == null) {
            RemindersDueView view = new RemindersDueView(remindersDue, item -> remind(remindersWindow, item));
            Scene scene = new Scene(view, 1000, 560);
            scene.getStylesheets().add(WindowWorkflow.class.getResource("/theme.css").toExternalForm());
            CjkFonts.apply(view);
            remindersWindow = OwnedWindows.newWindow(owner, Messages.get("remindersDue.windowTitle"), 760, 360);
            remindersWindow.setScene(scene);
        }
        remindersWindow.show();
        remindersWindow.toFront();
    }
}
