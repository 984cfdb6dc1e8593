package duban.ledger.feedback;

import duban.domain.feedback.FeedbackLine;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ledger.importing.ImportFileException;
import duban.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 导入反馈表: reads a returned form and previews it in the background, then imports its importable
 * rows (problem rows are shown and left out; with none importable, 导入 stays off).
 */
public final class FeedbackImportViewModel {

    private final FeedbackPort store;
    private final TaskRunner tasks;

    private final ObservableList<FeedbackLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyObjectWrapper<FeedbackResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private FeedbackPreview preview;

    public FeedbackImportViewModel(FeedbackPort store, TaskRunner tasks) {
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Reads {@code chosen} and previews it against the database, in the background. */
    public void open(Path chosen) {
        fileName.set(chosen.getFileName().toString());
        message.set(Messages.get("feedback.ui.reading"));
        set(null);
        busy.set(true);
        tasks.run(() -> store.preview(FeedbackFormReader.read(chosen)), read -> {
            busy.set(false);
            message.set(read.importable().isEmpty() ? Messages.get("feedback.cli.nothingToImport") : "");
            set(read);
        }, failure -> {
            busy.set(false);
            set(null);
            message.set(failure instanceof ImportFileException unreadable ? unreadable.getMessage()
                    : Messages.get("feedback.cli.importFailed", FailureText.describe(failure)));
        });
    }

    /** Imports the previewed importable rows; the result (or the reason nothing was imported) follows. */
    public void importRows() {
        if (!canImport.get()) {
            return;
        }
        FeedbackPreview confirmed = preview;
        busy.set(true);
        canImport.set(false);
        message.set(Messages.get("feedback.ui.importing"));
        tasks.run(() -> store.importRows(confirmed), written -> {
            busy.set(false);
            message.set(written.describe());
            result.set(written);
        }, failure -> {
            busy.set(false);
            message.set(Messages.get("feedback.cli.importFailed", FailureText.describe(failure)));
            canImport.set(true);
        });
    }

    private void set(FeedbackPreview read) {
        preview = read;
        lines.setAll(read == null ? java.util.List.of() : read.lines());
        summary.set(read == null ? "" : read.summary());
        canImport.set(read != null && !read.importable().isEmpty());
    }

    /** Every row of the form, in sheet order, with what becomes of it. */
    public ObservableList<FeedbackLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** What the import wrote, once it has; the dialog closes on it. */
    public ReadOnlyObjectProperty<FeedbackResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
