package duban.safety;

import duban.domain.Backup;
import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * 从备份恢复 ({@code restore.fxml}): the backups with date, size and item count, and a sentence
 * saying what 恢复 will do. 恢复 closes the dialog with the chosen {@link Backup}, which the caller
 * restores through {@link BackupsViewModel#restore}; 取消 gives no result. The dialog itself changes nothing.
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

        DialogPane pane = Fxml.load("restore.fxml", type -> new RestoreView(viewModel)).getRoot();
        setDialogPane(pane);
        pane.getButtonTypes().setAll(RESTORE, CANCEL);
        CjkFonts.apply(pane);
        OwnedWindows.dialog(this);

        Button restore = (Button) pane.lookupButton(RESTORE);
        restore.setId("restore-ok");
        restore.disableProperty().bind(viewModel.restorableProperty().not());
        pane.lookupButton(CANCEL).setId("restore-cancel");
        setResultConverter(button -> button == RESTORE && viewModel.restorableProperty().get()
                ? viewModel.selectedProperty().get() : null);
        viewModel.load();
    }
}
