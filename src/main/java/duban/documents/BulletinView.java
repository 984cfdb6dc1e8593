package duban.documents;

import duban.documents.drafting.DocumentFormat;
import duban.domain.Source;
import duban.i18n.Messages;
import duban.ui.Fxml;
import duban.ui.forms.Forms;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The controller of {@code documents-bulletin.fxml}: 督查通报 over a {@link BulletinViewModel}. */
public final class BulletinView {

    private final BulletinViewModel viewModel;
    private Stage stage;

    @FXML private ComboBox<PeriodChoice> period;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Label periodText;
    @FXML private ComboBox<String> source;
    @FXML private ComboBox<DocumentFormat> format;
    @FXML private TextField target;
    @FXML private ProgressBar progress;
    @FXML private Label message;
    @FXML private Button generate;
    @FXML private Button cancel;
    @FXML private Button close;

    public BulletinView(BulletinViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Opens the window over {@code owner}. */
    public static Stage show(Window owner, BulletinViewModel viewModel) {
        BulletinView view = new BulletinView(viewModel);
        Parent root = Fxml.root("documents-bulletin.fxml", Fxml.controller(view));
        view.stage = DocumentWindows.drafting(owner, viewModel.windowTitle(), root, 560, 380, viewModel::isBusy,
                viewModel::cancel, true);
        view.stage.show();
        return view.stage;
    }

    @FXML
    private void initialize() {
        period.getItems().setAll(PeriodChoice.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(PeriodChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public PeriodChoice fromString(String text) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(viewModel.choiceProperty());
        Forms.bindDate(from, viewModel.from());
        Forms.bindDate(to, viewModel.to());
        BooleanBinding custom = viewModel.choiceProperty().isEqualTo(PeriodChoice.CUSTOM);
        from.disableProperty().bind(custom.not());
        to.disableProperty().bind(custom.not());
        periodText.textProperty().bind(viewModel.periodTextProperty());
        viewModel.periodTextProperty().addListener((observable, old, text) -> markPeriod());
        markPeriod();

        // 全部来源 first, then each source; the view model holds null for 全部来源.
        source.getItems().add(Messages.get("documents.bulletin.allSources"));
        for (Source each : Source.values()) {
            source.getItems().add(each.label());
        }
        source.getSelectionModel().select(0);
        source.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) ->
                viewModel.sourceProperty().set(index.intValue() <= 0 ? null : Source.values()[index.intValue() - 1]));

        DocumentWindows.offerFormats(format);
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        message.textProperty().bind(viewModel.messageProperty());
        DocumentWindows.bindProgress(viewModel.job(), viewModel.job().runningProperty().or(viewModel.readingProperty()),
                progress, generate, cancel, close);
    }

    private void markPeriod() {
        periodText.getStyleClass().remove("documents-error");
        if (viewModel.periodInvalid()) {
            periodText.getStyleClass().add("documents-error");
        }
    }

    @FXML
    private void browse() {
        DocumentWindows.browse(stage, target, false, viewModel.formatProperty().get(),
                Messages.get("documents.bulletin.fileName"));
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
