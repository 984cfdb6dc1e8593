package duban.ledger.importing;

import duban.i18n.FailureText;

import duban.domain.importing.ImportResult;

import duban.domain.importing.ImportPlan;

import duban.domain.importing.ImportBasis;

import duban.ui.TaskRunner;
import duban.i18n.Messages;
import duban.domain.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: the chosen file, the preview of its rows, whether to create the
 * units the database lacks, and the result once imported. The only class of the dialog that
 * talks to the store, always through the task runner.
 */
public final class ImportViewModel {

    /** What the dialog reads and writes; the store's {@code ImportStore} implements it. Called on the store thread. */
    public interface Store {
        /** The units and item keys now in the database. */
        ImportBasis basis();

        /** Stores the plan's new units and rows in one transaction, all or nothing. */
        ImportResult importPlan(ImportPlan plan, Progress progress);
    }

    private static final System.Logger LOG = System.getLogger(ImportViewModel.class.getName());

    private final Store store;
    private final TaskRunner tasks;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", Messages.get("import.noFile"));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper(this, "fileProblem", "");
    private final ReadOnlyStringWrapper fileNotes = new ReadOnlyStringWrapper(this, "fileNotes", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper createUnitsText = new ReadOnlyStringWrapper(this, "createUnitsText", "");
    private final ReadOnlyBooleanWrapper unknownUnits = new ReadOnlyBooleanWrapper(this, "unknownUnits");
    private final BooleanProperty createUnits = new SimpleBooleanProperty(this, "createUnits");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** How far the import is, 0 to 1; -1 while nothing is known (reading the file). */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    /** Set by 取消 while an import runs: the transaction stops at its next row and is rolled back. */
    private volatile AtomicBoolean cancelRequest = new AtomicBoolean();
    /** How the import's progress, reported on the store thread, reaches the FX thread. */
    private final Consumer<Runnable> fxThread;

    private ImportSheet sheet;
    private ImportBasis basis;
    private ImportPreview preview;

    /**
     * @param fxThread how progress reported during an import reaches the FX thread, such as
     *                 {@code Platform::runLater} ({@code Runnable::run} in plain tests)
     */
    public ImportViewModel(Store store, TaskRunner tasks, Clock clock, Consumer<Runnable> fxThread) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        createUnits.addListener((observable, before, now) -> refreshPreview());
        busy.addListener((observable, before, now) -> updateCanImport());
    }

    /** Reads {@code chosen} and the database's units and items in the background, then previews it. */
    public void open(Path chosen) {
        file.set(chosen);
        fileName.set(chosen.getFileName().toString());
        result.set(null);
        message.set(Messages.get("import.reading"));
        busy.set(true);
        tasks.run(() -> new Loaded(ImportReader.read(chosen), store.basis()), loaded -> {
            busy.set(false);
            message.set("");
            sheet = loaded.sheet();
            basis = loaded.basis();
            refreshPreview();
        }, failure -> {
            busy.set(false);
            message.set("");
            sheet = null;
            preview = null;
            rows.clear();
            summary.set("");
            fileNotes.set("");
            unknownUnits.set(false);
            fileProblem.set(failure instanceof ImportFileException readError ? readError.getMessage() : unexpected(chosen, failure));
            updateCanImport();
        });
    }

    /** A failure the reader did not foresee: a plain message on screen, the details in the log. */
    private static String unexpected(Path chosen, Throwable failure) {
        String message = Messages.get("import.file.failed", chosen.getFileName());
        FailureText.record(message, failure);
        return message;
    }

    private record Loaded(ImportSheet sheet, ImportBasis basis) {
    }

    private void refreshPreview() {
        if (sheet == null) {
            return;
        }
        preview = ImportPreview.of(sheet, basis, LocalDate.now(clock), createUnits.get());
        fileProblem.set(preview.fileProblem());
        fileNotes.set(String.join("\n", preview.fileNotes()));
        rows.setAll(preview.rows());
        summary.set(preview.fileProblem().isEmpty() ? preview.summary() : "");
        unknownUnits.set(!preview.unknownUnits().isEmpty());
        createUnitsText.set(Messages.get("import.createUnits", String.join("、", preview.unknownUnits())));
        updateCanImport();
    }

    private void updateCanImport() {
        canImport.set(!busy.get() && preview != null && preview.importable() > 0 && result.get() == null);
    }

    /** Imports the valid rows (and the confirmed units) in one transaction; the result is then set. */
    public void importRows() {
        if (!canImport.get()) {
            return;
        }
        ImportPlan plan = preview.plan();
        busy.set(true);
        progress.set(0);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequest = cancelled;
        message.set(Messages.get("import.importing", String.valueOf(plan.rows().size())));
        Progress reporter = new Progress() {
            @Override
            public void update(long done, long total) {
                double fraction = total <= 0 ? 1 : (double) done / total;
                fxThread.accept(() -> {
                    if (busy.get()) {
                        progress.set(fraction);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        tasks.run(() -> store.importPlan(plan, reporter), done -> {
            result.set(done);
            message.set(done.describe());
            busy.set(false);
            progress.set(-1);
        }, failure -> {
            busy.set(false);
            progress.set(-1);
            message.set(failure instanceof CancellationException
                    ? Messages.get("import.cancelled")
                    : Messages.get("import.failed", FailureText.describe(failure)));
        });
    }

    /** Stops a running import; its transaction is rolled back, so nothing of it is kept. */
    public void cancelImport() {
        cancelRequest.set(true);
    }

    /** Writes the template to {@code target} in the background. */
    public void saveTemplate(Path target) {
        tasks.run(() -> {
            ImportTemplate.write(target);
            return target;
        }, written -> message.set(Messages.get("import.template.saved", written.toAbsolutePath())),
                failure -> message.set(Messages.get("import.template.failed", FailureText.describe(failure))));
    }

    /** The rows of the preview, in file order. */
    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    /** The preview now shown, or {@code null} before a file is read. */
    public ImportPreview preview() {
        return preview;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The chosen file's name, or 未选择文件. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** 共 n 行: 可导入 a 行, 有问题 b 行, 已导入过 c 行. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the whole file cannot be imported, or empty. */
    public ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    /** What the import assumes for the whole file, one line each, or empty. */
    public ReadOnlyStringProperty fileNotesProperty() {
        return fileNotes.getReadOnlyProperty();
    }

    /** What is happening or what happened last (reading, imported, template saved). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 新建以下单位: … */
    public ReadOnlyStringProperty createUnitsTextProperty() {
        return createUnitsText.getReadOnlyProperty();
    }

    /** Whether the file names units the database lacks. */
    public ReadOnlyBooleanProperty unknownUnitsProperty() {
        return unknownUnits.getReadOnlyProperty();
    }

    /** The user's confirmation that the unknown units are to be created. */
    public BooleanProperty createUnitsProperty() {
        return createUnits;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether 导入 can be pressed: a preview with at least one valid row, nothing running, not yet imported. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** The result of the import, once done. */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
