package duban.editor;

import duban.ui.forms.FormView;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The controller of {@code reason-dialog.fxml}: the case's texts and the reason bound to its {@link ReasonViewModel}. */
public final class ReasonView implements FormView<String> {

    private final ReasonViewModel viewModel;

    @FXML private Label heading;
    @FXML private Label header;
    @FXML private Label label;
    @FXML private TextArea reason;
    @FXML private Label reasonError;

    public ReasonView(ReasonViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.windowTitle());
        header.setText(viewModel.headerText());
        label.setText(viewModel.promptLabel());
        reason.setPromptText(viewModel.promptText());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        // A message only: the field itself stays unmarked, as it is empty when the dialog opens.
        reasonError.textProperty().bind(viewModel.errorProperty());
        reasonError.visibleProperty().bind(reasonError.textProperty().isNotEmpty());
    }

    @Override
    public ReasonViewModel viewModel() {
        return viewModel;
    }

    /** The field the caret starts in. */
    @Override
    public TextArea firstField() {
        return reason;
    }
}
