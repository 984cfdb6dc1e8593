package duban.safety;

import duban.domain.Backup;

import duban.ui.CjkFonts;
import duban.i18n.Messages;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 从备份恢复: the backups with date, size and item count, and a sentence saying what 恢复 will
 * do. 恢复 closes the dialog with the chosen {@link Backup}, which the caller restores through
 * {@link BackupsViewModel#restore}; 取消 gives no result. The dialog itself changes nothing.
 */
public final class RestoreDialog extends Dialog<Backup> {

    /** 恢复. */
    public static final ButtonType RESTORE = new ButtonType(Messages.get("backup.restore"), ButtonBar.ButtonData.OK_DONE);
    /** 取消. */
    public static final ButtonType CANCEL = new ButtonType(Messages.get("backup.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    /** Lists the backups of {@code viewModel} (read again now) over {@code owner}. */
    public RestoreDialog(Window owner, BackupsViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("backup.windowTitle"));
        setResizable(true);

        Label header = new Label(Messages.get("backup.header"));
        header.getStyleClass().add("restore-header");
        ListView<Backup> list = new ListView<>(viewModel.backups());
        list.setId("restore-list");
        list.setCellFactory(view -> new BackupCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, backup) -> {
            if (backup != null) {
                viewModel.selectedProperty().set(backup);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, backup) -> list.getSelectionModel().select(backup));
        Label confirmation = new Label();
        confirmation.setId("restore-confirmation");
        confirmation.getStyleClass().add("restore-confirmation");
        confirmation.setWrapText(true);
        confirmation.setMaxWidth(Double.MAX_VALUE);
        confirmation.prefWidthProperty().bind(list.widthProperty());
        confirmation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        confirmation.textProperty().bind(viewModel.confirmationProperty());
        VBox content = new VBox(8, header, list, confirmation);

        DialogPane pane = getDialogPane();
        pane.setId("restore-dialog");
        pane.setContent(content);
        pane.getButtonTypes().setAll(RESTORE, CANCEL);
        pane.getStylesheets().addAll(stylesheet("/board.css"), stylesheet("/editor.css"), stylesheet("/safety.css"));
        pane.getStyleClass().add("duban-form-dialog");
        CjkFonts.apply(pane);

        Button restore = (Button) pane.lookupButton(RESTORE);
        restore.setId("restore-ok");
        restore.disableProperty().bind(viewModel.restorableProperty().not());
        pane.lookupButton(CANCEL).setId("restore-cancel");
        setResultConverter(button -> button == RESTORE && viewModel.restorableProperty().get()
                ? viewModel.selectedProperty().get() : null);
        list.getSelectionModel().select(viewModel.selectedProperty().get());
        viewModel.load();
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(RestoreDialog.class.getResource(name), name).toExternalForm();
    }

    /** One backup: date, size, item count; an unreadable one greyed. */
    private static final class BackupCell extends ListCell<Backup> {
        @Override
        protected void updateItem(Backup backup, boolean empty) {
            super.updateItem(backup, empty);
            getStyleClass().remove("restore-unreadable");
            if (empty || backup == null) {
                setText(null);
            } else {
                setText(BackupsViewModel.describe(backup));
                if (!backup.readable()) {
                    getStyleClass().add("restore-unreadable");
                }
            }
        }
    }
}
