package duban.safety;

import duban.i18n.FailureText;

import duban.domain.RestoreException;

import duban.domain.Backup;

import duban.ui.TaskRunner;
import duban.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 立即备份 and 从备份恢复: the list of backups, the one chosen, the sentence that says what 恢复
 * will do, and the outcome message. Talks to its {@link BackupStore} through the store thread only.
 */
public final class BackupsViewModel {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BackupStore service;
    private final TaskRunner tasks;
    private final String databaseName;
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyBooleanWrapper restorable = new ReadOnlyBooleanWrapper(this, "restorable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Consumer<String> onMessage = text -> { };

    /**
     * @param databaseName the database file's name, for the confirmation sentence
     */
    public BackupsViewModel(BackupStore service, TaskRunner tasks, String databaseName) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.databaseName = databaseName;
        selected.addListener((observable, old, backup) -> describeChoice(backup));
        describeChoice(null);
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public ObjectProperty<Backup> selectedProperty() {
        return selected;
    }

    /** The sentence naming what 恢复 will do with the chosen backup. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** Whether a readable backup is chosen and nothing is running. */
    public ReadOnlyBooleanProperty restorableProperty() {
        return restorable.getReadOnlyProperty();
    }

    /** What the last action did, for the board's status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where every outcome message also goes, even one equal to the last (the board's status line). */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage, "onMessage");
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the list of backups again (newest first) and chooses the newest. */
    public void load() {
        busy.set(true);
        updateRestorable();
        tasks.run(service::list, this::show, failure -> {
            busy.set(false);
            updateRestorable();
            say(Messages.get("backup.loadFailed", reason(failure)));
        });
    }

    /** 立即备份. */
    public void backupNow() {
        busy.set(true);
        updateRestorable();
        tasks.run(() -> {
            Backup made = service.backupNow();
            return new Made(made, service.list());
        }, made -> {
            show(made.backups());
            say(Messages.get("backup.done", made.backup().file().getFileName(), made.backup().itemCount()));
        }, failure -> {
            busy.set(false);
            updateRestorable();
            say(Messages.get("backup.failed", reason(failure)));
        });
    }

    /**
     * Restores {@code backup}; {@code onRestored} runs afterwards (the board reloads), only when
     * it succeeded.
     */
    public void restore(Backup backup, Runnable onRestored) {
        Objects.requireNonNull(backup, "backup");
        busy.set(true);
        updateRestorable();
        tasks.run(() -> service.restore(backup), outcome -> {
            busy.set(false);
            updateRestorable();
            say(Messages.get("backup.restored", SHOWN.format(outcome.restored().takenAt()),
                    outcome.setAside().getFileName()));
            onRestored.run();
        }, failure -> {
            busy.set(false);
            updateRestorable();
            say(failure instanceof RestoreException refused ? refused.userMessage()
                    : Messages.get("backup.restoreFailed", reason(failure)));
        });
    }

    /** How a backup is listed: date, size and item count. */
    public static String describe(Backup backup) {
        String size = backup.sizeBytes() >= 1024 * 1024
                ? Messages.get("backup.sizeMb", String.format("%.1f", backup.sizeBytes() / (1024.0 * 1024)))
                : Messages.get("backup.sizeKb", String.valueOf(Math.max(1, Math.round(backup.sizeBytes() / 1024.0))));
        String taken = SHOWN.format(backup.takenAt());
        return backup.readable()
                ? Messages.get("backup.row", taken, size, String.valueOf(backup.itemCount()))
                : Messages.get("backup.rowUnreadable", taken, size);
    }

    private void say(String text) {
        message.set(text);
        onMessage.accept(text);
    }

    private void show(List<Backup> listed) {
        busy.set(false);
        backups.setAll(listed);
        selected.set(listed.isEmpty() ? null : listed.get(0));
        describeChoice(selected.get());
    }

    private void describeChoice(Backup backup) {
        if (backup == null) {
            confirmation.set(Messages.get(backups.isEmpty() ? "backup.none" : "backup.choose"));
        } else if (!backup.readable()) {
            confirmation.set(Messages.get("backup.unreadable"));
        } else {
            confirmation.set(Messages.get("backup.confirm", SHOWN.format(backup.takenAt()),
                    String.valueOf(backup.itemCount()), databaseName));
        }
        updateRestorable();
    }

    private void updateRestorable() {
        Backup backup = selected.get();
        restorable.set(!busy.get() && backup != null && backup.readable());
    }

    private static String reason(Throwable failure) {
        return FailureText.describe(failure);
    }

    private record Made(Backup backup, List<Backup> backups) {
    }
}
