package duban.recurring;

import duban.domain.recurrence.RecurrenceRule;
import duban.ui.Converters;
import duban.ui.forms.FormView;
import duban.ui.forms.Forms;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The controller of {@code recurrence-dialog.fxml}: binds the 设为定期督办 form to its {@link RecurrenceViewModel}. */
public final class RecurrenceView implements FormView<RecurrenceRule> {

    private final RecurrenceViewModel viewModel;

    @FXML private Label subject;
    @FXML private ComboBox<RecurrenceKind> kind;
    @FXML private Label valueLabel;
    @FXML private TextField value;
    @FXML private Label valueHint;
    @FXML private Label valueError;
    @FXML private Label preview;

    public RecurrenceView(RecurrenceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(viewModel.subject());
        kind.getItems().setAll(RecurrenceKind.values());
        kind.setConverter(Converters.labels());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        value.textProperty().bindBidirectional(viewModel.valueProperty());
        for (Node valueNode : new Node[] {valueLabel, value}) {
            valueNode.visibleProperty().bind(viewModel.valueNeededProperty());
            valueNode.managedProperty().bind(viewModel.valueNeededProperty());
        }
        valueHint.textProperty().bind(viewModel.valueHintProperty());
        Forms.showMessage(value, valueError, viewModel.valueErrorProperty());
        preview.textProperty().bind(viewModel.previewProperty());
    }

    @Override
    public RecurrenceViewModel viewModel() {
        return viewModel;
    }

    /** The caret starts in the value: the kind 每月 is the usual one, its day what differs. */
    @Override
    public Node firstField() {
        return value;
    }
}
