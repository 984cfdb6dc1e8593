package duban.app;

import duban.board.BoardViewModel;
import duban.board.CardWorkflow;
import duban.domain.Item;
import duban.i18n.Messages;
import duban.store.WorkflowStore;
import duban.ui.CjkFonts;
import duban.workflow.ExtensionDialog;
import duban.workflow.ReminderDialog;
import duban.workflow.RemindersDueView;
import duban.workflow.RemindersDueViewModel;
import duban.workflow.ReportDialog;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The board window's workflow: the 办理进展, 催办 and 延期 dialogs, each saved through the board's
 * view model on the store thread, and the 今日待催办 list in a window of its own.
 */
final class WindowWorkflow implements CardWorkflow {

    private final BoardViewModel board;
    private final WorkflowStore workflow;
    private final RemindersDueViewModel remindersDue;
    private final Clock clock;
    private Stage remindersWindow;

    WindowWorkflow(BoardViewModel board, WorkflowStore workflow, RemindersDueViewModel remindersDue, Clock clock) {
        this.board = board;
        this.workflow = workflow;
        this.remindersDue = remindersDue;
        this.clock = clock;
    }

    @Override
    public void report(Window owner, Item item) {
        new ReportDialog(owner, item, clock).showAndWait().ifPresent(input -> board.recordWorkflow(item.id(),
                () -> workflow.addReport(item.id(), input.reportedOn(), input.reporter(), input.content()),
                Messages.get("workflow.reportSaved", item.title())));
    }

    @Override
    public void remind(Window owner, Item item) {
        new ReminderDialog(owner, item, remindersDue.queue()).showAndWait().ifPresent(input -> board.recordWorkflow(
                item.id(),
                () -> workflow.addReminder(item.id(), input.remindedOn(), input.method(), input.level(), input.note()),
                Messages.get("workflow.reminderSaved", input.level().label(), item.title())));
    }

    @Override
    public void extend(Window owner, Item item) {
        new ExtensionDialog(owner, item, clock).showAndWait().ifPresent(input -> board.recordWorkflow(item.id(),
                () -> workflow.extend(item.id(), item.version(), input.newDeadline(), input.reason(), input.approver(),
                        input.approvedOn()),
                Messages.get("workflow.extensionSaved", item.title(), input.newDeadline().toString())));
    }

    @Override
    public void showRemindersDue(Window owner) {
        if (remindersWindow == null) {
            RemindersDueView view = new RemindersDueView(remindersDue, item -> remind(remindersWindow, item));
            Scene scene = new Scene(view, 1000, 560);
            scene.getStylesheets().add(WindowWorkflow.class.getResource("/board.css").toExternalForm());
            CjkFonts.apply(view);
            remindersWindow = new Stage();
            remindersWindow.initOwner(owner);
            remindersWindow.setTitle(Messages.get("remindersDue.windowTitle"));
            remindersWindow.setScene(scene);
        }
        remindersWindow.show();
        remindersWindow.toFront();
    }
}
