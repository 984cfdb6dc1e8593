package duban.documents;

import duban.documents.drafting.DocumentFormat;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** What every documents window shares: its stage (Esc closes, minimum size), the format list, 浏览…. */
final class DocumentWindows {

    private DocumentWindows() {
    }

    /**
     * A window over {@code owner}, modal to it, showing {@code root} with the theme and
     * documents.css; Esc runs {@code onEscape} (which closes, or cancels the running work first).
     */
    static Stage stage(Window owner, String title, Parent root, double minWidth, double minHeight, Runnable onEscape) {
        return stage(owner, title, root, minWidth, minHeight, onEscape, true);
    }

    /** As {@link #stage(Window, String, Parent, double, double, Runnable)}, modal or not. */
    static Stage stage(Window owner, String title, Parent root, double minWidth, double minHeight, Runnable onEscape,
                       boolean modal) {
        Stage stage = OwnedWindows.newWindow(owner, title, minWidth, minHeight);
        if (owner != null && modal) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(DocumentWindows.class.getResource("/theme.css").toExternalForm(),
                DocumentWindows.class.getResource("/documents.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                onEscape.run();
            }
        });
        CjkFonts.apply(root);
        stage.setScene(scene);
        return stage;
    }

    /**
     * The window of work run by a {@link BackgroundJob}: Esc and the close box cancel the running
     * work first (its outcome then says so), and close the window once nothing runs.
     */
    static Stage drafting(Window owner, String title, Parent root, double minWidth, double minHeight,
                          java.util.function.BooleanSupplier busy, Runnable cancel, boolean modal) {
        Stage[] stage = new Stage[1];
        stage[0] = stage(owner, title, root, minWidth, minHeight, () -> {
            if (busy.getAsBoolean()) {
                cancel.run();
            } else {
                stage[0].close();
            }
        }, modal);
        stage[0].setOnCloseRequest(event -> {
            if (busy.getAsBoolean()) {
                event.consume();
                cancel.run();
            }
        });
        return stage[0];
    }

    /**
     * While {@code busy} the progress shows and the start and close buttons rest; 取消 shows only
     * while the job itself runs.
     */
    static void bindProgress(BackgroundJob job, javafx.beans.value.ObservableBooleanValue busy,
                             javafx.scene.control.ProgressBar progress, javafx.scene.control.Button start,
                             javafx.scene.control.Button cancel, javafx.scene.control.Button close) {
        progress.visibleProperty().bind(busy);
        progress.progressProperty().bind(job.progressProperty());
        start.disableProperty().bind(busy);
        close.disableProperty().bind(busy);
        cancel.visibleProperty().bind(job.runningProperty());
        cancel.managedProperty().bind(job.runningProperty());
    }

    /** A format as the officer knows it: Word 文档（.docx） or PDF 文件（.pdf）. */
    static String formatLabel(DocumentFormat format) {
        return switch (format) {
            case DOCX -> Messages.get("documents.format.DOCX");
            case PDF -> Messages.get("documents.format.PDF");
        };
    }

    /** The formats, named as the officer knows them. */
    static void offerFormats(ComboBox<DocumentFormat> box) {
        box.getItems().setAll(DocumentFormat.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentFormat format) {
                return format == null ? "" : formatLabel(format);
            }

            @Override
            public DocumentFormat fromString(String text) {
                return null;
            }
        });
    }

    /** 浏览…: a file to save {@code format} to, or a folder, into {@code field}. */
    static void browse(Window owner, TextField field, boolean folder, DocumentFormat format, String suggestedName) {
        File chosen;
        String typed = field.getText() == null ? "" : field.getText().strip();
        File start = typed.isEmpty() ? null : Path.of(typed).toAbsolutePath().toFile();
        if (folder) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("documents.chooseFolder"));
            if (start != null && start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            chosen = chooser.showDialog(owner);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("documents.chooseFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    formatLabel(format), "*" + format.extension()));
            chooser.setInitialFileName(suggestedName + format.extension());
            if (start != null && start.getParentFile() != null && start.getParentFile().isDirectory()) {
                chooser.setInitialDirectory(start.getParentFile());
            }
            chosen = chooser.showSaveDialog(owner);
        }
        if (chosen != null) {
            field.setText(chosen.getAbsolutePath());
        }
    }
}
