package duban.ledger.view;

import duban.i18n.Messages;
import duban.ledger.LedgerStyles;
import duban.ledger.export.LedgerExport;
import duban.ui.BackgroundJob;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.NamedArg;
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
 * The bottom line the ledger's windows share, placed in their FXML as
 * {@code <JobStatusLine prefix="ledger"/>}: the last message, and while a {@link BackgroundJob} runs,
 * what it does, its progress bar and 取消. Also the save dialog both windows use.
 */
public final class JobStatusLine extends HBox {

    private final Label message = new Label();
    private final Label working = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.get("ledger.ui.cancel"));
    private final HBox work = new HBox(working, progress, cancel);

    /**
     * @param prefix the ids' prefix: {@code ledger} gives #ledger-message, #ledger-progress, #ledger-cancel
     */
    public JobStatusLine(@NamedArg("prefix") String prefix) {
        message.setId(prefix + "-message");
        message.getStyleClass().add(LedgerStyles.MESSAGE);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        working.setId(prefix + "-job-title");
        progress.setId(prefix + "-progress");
        progress.setPrefWidth(196);
        cancel.setId(prefix + "-cancel");
        work.getStyleClass().add(LedgerStyles.WORK);
        work.setAlignment(Pos.CENTER_RIGHT);
        getChildren().setAll(message, work);
        getStyleClass().add(LedgerStyles.STATUS_LINE);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Shows {@code messageText}, and {@code job}'s title, progress and 取消 while it runs. */
    public void bind(ObservableValue<String> messageText, BackgroundJob job) {
        message.textProperty().bind(messageText);
        working.textProperty().bind(job.titleProperty());
        progress.progressProperty().bind(job.progressProperty());
        cancel.setOnAction(event -> job.cancel());
        work.visibleProperty().bind(job.runningProperty());
        work.managedProperty().bind(job.runningProperty());
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
