package duban.ledger.view;

import duban.i18n.Messages;
import duban.ledger.export.LedgerExport;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/**
 * The bottom line the ledger's windows share: the last message, and while a {@link LedgerJob}
 * runs, what it does, its progress bar and 取消. Also the save dialog both windows use.
 */
final class JobStatusLine {

    private JobStatusLine() {
    }

    /**
     * @param prefix the ids' prefix: {@code ledger} gives #ledger-message, #ledger-progress, #ledger-cancel
     */
    static HBox of(ObservableValue<String> messageText, LedgerJob job, String prefix) {
        Label message = new Label();
        message.setId(prefix + "-message");
        message.getStyleClass().add("ledger-message");
        message.setWrapText(true);
        message.textProperty().bind(messageText);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Label working = new Label();
        working.setId(prefix + "-job-title");
        working.textProperty().bind(job.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId(prefix + "-progress");
        progress.setPrefWidth(196);
        progress.progressProperty().bind(job.progressProperty());
        Button cancel = new Button(Messages.get("ledger.ui.cancel"));
        cancel.setId(prefix + "-cancel");
        cancel.setOnAction(event -> job.cancel());
        HBox work = new HBox(working, progress, cancel);
        work.getStyleClass().add("ledger-work");
        work.setAlignment(Pos.CENTER_RIGHT);
        work.visibleProperty().bind(job.runningProperty());
        work.managedProperty().bind(job.runningProperty());

        HBox line = new HBox(message, work);
        line.getStyleClass().add("ledger-status-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Asks where to save the ledger in {@code format}; {@code null} when the user cancels. */
    static Path chooseSaveTarget(Node owner, LedgerExport format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ledger.ui.saveTitle", format.description()));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description(),
                "*." + format.extension()));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
