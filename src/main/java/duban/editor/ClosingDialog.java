package duban.editor;

import duban.domain.Closing;
import duban.ui.forms.Forms;

import duban.ui.forms.DateText;

import duban.domain.Item;
import duban.i18n.Messages;
import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 办结销号: asks 办结情况 and 办结日期 before an item is closed. The result is the
 * {@link Closing} to move the item with; 取消 gives none. It writes nothing itself.
 */
public final class ClosingDialog extends Dialog<Closing> {

    /** 确定. */
    public static final ButtonType OK = new ButtonType(Messages.get("editor.ok"), ButtonBar.ButtonData.OK_DONE);

    private final ClosingViewModel viewModel;

    public ClosingDialog(Window owner, Item item, Clock clock) {
        this.viewModel = new ClosingViewModel(item, clock);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(viewModel.windowTitle());

        TextArea note = new TextArea();
        note.setId("closing-note");
        note.setWrapText(true);
        note.setPromptText(Messages.get("closing.prompt.note"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Label noteError = Forms.errorLabel("closing-note-error");
        Forms.showMessage(note, noteError, viewModel.noteErrorProperty());

        DatePicker date = new DatePicker();
        date.setId("closing-date");
        date.setMaxWidth(Double.MAX_VALUE);
        Forms.bindDate(date, viewModel.closedOn());
        Label dateError = Forms.errorLabel("closing-date-error");
        Forms.showMessage(date, dateError, viewModel.dateErrorProperty());

        Label heading = Forms.heading(Messages.get("closing.heading"));
        Label itemTitle = Forms.subject(Messages.get("closing.subject", item.title(), DateText.format(item.deadline())));
        itemTitle.setId("closing-item");

        GridPane form = new GridPane();
        form.getStyleClass().add("closing-form");
        form.getColumnConstraints().setAll(Forms.labelColumn(), Forms.fieldColumn());
        form.add(heading, 0, 0, 2, 1);
        form.add(itemTitle, 0, 1, 2, 1);
        form.add(Forms.requiredLabel(Messages.get("closing.field.note")), 0, 2);
        form.add(Forms.cell(note, noteError), 1, 2);
        form.add(Forms.requiredLabel(Messages.get("closing.field.date")), 0, 3);
        form.add(Forms.cell(date, dateError), 1, 3);

        DialogPane pane = getDialogPane();
        pane.setId("closing-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(OK, EditorDialog.CANCEL);
        Forms.apply(pane);
        Button ok = (Button) pane.lookupButton(OK);
        ok.setId("closing-ok");
        ok.disableProperty().bind(viewModel.validProperty().not());
        pane.lookupButton(EditorDialog.CANCEL).setId("closing-cancel");

        setResultConverter(button -> button == OK && viewModel.isValid() ? viewModel.toClosing() : null);
        setOnShown(event -> Platform.runLater(note::requestFocus));
    }

    public ClosingViewModel viewModel() {
        return viewModel;
    }
}
