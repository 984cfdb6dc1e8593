package duban.app;

import duban.ui.StoreThread;

import duban.ui.ErrorDialogs;

import duban.app.cli.VerifyCommand;
import duban.board.BoardView;
import duban.board.BoardViewModel;
import duban.i18n.Messages;
import duban.store.BackupService;
import duban.safety.BackupsViewModel;
import duban.safety.RestoreDialog;
import duban.store.Database;
import duban.store.StoreFailures;
import duban.ui.CjkFonts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The board's 备份 menu: the day's first backup at start-up, 立即备份, 从备份恢复… and 校验台账.
 * Backups and the history check run on the store thread; a restore hands over to
 * {@code afterRestore} to read the restored file's items and settings again.
 */
final class WindowBackups {

    private final Stage stage;
    private final BoardViewModel board;
    private final Database database;
    private final StoreThread storeThread;
    private final BackupsViewModel backups;

    WindowBackups(Stage stage, BoardViewModel board, Database database, StoreThread storeThread, Clock clock) {
        this.stage = stage;
        this.board = board;
        this.database = database;
        this.storeThread = storeThread;
        BackupService service = new BackupService(database, clock);
        // The first start of each day keeps a consistent copy (VACUUM INTO) in backups/ beside the file;
        // quietly: the day's first message bar belongs to the user's own work, only a failure speaks.
        if (!database.readOnly()) {
            storeThread.run(service::backupIfFirstStartToday, made -> { },
                    failure -> board.showMessage(Messages.get("backup.failed", StoreFailures.describe(failure))));
        }
        backups = new BackupsViewModel(service, storeThread, database.file().getFileName().toString());
        backups.setOnMessage(board::showMessage);
    }

    /** Puts the menu's actions on the board; {@code afterRestore} runs once a backup has been restored. */
    void install(BoardView view, Runnable afterRestore) {
        view.setVerifyAction(this::verifyHistory);
        view.setBackupActions(backups::backupNow, () -> {
            if (board.refusedAsReadOnly()) {
                return;
            }
            new RestoreDialog(stage, backups).showAndWait()
                    .ifPresent(chosen -> backups.restore(chosen, afterRestore));
        });
    }

    /**
     * 校验台账: checks the hash chain of the history (and against the newest backup) off the FX
     * thread, reading the file only, and shows the verdict as the command line words it.
     */
    private void verifyHistory() {
        storeThread.run(() -> {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
            // On a network share the board holds the file exclusively; the check reads it on its own connection.
            int status = database.withFileOpenToOthers(() -> new VerifyCommand(out, out).verify(database.file()));
            return Map.entry(status, text.toString(StandardCharsets.UTF_8).strip());
        }, verdict -> {
            Alert.AlertType type = switch (verdict.getKey()) {
                case VerifyCommand.INTACT -> Alert.AlertType.INFORMATION;
                case VerifyCommand.TAMPERED -> Alert.AlertType.ERROR;
                default -> Alert.AlertType.WARNING;
            };
            Alert alert = new Alert(type, verdict.getValue(), duban.ui.Buttons.CLOSE);
            alert.initOwner(stage);
            alert.setTitle(Messages.get("backup.verifyAction"));
            alert.setHeaderText(Messages.get(verdict.getKey() == VerifyCommand.INTACT ? "verify.header.intact"
                    : verdict.getKey() == VerifyCommand.TAMPERED ? "verify.header.tampered" : "verify.header.cannot"));
            alert.getDialogPane().setId("verify-result");
            alert.getDialogPane().setMinWidth(560);
            CjkFonts.apply(alert.getDialogPane());
            alert.show();
        }, failure -> ErrorDialogs.error(stage, Messages.get("backup.verifyAction"), Messages.get("verify.header.cannot"),
                StoreFailures.describe(failure)).show());
    }
}
