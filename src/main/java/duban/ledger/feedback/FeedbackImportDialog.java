package duban.ledger.feedback;

import duban.domain.feedback.FeedbackResult;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import duban.ui.forms.Forms;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * 导入反馈表: the preview of a returned form, row by row, and 导入 for its importable rows. The result
 * is the {@link FeedbackResult} (so the board and ledger reload); 取消 gives none.
 */
public final class FeedbackImportDialog extends Dialog<FeedbackResult> {

    /** 导入. */
    public static final ButtonType IMPORT = new ButtonType(Messages.get("feedback.ui.import"),
            ButtonBar.ButtonData.OK_DONE);

    private final FeedbackImportViewModel viewModel;

    /** @param owner the ledger's window, or {@code null} */
    public FeedbackImportDialog(Window owner, FeedbackImportViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("feedback.ui.windowTitle"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId("feedback-import-dialog");
        pane.setContent(Fxml.root("feedback-import.fxml", type -> new FeedbackImportForm(viewModel)));
        pane.getButtonTypes().setAll(IMPORT, Buttons.CANCEL);
        Forms.apply(pane);
        OwnedWindows.dialog(this);

        Button importButton = (Button) pane.lookupButton(IMPORT);
        importButton.setId("feedback-import-ok");
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        // The import runs in the background: the dialog stays open until its result is there.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importRows();
        });
        Button cancel = (Button) pane.lookupButton(Buttons.CANCEL);
        cancel.setId("feedback-import-cancel");
        cancel.disableProperty().bind(viewModel.busyProperty());
        viewModel.resultProperty().addListener((observable, before, now) -> {
            if (now != null) {
                setResult(now);
                close();
            }
        });
        setResultConverter(button -> null);
    }

    public FeedbackImportViewModel viewModel() {
        return viewModel;
    }
}
