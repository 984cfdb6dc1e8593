package duban.editor;

import duban.domain.Closing;
import duban.i18n.Messages;
import duban.ui.forms.DateText;
import duban.ui.forms.FormView;
import duban.ui.forms.Forms;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The controller of {@code closing-dialog.fxml}: binds the 办结销号 form to its {@link ClosingViewModel}. */
public final class ClosingView implements FormView<Closing> {

    private final ClosingViewModel viewModel;

    @FXML private Label subject;
    @FXML private TextArea note;
    @FXML private Label noteError;
    @FXML private DatePicker date;
    @FXML private Label dateError;
    @FXML private Label evidenceMessage;
    @FXML private javafx.scene.control.Button addEvidence;
    @FXML private Label openSubItems;
    @FXML private Label reasonLabel;
    @FXML private TextArea reason;
    @FXML private Label reasonError;

    public ClosingView(ClosingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(Messages.get("closing.subject", viewModel.item().title(),
                DateText.format(viewModel.item().deadline())));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Forms.showMessage(note, noteError, viewModel.noteErrorProperty());
        Forms.bindDate(date, viewModel.closedOn());
        Forms.showMessage(date, dateError, viewModel.dateErrorProperty());
        // Issue 17: 佐证材料 required by the category and missing.
        evidenceMessage.textProperty().bind(viewModel.evidenceMessageProperty());
        evidenceMessage.getParent().visibleProperty().bind(viewModel.evidenceMessageProperty().isNotEmpty());
        evidenceMessage.getParent().managedProperty().bind(evidenceMessage.getParent().visibleProperty());
        addEvidence.setOnAction(event -> {
            viewModel.addEvidence(addEvidence.getScene() == null ? null : addEvidence.getScene().getWindow());
            addEvidence.setVisible(viewModel.needsEvidence());
        });
        showOpenSubItems();
    }

    /** 事项分解: the warning and the reason field, shown only while sub-items are open. */
    private void showOpenSubItems() {
        boolean asked = viewModel.asksOpenSubItemsReason();
        for (javafx.scene.Node node : java.util.List.of(openSubItems, reasonLabel, reason, reasonError)) {
            node.setVisible(asked);
            node.setManaged(asked);
        }
        if (asked) {
            openSubItems.setText(Messages.get("closing.openSubItems", viewModel.openSubItems()));
            reason.textProperty().bindBidirectional(viewModel.openSubItemsReasonProperty());
            Forms.showMessage(reason, reasonError, viewModel.reasonErrorProperty());
        }
    }

    /** The state behind the form. */
    @Override
    public ClosingViewModel viewModel() {
        return viewModel;
    }

    /** The field the caret starts in: 办结情况. */
    @Override
    public TextArea firstField() {
        return note;
    }
}
