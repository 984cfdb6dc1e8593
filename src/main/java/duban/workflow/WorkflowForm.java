package duban.workflow;

import duban.ui.forms.DateField;
import duban.ui.forms.Forms;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The workflow dialogs' form parts: the editor's {@link Forms} plus workflow.css and the
 * workflow's own grid class.
 */
final class WorkflowForm {

    /** On a field whose value is invalid: the same pseudo-class the editor sets. */
    static final PseudoClass INVALID = Forms.INVALID;

    static final String STYLESHEET = "/workflow.css";

    private WorkflowForm() {
    }

    /** board.css's named colours, editor.css's form rules, workflow.css, and the CJK font, on a dialog's pane. */
    static void apply(DialogPane pane) {
        Forms.apply(pane, STYLESHEET);
        pane.getStyleClass().add("workflow-dialog");
    }

    /** The URL of a class-path stylesheet, for a scene or node outside a dialog. */
    static String stylesheet(String name) {
        return java.util.Objects.requireNonNull(WorkflowForm.class.getResource(name), name).toExternalForm();
    }

    static void showMessage(Node field, Label messageLabel, ObservableValue<String> message) {
        Forms.showMessage(field, messageLabel, message);
    }

    /** Binds {@code picker} to {@code field} as the editor does, filling its grid cell. */
    static void bindDate(DatePicker picker, DateField field) {
        Forms.bindDate(picker, field);
        picker.setMaxWidth(Double.MAX_VALUE);
    }

    static Label heading(String text) {
        return Forms.heading(text);
    }

    static Label subject(String text) {
        return Forms.subject(text);
    }

    static Label messageLabel(String id) {
        return Forms.errorLabel(id);
    }

    static Label requiredLabel(String text) {
        return Forms.requiredLabel(text);
    }

    static Label optionalLabel(String text) {
        return Forms.optionalLabel(text);
    }

    static VBox cell(Node field, Label message) {
        return Forms.cell(field, message);
    }

    /** A two-column form grid: labels right-aligned, fields growing. */
    static GridPane grid(String styleClass) {
        GridPane form = new GridPane();
        form.getStyleClass().addAll("workflow-form", styleClass);
        form.getColumnConstraints().setAll(Forms.labelColumn(), Forms.fieldColumn());
        return form;
    }
}
