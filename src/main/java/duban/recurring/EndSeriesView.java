package duban.recurring;

import duban.ui.forms.FormView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

/** The controller of {@code end-series-dialog.fxml}: binds the 结束定期督办 form to its {@link EndSeriesViewModel}. */
public final class EndSeriesView implements FormView<String> {

    private final EndSeriesViewModel viewModel;

    @FXML private Label subject;
    @FXML private TextArea reason;

    public EndSeriesView(EndSeriesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(viewModel.subject());
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
    }

    @Override
    public EndSeriesViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node firstField() {
        return reason;
    }
}
