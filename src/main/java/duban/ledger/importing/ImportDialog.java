package duban.ledger.importing;

import duban.domain.importing.ImportResult;
import duban.i18n.Messages;
import duban.ledger.LedgerStyles;
import duban.ui.Buttons;
import duban.ui.OwnedWindows;
import duban.ui.forms.Forms;
import duban.ui.Fxml;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 导入督办事项: choose an .xlsx or .csv task list, see every row with its problems, confirm new
 * units, import the valid rows. The result is the {@link ImportResult} (so the board reloads);
 * 取消 gives none. Its content is {@code import-dialog.fxml} with {@link ImportForm}; the dialog adds
 * the buttons. The view only binds; the view model does the work.
 */
public final class ImportDialog extends Dialog<ImportResult> {

    /** 导入. */
    public static final ButtonType IMPORT = new ButtonType(Messages.get("import.button.import"),
            ButtonBar.ButtonData.OK_DONE);
    /** 保存模板, on the left of the button bar; it does not close the dialog. */
    public static final ButtonType SAVE_TEMPLATE = new ButtonType(Messages.get("import.button.template"),
            ButtonBar.ButtonData.LEFT);

    /** On a preview row with problems. */
    static final PseudoClass INVALID = ImportForm.INVALID;

    private final ImportViewModel viewModel;

    /** @param owner the board's window, or {@code null} */
    public ImportDialog(Window owner, ImportViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("import.windowTitle"));
        setResizable(true);

        DialogPane pane = getDialogPane();
        pane.setId("import-dialog");
        pane.setContent(Fxml.root("import-dialog.fxml", type -> new ImportForm(viewModel)));
        pane.getButtonTypes().setAll(SAVE_TEMPLATE, IMPORT, Buttons.CANCEL);
        Forms.apply(pane);
        OwnedWindows.dialog(this);
        pane.getStyleClass().add(LedgerStyles.IMPORT_DIALOG);

        Button importButton = (Button) pane.lookupButton(IMPORT);
        importButton.setId("import-ok");
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        // The import runs in the background: keep the dialog open until its result is there.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importRows();
        });
        Button templateButton = (Button) pane.lookupButton(SAVE_TEMPLATE);
        templateButton.setId("import-template");
        templateButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            chooseTemplateTarget();
        });
        Button cancel = (Button) pane.lookupButton(Buttons.CANCEL);
        cancel.setId("import-cancel");
        // While rows are being written, 取消 stops the import (rolled back) instead of closing the dialog.
        cancel.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.busyProperty().get()) {
                event.consume();
                viewModel.cancelImport();
            }
        });

        viewModel.resultProperty().addListener((observable, before, now) -> {
            if (now != null) {
                setResult(now);
                close();
            }
        });
        setResultConverter(button -> null);
    }

    public ImportViewModel viewModel() {
        return viewModel;
    }

    private void chooseTemplateTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.template.chooseTitle"));
        chooser.setInitialFileName(Messages.get("import.template.fileName"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter.xlsx"), "*.xlsx"));
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            Path target = chosen.toPath();
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                target = target.resolveSibling(target.getFileName() + ".xlsx");
            }
            viewModel.saveTemplate(target);
        }
    }
}
