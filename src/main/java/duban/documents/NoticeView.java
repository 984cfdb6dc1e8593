package duban.documents;

import duban.documents.drafting.DocumentFormat;
import duban.i18n.Messages;
import duban.ui.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javafx.scene.control.cell.CheckBoxListCell;

/** The controller of {@code documents-notice.fxml}: 生成督办通知单 over a {@link NoticeViewModel}. */
public final class NoticeView {

    private final NoticeViewModel viewModel;
    private Stage stage;

    @FXML private ListView<NoticeRow> items;
    @FXML private ComboBox<DocumentFormat> format;
    @FXML private Label targetLabel;
    @FXML private TextField target;
    @FXML private Label targetHint;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private Button generate;
    @FXML private Button cancel;
    @FXML private Button close;

    public NoticeView(NoticeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the window over {@code owner} and reads which items already have their notice. */
    public static Stage show(Window owner, NoticeViewModel viewModel) {
        NoticeView view = new NoticeView(viewModel);
        Parent root = Fxml.root("documents-notice.fxml", Fxml.controller(view));
        view.stage = DocumentWindows.drafting(owner, viewModel.windowTitle(), root, 560, 420, viewModel::isBusy,
                viewModel::cancel, true);
        view.stage.show();
        viewModel.load();
        return view.stage;
    }

    @FXML
    private void initialize() {
        items.setItems(viewModel.rows());
        items.setCellFactory(CheckBoxListCell.forListView(NoticeRow::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(NoticeRow row) {
                return row == null ? "" : row.text();
            }

            @Override
            public NoticeRow fromString(String text) {
                return null;
            }
        }));
        DocumentWindows.offerFormats(format);
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        boolean folder = viewModel.wantsFolder();
        targetLabel.setText(Messages.get(folder ? "documents.notice.folder" : "documents.notice.file"));
        targetHint.setText(Messages.get(folder ? "documents.notice.folderHint" : "documents.notice.fileHint"));
        message.textProperty().bind(viewModel.messageProperty());
        var busy = viewModel.job().runningProperty().or(viewModel.numberingProperty());
        DocumentWindows.bindProgress(viewModel.job(), busy, progress, generate, cancel, close);
        format.disableProperty().bind(busy);
        target.disableProperty().bind(busy);
    }

    @FXML
    private void browse() {
        DocumentWindows.browse(stage, target, viewModel.wantsFolder(), viewModel.formatProperty().get(),
                Messages.get("documents.notice.fileName"));
    }

    @FXML
    private void generate() {
        viewModel.generate();
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
