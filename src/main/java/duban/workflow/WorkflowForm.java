package duban.workflow;

import duban.app.CjkFonts;
import duban.editor.DateField;
import duban.editor.DateText;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The workflow dialogs' form parts, in the editor's look: editor.css's classes (form-heading,
 * field-label, field-error, {@code :invalid} …) and its typed-date handling. They mirror
 * duban.editor's package-private FormStyles, DatePickers and ClosingDialog helpers, which this
 * package cannot reach; should those become public, these delegate to them.
 */
final class WorkflowForm {

    /** On a field whose value is invalid: a red border (editor.css); the same pseudo-class the editor sets. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    static final String STYLESHEET = "/workflow.css";

    private WorkflowForm() {
    }

    /** board.css's named colours, editor.css's form rules, workflow.css, and the CJK font, on a dialog's pane. */
    static void apply(DialogPane pane) {
        pane.getStylesheets().addAll(stylesheet("/board.css"), stylesheet("/editor.css"), stylesheet(STYLESHEET));
        pane.getStyleClass().addAll("duban-form-dialog", "workflow-dialog");
        CjkFonts.apply(pane);
    }

    static String stylesheet(String name) {
        return Objects.requireNonNull(WorkflowForm.class.getResource(name), name).toExternalForm();
    }

    /** Shows {@code message} under {@code field} (hidden when empty); the field is {@code :invalid} meanwhile. */
    static void showMessage(Node field, Label messageLabel, ObservableValue<String> message) {
        messageLabel.textProperty().bind(message);
        messageLabel.visibleProperty().bind(messageLabel.textProperty().isNotEmpty());
        message.addListener((observable, before, now) -> field.pseudoClassStateChanged(INVALID, !isEmpty(now)));
        field.pseudoClassStateChanged(INVALID, !isEmpty(message.getValue()));
    }

    /**
     * Binds {@code picker} to {@code field} as the editor does: every keystroke reaches the field,
     * a date picked in the calendar too, and text that is not a date stays as typed.
     */
    static void bindDate(DatePicker picker, DateField field) {
        picker.setChronology(IsoChronology.INSTANCE);
        picker.setShowWeekNumbers(false);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateText.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                // Not a date: keep the picker's value (the same instance), so the typed text stays on screen.
                return text == null || text.isBlank() ? null : DateText.parse(text).orElseGet(picker::getValue);
            }
        });
        picker.setPromptText(Messages.get("editor.datePrompt"));
        picker.setValue(field.getDate());
        picker.setMaxWidth(Double.MAX_VALUE);
        Bindings.bindBidirectional(picker.getEditor().textProperty(), field.textProperty());
        picker.addEventFilter(KeyEvent.ANY, key -> {
            if (key.getCode() == KeyCode.ENTER && field.isMalformed()) {
                key.consume();
            }
        });
    }

    /** The form's red title line, across the whole form. */
    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(heading, HPos.LEFT);
        return heading;
    }

    /** What the form is about, under the heading. */
    static Label subject(String text) {
        Label subject = new Label(text);
        subject.getStyleClass().add("form-subject");
        subject.setWrapText(true);
        subject.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(subject, HPos.LEFT);
        return subject;
    }

    static Label messageLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A right-aligned field label with the red * of a required field. */
    static Label requiredLabel(String text) {
        Label mark = new Label("*");
        mark.getStyleClass().add("required-mark");
        Label label = optionalLabel(text);
        label.setGraphic(mark);
        return label;
    }

    static Label optionalLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    /** A field with its message line under it. */
    static VBox cell(Node field, Label message) {
        VBox cell = new VBox(field, message);
        cell.getStyleClass().add("field-cell");
        return cell;
    }

    /** A two-column form grid: labels right-aligned, fields growing. */
    static GridPane grid(String styleClass) {
        GridPane form = new GridPane();
        form.getStyleClass().addAll("workflow-form", styleClass);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        return form;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
