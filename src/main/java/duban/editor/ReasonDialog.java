package duban.editor;

import duban.ui.forms.Forms;

import duban.domain.Item;
import duban.domain.Status;
import duban.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a required reason: 撤销督办 (撤销原因), 重办 out of 办结销号 (重办原因), 退回重办. The
 * result is the trimmed reason; 取消 gives none. It writes nothing itself.
 */
public final class ReasonDialog extends Dialog<String> {

    /** 确定. */
    public static final ButtonType OK = new ButtonType(Messages.get("editor.ok"), ButtonBar.ButtonData.OK_DONE);

    private final TextArea reason = new TextArea();

    /**
     * @param title       the window title, such as 撤销督办
     * @param headerText  what is about to happen, naming the item
     * @param promptLabel the field's label, such as 撤销原因
     */
    public ReasonDialog(String title, String headerText, String promptLabel) {
        setTitle(title);

        Label heading = Forms.heading(title);
        Label header = Forms.subject(headerText);
        header.setId("reason-header");

        reason.setId("reason-text");
        reason.setWrapText(true);
        reason.setPromptText(Messages.get("reason.prompt", promptLabel));
        Label hint = Forms.errorLabel("reason-error");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> reason.getText().isBlank() ? Messages.get("reason.required", promptLabel) : "",
                reason.textProperty()));
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());

        GridPane form = new GridPane();
        form.getStyleClass().add("reason-form");
        form.getColumnConstraints().setAll(Forms.labelColumn(), Forms.fieldColumn());
        form.add(heading, 0, 0, 2, 1);
        form.add(header, 0, 1, 2, 1);
        form.add(Forms.requiredLabel(promptLabel), 0, 2);
        form.add(Forms.cell(reason, hint), 1, 2);

        DialogPane pane = getDialogPane();
        pane.setId("reason-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(OK, EditorDialog.CANCEL);
        Forms.apply(pane);
        Button ok = (Button) pane.lookupButton(OK);
        ok.setId("reason-ok");
        ok.disableProperty().bind(reason.textProperty().map(String::isBlank).orElse(true));
        pane.lookupButton(EditorDialog.CANCEL).setId("reason-cancel");

        setResultConverter(button -> button == OK && !reason.getText().isBlank() ? reason.getText().strip() : null);
        setOnShown(event -> Platform.runLater(reason::requestFocus));
    }

    /** 撤销督办: the item leaves the board but stays in the ledger and its history. */
    public static ReasonDialog forWithdraw(Window owner, Item item) {
        return owned(owner, new ReasonDialog(Messages.get("reason.withdraw.title"),
                Messages.get("reason.withdraw.header", item.title()), Messages.get("reason.withdraw.prompt")));
    }

    /** 重办: a closed item is taken out of 办结销号 and moved back to column {@code to}. */
    public static ReasonDialog forReopen(Window owner, Item item, Status to) {
        return owned(owner, new ReasonDialog(Messages.get("reason.reopen.title"),
                Messages.get("reason.reopen.header", item.title(), to.label()), Messages.get("reason.reopen.prompt")));
    }

    /** 退回重办: a report that does not hold goes back from 待反馈 to 办理中. */
    public static ReasonDialog forSendBack(Window owner, Item item) {
        return owned(owner, new ReasonDialog(Messages.get("reason.sendBack.title"),
                Messages.get("reason.sendBack.header", item.title()), Messages.get("reason.sendBack.prompt")));
    }

    private static ReasonDialog owned(Window owner, ReasonDialog dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
