package duban.documents;

import duban.domain.documents.DocumentKind;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The controller of {@code documents-settings.fxml}: 文书设置 over a {@link TemplateSettingsViewModel}. */
public final class TemplateSettingsView {

    private final TemplateSettingsViewModel viewModel;
    private final TemplateFilePicker files;
    private Stage stage;

    @FXML private TextField heading;
    @FXML private TextField signature;
    @FXML private TextField contact;
    @FXML private TextField noticePrefix;
    @FXML private TextField reminderPrefix;
    @FXML private Button saveLetterhead;
    @FXML private GridPane templates;
    @FXML private Label message;

    public TemplateSettingsView(TemplateSettingsViewModel viewModel, TemplateFilePicker files) {
        this.viewModel = viewModel;
        this.files = files;
    }

    /** Opens 文书设置 over {@code owner} and reads what is set. */
    public static Stage show(Window owner, TemplateSettingsViewModel viewModel, TemplateFilePicker files) {
        TemplateSettingsView view = new TemplateSettingsView(viewModel, files);
        Parent root = Fxml.root("documents-settings.fxml", Fxml.controller(view));
        view.stage = DocumentWindows.stage(owner, viewModel.windowTitle(), root, 760, 520, () -> view.stage.close());
        view.stage.show();
        viewModel.load();
        return view.stage;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bindBidirectional(viewModel.headingProperty());
        signature.textProperty().bindBidirectional(viewModel.signatureProperty());
        contact.textProperty().bindBidirectional(viewModel.contactProperty());
        noticePrefix.textProperty().bindBidirectional(viewModel.noticePrefixProperty());
        reminderPrefix.textProperty().bindBidirectional(viewModel.reminderPrefixProperty());
        message.textProperty().bind(viewModel.messageProperty());
        boolean readOnly = viewModel.isReadOnly();
        for (TextField field : new TextField[] {heading, signature, contact, noticePrefix, reminderPrefix}) {
            field.setEditable(!readOnly);
        }
        saveLetterhead.setDisable(readOnly);
        int row = 0;
        for (DocumentKind kind : DocumentKind.values()) {
            Label name = new Label(kind.label());
            name.getStyleClass().add("documents-label");
            Label current = new Label();
            current.setId("template-current-" + kind.name());
            current.setWrapText(true);
            current.textProperty().bind(viewModel.currentProperty(kind));
            Button exportBuiltIn = button("template-export-builtin-" + kind, "documents.settings.exportBuiltIn",
                    () -> files.saveAs(stage, Messages.get("documents.settings.builtInName", kind.label()))
                            .ifPresent(file -> viewModel.exportBuiltIn(kind, file)));
            Button exportCurrent = button("template-export-current-" + kind, "documents.settings.exportCurrent",
                    () -> files.saveAs(stage, kind.label() + ".docx")
                            .ifPresent(file -> viewModel.exportCurrent(kind, file)));
            Button importTemplate = button("template-import-" + kind, "documents.settings.import",
                    () -> files.open(stage).ifPresent(file -> viewModel.importTemplate(kind, file)));
            Button restore = button("template-restore-" + kind, "documents.settings.restore", () -> restore(kind));
            importTemplate.setDisable(readOnly);
            restore.setDisable(readOnly);
            HBox actions = new HBox(exportBuiltIn, exportCurrent, importTemplate, restore);
            actions.getStyleClass().add("documents-row");
            templates.addRow(row++, name, current);
            templates.add(actions, 1, row++);
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** 恢复内置模板 asks first: the office's own template is replaced by the built-in one. */
    private void restore(DocumentKind kind) {
        if (!viewModel.hasOwnTemplate(kind)) {
            viewModel.restoreBuiltIn(kind); // already built in: nothing to lose, the message says so
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("documents.settings.restoreQuestion", kind.label()), Buttons.OK, Buttons.CANCEL);
        confirm.initOwner(stage);
        confirm.setTitle(Messages.get("documents.settings.restore"));
        confirm.setHeaderText(null);
        confirm.getDialogPane().setId("template-restore-confirm");
        CjkFonts.apply(confirm.getDialogPane());
        OwnedWindows.dialog(confirm);
        ButtonType answer = confirm.showAndWait().orElse(Buttons.CANCEL);
        if (answer == Buttons.OK) {
            viewModel.restoreBuiltIn(kind);
        }
    }

    @FXML
    private void saveLetterhead() {
        viewModel.saveLetterhead();
    }

    @FXML
    private void close() {
        stage.close();
    }
}
