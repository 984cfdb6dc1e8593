package duban.safety;

import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.ErrorDialogs;
import duban.ui.OwnedWindows;
import duban.ui.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The board's 备份 ▸ 迁移到共享数据库… and 导出为本地文件…: asks where to (a server's address and
 * password, or a new file), copies on the store thread, and says what was copied; after a move, the
 * exact option every PC starts the board with from now on.
 */
public final class WindowDataTransfer {

    private final Supplier<Window> owner;
    private final DataTransferStore store;
    private final TaskRunner tasks;

    public WindowDataTransfer(Supplier<Window> owner, DataTransferStore store, TaskRunner tasks) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** 迁移到共享数据库…: only from a file; on a server the board is shared already. */
    public void moveToServer() {
        if (store.onServer()) {
            inform(Messages.get("transfer.move.title"), Messages.get("transfer.move.alreadyOnServer"));
            return;
        }
        askServer().ifPresent(target -> tasks.run(() -> store.copyToServer(target.address(), target.password()),
                moved -> inform(Messages.get("transfer.move.title"), Messages.get("transfer.move.done", moved.where(),
                        String.valueOf(moved.items()), String.valueOf(moved.events()), moved.startAddress())),
                failure -> fail(Messages.get("transfer.move.title"), failure)));
    }

    /** 导出为本地文件…: a copy of the server's data into a new file on this PC. */
    public void exportToFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("transfer.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("transfer.export.filter"), "*.db"));
        chooser.setInitialFileName("duban-copy.db");
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        tasks.run(() -> store.exportToFile(file),
                exported -> inform(Messages.get("transfer.export.title"), Messages.get("transfer.export.done",
                        exported.where(), String.valueOf(exported.items()), String.valueOf(exported.events()))),
                failure -> fail(Messages.get("transfer.export.title"), failure));
    }

    /** The server to move to, as typed. */
    private record Target(String address, char[] password) {
    }

    private Optional<Target> askServer() {
        TextField address = new TextField();
        address.setId("transfer-address");
        address.setPromptText(Messages.get("transfer.move.addressPrompt"));
        address.setPrefColumnCount(36);
        PasswordField password = new PasswordField();
        password.setId("transfer-password");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("transfer.move.address")), address);
        form.addRow(1, new Label(Messages.get("transfer.move.password")), password);
        Dialog<Target> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.get("transfer.move.title"));
        dialog.setHeaderText(Messages.get("transfer.move.header"));
        dialog.getDialogPane().setId("transfer-move");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.OK, Buttons.CANCEL);
        dialog.getDialogPane().lookupButton(Buttons.OK).disableProperty().bind(address.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == Buttons.OK
                ? new Target(address.getText().strip(), password.getText().toCharArray()) : null);
        CjkFonts.apply(dialog.getDialogPane());
        OwnedWindows.dialog(dialog);
        return dialog.showAndWait();
    }

    private void inform(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, Buttons.CLOSE);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("transfer-result");
        alert.getDialogPane().setMinWidth(560);
        CjkFonts.apply(alert.getDialogPane());
        OwnedWindows.dialog(alert);
        alert.show();
    }

    private void fail(String title, Throwable failure) {
        String text = failure instanceof DataTransferStore.Refused refused ? refused.userMessage()
                : FailureText.describe(failure);
        ErrorDialogs.error(owner.get(), title, Messages.get("transfer.failedHeader"), text).show();
    }
}
