package duban.workflow;

import duban.ui.forms.FormView;
import duban.ui.forms.Forms;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The controller of {@code extension-dialog.fxml}: binds the 延期 form to its
 * {@link ExtensionViewModel}, the deadline's line showing its error or, when valid, how far it moves.
 */
public final class ExtensionView implements FormView<ExtensionInput> {

    /** On the consequence line: the approval is too late to count (amber, not blue). */
    static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    /** On the deadline's message line while it shows a hint, not an error. */
    static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");

    private final ExtensionViewModel viewModel;

    @FXML private Label subject;
    @FXML private Label current;
    @FXML private DatePicker deadline;
    @FXML private Label deadlineMessage;
    @FXML private TextArea reason;
    @FXML private Label reasonError;
    @FXML private TextField approver;
    @FXML private Label approverError;
    @FXML private DatePicker approvedOn;
    @FXML private Label approvedOnError;
    @FXML private Label consequence;

    public ExtensionView(ExtensionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(viewModel.subject());
        current.setText(viewModel.currentDeadlineText());
        bindDeadline();
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        Forms.showMessage(reason, reasonError, viewModel.reasonErrorProperty());
        approver.textProperty().bindBidirectional(viewModel.approverProperty());
        Forms.showMessage(approver, approverError, viewModel.approverErrorProperty());
        Forms.bindDate(approvedOn, viewModel.approvedOn());
        Forms.showMessage(approvedOn, approvedOnError, viewModel.approvedOnErrorProperty());
        bindConsequence();
    }

    private void bindDeadline() {
        Forms.bindDate(deadline, viewModel.newDeadline());
        // The error while there is one, else how far the deadline moves (延后 15 天) in the hint's colour.
        deadlineMessage.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.deadlineErrorProperty().get().isEmpty()
                        ? viewModel.deadlineHintProperty().get() : viewModel.deadlineErrorProperty().get(),
                viewModel.deadlineErrorProperty(), viewModel.deadlineHintProperty()));
        deadlineMessage.visibleProperty().bind(deadlineMessage.textProperty().isNotEmpty());
        showDeadlineError(viewModel.deadlineErrorProperty().get());
        viewModel.deadlineErrorProperty().addListener((observable, before, now) -> showDeadlineError(now));
    }

    private void showDeadlineError(String error) {
        deadline.pseudoClassStateChanged(Forms.INVALID, !error.isEmpty());
        deadlineMessage.pseudoClassStateChanged(HINT, error.isEmpty());
    }

    private void bindConsequence() {
        consequence.textProperty().bind(viewModel.consequenceProperty());
        consequence.visibleProperty().bind(consequence.textProperty().isNotEmpty());
        consequence.pseudoClassStateChanged(LATE, !viewModel.countsForAssessmentProperty().get());
        viewModel.countsForAssessmentProperty().addListener(
                (observable, before, now) -> consequence.pseudoClassStateChanged(LATE, !now));
    }

    @Override
    public ExtensionViewModel viewModel() {
        return viewModel;
    }

    /** The field the caret starts in: the new deadline is what the dialog is for. */
    @Override
    public DatePicker firstField() {
        return deadline;
    }
}
