package duban.documents;

import duban.documents.drafting.DocumentFormat;
import duban.ui.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The controller of {@code documents-reminder.fxml}: 保存催办单 over a {@link ReminderNoticeViewModel}. */
public final class ReminderNoticeView {

    private final ReminderNoticeViewModel viewModel;
    private Stage stage;

    @FXML private Label summary;
    @FXML private ComboBox<DocumentFormat> format;
    @FXML private TextField target;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private Button save;
    @FXML private Button cancel;
    @FXML private Button close;

    public ReminderNoticeView(ReminderNoticeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Offers, over {@code owner}, to save the 催办单 just numbered. */
    public static Stage show(Window owner, ReminderNoticeViewModel viewModel) {
        ReminderNoticeView view = new ReminderNoticeView(viewModel);
        Parent root = Fxml.root("documents-reminder.fxml", Fxml.controller(view));
        // An offer, not a question: the board stays usable while it is open (the number is issued already).
        view.stage = DocumentWindows.drafting(owner, viewModel.windowTitle(), root, 520, 300, viewModel::isBusy,
                viewModel::cancel, false);
        view.stage.show();
        return view.stage;
    }

    @FXML
    private void initialize() {
        summary.setText(viewModel.summary());
        DocumentWindows.offerFormats(format);
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        message.textProperty().bind(viewModel.messageProperty());
        DocumentWindows.bindProgress(viewModel.job(), viewModel.job().runningProperty(), progress, save, cancel, close);
    }

    @FXML
    private void browse() {
        DocumentWindows.browse(stage, target, false, viewModel.formatProperty().get(), viewModel.suggestedName());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        stage.close();
    }
}
