package duban.ui.forms;

import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * A form in a dialog, wired the one way every form dialog is: the form as the pane's content, an
 * accepting button (保存 or 确定) and 取消 with the node ids {@code <prefix>-dialog},
 * {@code <prefix>-ok} and {@code <prefix>-cancel}, the forms' stylesheets and the CJK font
 * ({@link Forms#apply}). {@link #acceptWhen} keeps the accepting button disabled while the form is
 * invalid and makes the form's value the result; 取消 and closing the window give none.
 *
 * @param <R> the dialog's result, such as the input a workflow form collected
 */
public class FormDialog<R> extends Dialog<R> {

    /** 确定: the accepting button of a form that only asks before a move (办结销号, reasons). */
    public static final ButtonType CONFIRM = new ButtonType(Messages.get("editor.ok"), ButtonBar.ButtonData.OK_DONE);

    private final ButtonType accept;

    /**
     * @param owner           the window the dialog belongs to, or {@code null}
     * @param title           the window title
     * @param idPrefix        the first part of the pane's and the buttons' node ids, such as {@code report}
     * @param accept          {@link Buttons#SAVE} or {@link #CONFIRM}
     * @param form            the form, the pane's content
     * @param moreStylesheets class-path stylesheets after theme.css and editor.css, such as {@code /workflow.css}
     */
    protected FormDialog(Window owner, String title, String idPrefix, ButtonType accept, Node form,
                         String... moreStylesheets) {
        this.accept = accept;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        DialogPane pane = getDialogPane();
        pane.setId(idPrefix + "-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(accept, Buttons.CANCEL);
        Forms.apply(pane, moreStylesheets);
        OwnedWindows.dialog(this);
        acceptButton().setId(idPrefix + "-ok");
        cancelButton().setId(idPrefix + "-cancel");
        setResultConverter(button -> null);
    }

    /**
     * A dialog of the form {@code fxml} whose controller is {@code view}: titled and accepted as its
     * view model says, the caret in its first field.
     *
     * @param fxml a class-path name such as {@code /report-dialog.fxml}
     */
    protected FormDialog(Window owner, String idPrefix, ButtonType accept, String fxml, FormView<R> view,
                         String... moreStylesheets) {
        this(owner, view.viewModel().windowTitle(), idPrefix, accept, Fxml.root(fxml, Fxml.controller(view)), moreStylesheets);
        FormModel<R> model = view.viewModel();
        acceptWhen(model.validProperty(), model::toInput);
        focusWhenShown(view.firstField());
    }

    /**
     * The accepting button is enabled only while {@code valid}; pressing it closes the dialog with
     * {@code result}'s value.
     */
    protected final void acceptWhen(ObservableBooleanValue valid, Supplier<R> result) {
        acceptButton().disableProperty().bind(Bindings.not(valid));
        setResultConverter(button -> button == accept && valid.get() ? result.get() : null);
    }

    /** Puts the caret into {@code field} once the dialog is on screen. */
    protected final void focusWhenShown(Node field) {
        setOnShown(event -> Platform.runLater(field::requestFocus));
    }

    /** 保存 or 确定. */
    protected final Button acceptButton() {
        return (Button) getDialogPane().lookupButton(accept);
    }

    /** 取消. */
    protected final Button cancelButton() {
        return (Button) getDialogPane().lookupButton(Buttons.CANCEL);
    }
}
