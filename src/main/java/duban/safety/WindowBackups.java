package duban.safety;

import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.ErrorDialogs;
import duban.ui.OwnedWindows;
import duban.ui.TaskRunner;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The board's 备份 menu: 立即备份, 从备份恢复… and 校验台账. Backups and the history check run on the
 * store thread; a restore hands over to {@code afterRestore} to read the restored file's items and
 * settings again.
 */
public final class WindowBackups {

    /** 校验台账's verdict: how it ended, and the lines saying what was found, as the command line words them. */
    public record HistoryVerdict(Outcome outcome, String text) {

        /** How a check ended. */
        public enum Outcome { INTACT, TAMPERED, CANNOT_CHECK }
    }

    private final Supplier<Window> owner;
    private final BackupsViewModel backups;
    private final Callable<HistoryVerdict> checkHistory;
    private final TaskRunner tasks;
    private final BooleanSupplier refusedAsReadOnly;
    private final Runnable afterRestore;

    /**
     * @param owner             the board window, owner of the dialogs
     * @param checkHistory      checks the file's history, reading it only; run on {@code tasks}
     * @param refusedAsReadOnly says why a restore is refused on a read-only board, and whether it is
     * @param afterRestore      runs once a backup has been restored
     */
    public WindowBackups(Supplier<Window> owner, BackupsViewModel backups, Callable<HistoryVerdict> checkHistory,
                         TaskRunner tasks, BooleanSupplier refusedAsReadOnly, Runnable afterRestore) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.backups = Objects.requireNonNull(backups, "backups");
        this.checkHistory = Objects.requireNonNull(checkHistory, "checkHistory");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.refusedAsReadOnly = Objects.requireNonNull(refusedAsReadOnly, "refusedAsReadOnly");
        this.afterRestore = Objects.requireNonNull(afterRestore, "afterRestore");
    }

    /** 备份 ▸ 立即备份. */
    public void backupNow() {
        backups.backupNow();
    }

    /** 备份 ▸ 从备份恢复…: the backups to choose from, then the restore. */
    public void openRestore() {
        if (refusedAsReadOnly.getAsBoolean()) {
            return;
        }
        new RestoreDialog(owner.get(), backups).showAndWait()
                .ifPresent(chosen -> backups.restore(chosen, afterRestore));
    }

    /**
     * 校验台账: checks the hash chain of the history (and against the newest backup) off the FX
     * thread, reading the file only, and shows the verdict as the command line words it.
     */
    public void verifyHistory() {
        tasks.run(checkHistory, verdict -> {
            Alert.AlertType type = switch (verdict.outcome()) {
                case INTACT -> Alert.AlertType.INFORMATION;
                case TAMPERED -> Alert.AlertType.ERROR;
                case CANNOT_CHECK -> Alert.AlertType.WARNING;
            };
            String conclusion = Messages.get(switch (verdict.outcome()) {
                case INTACT -> "verify.header.intact";
                case TAMPERED -> "verify.header.tampered";
                case CANNOT_CHECK -> "verify.header.cannot";
            });
            // The heading says what the dialog did (校验台账), the body what it found.
            Alert alert = new Alert(type, Messages.get("verify.dialogBody", conclusion, verdict.text()), Buttons.CLOSE);
            alert.initOwner(owner.get());
            alert.setTitle(Messages.get("backup.verifyAction"));
            alert.setHeaderText(Messages.get("verify.dialogHeader"));
            alert.getDialogPane().setId("verify-result");
            alert.getDialogPane().setMinWidth(560);
            CjkFonts.apply(alert.getDialogPane());
            OwnedWindows.dialog(alert);
            alert.show();
        }, failure -> ErrorDialogs.error(owner.get(), Messages.get("backup.verifyAction"),
                Messages.get("verify.header.cannot"), FailureText.describe(failure)).show());
    }
}
