package duban.workflow;

import duban.ui.Buttons;
import duban.domain.Item;
import duban.i18n.Messages;
import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * 延期: approves a new deadline for an item, showing the deadline in force and, as the approval
 * date is typed, whether the new deadline will count for assessment. The result is the
 * {@link ExtensionInput} for {@code WorkflowStore.extend}; 取消 gives none. It writes nothing itself.
 */
public final class ExtensionDialog extends Dialog<ExtensionInput> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;

    /** On the consequence line: the approval is too late to count (amber, not blue). */
    static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    /** On the deadline's message line while it shows a hint, not an error. */
    static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");

    private final ExtensionViewModel viewModel;

    /** @param owner the board's window, or {@code null} */
    public ExtensionDialog(Window owner, Item item, Clock clock) {
        this.viewModel = new ExtensionViewModel(item, clock);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(viewModel.windowTitle());

        Label current = new Label(viewModel.currentDeadlineText());
        current.setId("extension-current");
        current.getStyleClass().add("current-deadline");
        current.setWrapText(true);
        current.setMaxWidth(Double.MAX_VALUE);

        DatePicker deadline = new DatePicker();
        deadline.setId("extension-deadline");
        WorkflowForm.bindDate(deadline, viewModel.newDeadline());
        Label deadlineMessage = WorkflowForm.messageLabel("extension-deadline-error");
        // The error while there is one, else how far the deadline moves (延后 15 天) in the hint's colour.
        deadlineMessage.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.deadlineErrorProperty().get().isEmpty()
                        ? viewModel.deadlineHintProperty().get() : viewModel.deadlineErrorProperty().get(),
                viewModel.deadlineErrorProperty(), viewModel.deadlineHintProperty()));
        deadlineMessage.visibleProperty().bind(deadlineMessage.textProperty().isNotEmpty());
        showDeadlineError(deadline, deadlineMessage, viewModel.deadlineErrorProperty().get());
        viewModel.deadlineErrorProperty().addListener(
                (observable, before, now) -> showDeadlineError(deadline, deadlineMessage, now));

        TextArea reason = new TextArea();
        reason.setId("extension-reason");
        reason.setWrapText(true);
        reason.setPromptText(Messages.get("extension.prompt.reason"));
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        Label reasonError = WorkflowForm.messageLabel("extension-reason-error");
        WorkflowForm.showMessage(reason, reasonError, viewModel.reasonErrorProperty());

        TextField approver = new TextField();
        approver.setId("extension-approver");
        approver.textProperty().bindBidirectional(viewModel.approverProperty());
        Label approverError = WorkflowForm.messageLabel("extension-approver-error");
        WorkflowForm.showMessage(approver, approverError, viewModel.approverErrorProperty());

        DatePicker approvedOn = new DatePicker();
        approvedOn.setId("extension-approved-on");
        WorkflowForm.bindDate(approvedOn, viewModel.approvedOn());
        Label approvedOnError = WorkflowForm.messageLabel("extension-approved-on-error");
        WorkflowForm.showMessage(approvedOn, approvedOnError, viewModel.approvedOnErrorProperty());

        Label consequence = new Label();
        consequence.setId("extension-consequence");
        consequence.getStyleClass().add("consequence-line");
        consequence.setWrapText(true);
        consequence.setMaxWidth(Double.MAX_VALUE);
        consequence.textProperty().bind(viewModel.consequenceProperty());
        consequence.visibleProperty().bind(consequence.textProperty().isNotEmpty());
        consequence.pseudoClassStateChanged(LATE, !viewModel.countsForAssessmentProperty().get());
        viewModel.countsForAssessmentProperty().addListener(
                (observable, before, now) -> consequence.pseudoClassStateChanged(LATE, !now));

        Label subject = WorkflowForm.subject(viewModel.subject());
        subject.setId("extension-item");

        GridPane form = WorkflowForm.grid("extension-form");
        form.add(WorkflowForm.heading(Messages.get("extension.heading")), 0, 0, 2, 1);
        form.add(subject, 0, 1, 2, 1);
        form.add(current, 0, 2, 2, 1);
        form.add(WorkflowForm.requiredLabel(Messages.get("extension.field.deadline")), 0, 3);
        form.add(WorkflowForm.cell(deadline, deadlineMessage), 1, 3);
        form.add(WorkflowForm.requiredLabel(Messages.get("extension.field.reason")), 0, 4);
        form.add(WorkflowForm.cell(reason, reasonError), 1, 4);
        form.add(WorkflowForm.requiredLabel(Messages.get("extension.field.approver")), 0, 5);
        form.add(WorkflowForm.cell(approver, approverError), 1, 5);
        form.add(WorkflowForm.requiredLabel(Messages.get("extension.field.approvedOn")), 0, 6);
        form.add(WorkflowForm.cell(approvedOn, approvedOnError), 1, 6);
        form.add(consequence, 0, 7, 2, 1);

        DialogPane pane = getDialogPane();
        pane.setId("extension-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(SAVE, Buttons.CANCEL);
        WorkflowForm.apply(pane);
        Button ok = (Button) pane.lookupButton(SAVE);
        ok.setId("extension-ok");
        ok.disableProperty().bind(viewModel.validProperty().not());
        pane.lookupButton(Buttons.CANCEL).setId("extension-cancel");

        setResultConverter(button -> button == SAVE && viewModel.isValid() ? viewModel.toInput() : null);
        setOnShown(event -> Platform.runLater(deadline::requestFocus));
    }

    private static void showDeadlineError(DatePicker deadline, Label message, String error) {
        deadline.pseudoClassStateChanged(WorkflowForm.INVALID, !error.isEmpty());
        message.pseudoClassStateChanged(HINT, error.isEmpty());
    }

    public ExtensionViewModel viewModel() {
        return viewModel;
    }
}
