package duban.ledger.feedback;

import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackResult;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import duban.ui.OwnedWindows;
import duban.ui.TaskRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The ledger window's 导出反馈表… and 导入反馈表…: export asks for one unit (or every unit) and a
 * folder and writes the forms in the background; import asks for a returned form and opens the
 * preview dialog. The choosers are seams that tests answer without a dialog.
 */
public final class FeedbackActions {

    private final FeedbackPort store;
    private final TaskRunner tasks;
    private final BackgroundJob job;
    private final Consumer<String> showMessage;
    private final Supplier<Optional<String>> readOnlyRefusal;
    private final Consumer<FeedbackResult> afterImport;

    private Function<Window, Path> returnedFormChooser = FeedbackActions::chooseReturnedForm;
    private BiFunction<Window, List<String>, Optional<String>> unitChooser = FeedbackActions::chooseUnit;
    private Function<Window, Path> folderChooser = FeedbackActions::chooseFolder;
    private Consumer<FeedbackImportDialog> dialogShown = dialog -> { };

    /**
     * @param job             the ledger window's background job: writing the forms shows its progress
     *                        and 取消 on the window's status line, off the store thread
     * @param showMessage     says an outcome on the ledger's status line
     * @param readOnlyRefusal the refusal to say when the database is open read-only, else empty
     * @param afterImport     called with what an import wrote (the board and ledger reload)
     */
    public FeedbackActions(FeedbackPort store, TaskRunner tasks, BackgroundJob job, Consumer<String> showMessage,
                           Supplier<Optional<String>> readOnlyRefusal, Consumer<FeedbackResult> afterImport) {
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.job = Objects.requireNonNull(job, "job");
        this.showMessage = Objects.requireNonNull(showMessage, "showMessage");
        this.readOnlyRefusal = Objects.requireNonNull(readOnlyRefusal, "readOnlyRefusal");
        this.afterImport = Objects.requireNonNull(afterImport, "afterImport");
    }

    /** Tests answer the choosers: the returned form, the unit (全部单位 or a name), the folder. */
    public void setChoosers(Function<Window, Path> returnedForm, BiFunction<Window, List<String>, Optional<String>> unit,
                            Function<Window, Path> folder) {
        returnedFormChooser = Objects.requireNonNull(returnedForm, "returnedForm");
        unitChooser = Objects.requireNonNull(unit, "unit");
        folderChooser = Objects.requireNonNull(folder, "folder");
    }

    /** Tests see the preview dialog when it is shown (it is modal: shown without waiting then). */
    public void setDialogShown(Consumer<FeedbackImportDialog> shown) {
        dialogShown = Objects.requireNonNull(shown, "shown");
    }

    /** 导出反馈表…: which unit, which folder, then one file per unit in the background. */
    public void exportForms(Window owner) {
        tasks.run(store::forms, forms -> {
            if (forms.isEmpty()) {
                showMessage.accept(Messages.get("feedback.cli.noForms"));
                return;
            }
            List<String> choices = new ArrayList<>();
            choices.add(Messages.get("feedback.ui.allUnits", String.valueOf(forms.size())));
            forms.forEach(form -> choices.add(form.unit().name()));
            Optional<String> chosen = unitChooser.apply(owner, choices);
            if (chosen.isEmpty()) {
                return;
            }
            List<FeedbackForm> wanted = chosen.get().equals(choices.get(0)) ? forms
                    : forms.stream().filter(form -> form.unit().name().equals(chosen.get())).toList();
            Path folder = folderChooser.apply(owner);
            if (folder != null) {
                write(wanted, folder);
            }
        }, failure -> showMessage.accept(Messages.get("feedback.cli.failed", FailureText.describe(failure))));
    }

    private void write(List<FeedbackForm> forms, Path folder) {
        // Each form is written whole or not at all; a cancel stops before the next one.
        boolean started = job.start(Messages.get("feedback.ui.writing"), progress -> {
            int written = 0;
            for (FeedbackForm form : forms) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                progress.update(written, forms.size());
                FeedbackFormWriter.writeInto(form, folder);
                written++;
            }
            return written;
        }, new BackgroundJob.Outcome<Integer>() {
            @Override
            public void done(Integer written) {
                showMessage.accept(Messages.get("feedback.ui.written", String.valueOf(written), folder));
            }

            @Override
            public void failed(Throwable failure) {
                showMessage.accept(Messages.get("feedback.cli.failed", FailureText.describe(failure)));
            }

            @Override
            public void cancelled() {
                showMessage.accept(Messages.get("feedback.ui.writingCancelled", folder));
            }
        });
        if (!started) {
            showMessage.accept(Messages.get("feedback.ui.busy"));
        }
    }

    /** 导入反馈表…: refused on a read-only open; else the chosen form's preview, then 导入. */
    public void importForm(Window owner) {
        Optional<String> refusal = readOnlyRefusal.get();
        if (refusal.isPresent()) {
            showMessage.accept(refusal.get());
            return;
        }
        Path chosen = returnedFormChooser.apply(owner);
        if (chosen == null) {
            return;
        }
        FeedbackImportDialog dialog = new FeedbackImportDialog(owner, new FeedbackImportViewModel(store, tasks));
        dialog.viewModel().open(chosen);
        dialog.setOnHidden(event -> {
            FeedbackResult result = dialog.getResult();
            if (result != null) {
                showMessage.accept(result.describe());
                afterImport.accept(result);
            }
        });
        dialog.show();
        dialogShown.accept(dialog);
    }

    private static Path chooseReturnedForm(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("feedback.ui.chooseTitle"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(Messages.get("feedback.ui.filter"), "*.xlsx"));
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    private static Optional<String> chooseUnit(Window owner, List<String> choices) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("feedback.ui.exportTitle"));
        dialog.setHeaderText(Messages.get("feedback.ui.exportHeader"));
        dialog.setContentText(Messages.get("feedback.ui.exportUnit"));
        OwnedWindows.dialog(dialog);
        return dialog.showAndWait();
    }

    private static Path chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("feedback.ui.folderTitle"));
        File chosen = chooser.showDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
