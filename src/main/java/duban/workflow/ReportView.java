package duban.workflow;

import duban.ui.forms.FormView;
import duban.ui.forms.Forms;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The controller of {@code report-dialog.fxml}: binds the 办理进展 form to its {@link ReportViewModel}. */
public final class ReportView implements FormView<ReportInput> {

    private final ReportViewModel viewModel;

    @FXML private Label subject;
    @FXML private DatePicker date;
    @FXML private Label dateError;
    @FXML private TextField reporter;
    @FXML private Label reporterError;
    @FXML private TextArea content;
    @FXML private Label contentError;

    public ReportView(ReportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(viewModel.subject());
        Forms.bindDate(date, viewModel.reportedOn());
        Forms.showMessage(date, dateError, viewModel.dateErrorProperty());
        reporter.textProperty().bindBidirectional(viewModel.reporterProperty());
        Forms.showMessage(reporter, reporterError, viewModel.reporterErrorProperty());
        content.textProperty().bindBidirectional(viewModel.contentProperty());
        Forms.showMessage(content, contentError, viewModel.contentErrorProperty());
    }

    @Override
    public ReportViewModel viewModel() {
        return viewModel;
    }

    /** The field the caret starts in: what was done is what the officer writes first. */
    @Override
    public TextArea firstField() {
        return content;
    }
}
