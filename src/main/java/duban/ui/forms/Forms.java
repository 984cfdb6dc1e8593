package duban.ui.forms;



import duban.ui.CjkFonts;
import duban.i18n.Messages;
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

/**
 * The parts every form dialog is made of, in one look (editor.css): the red heading and subject,
 * right-aligned labels with the red * of required fields, a field with its message line under
 * it, Chinese date entry, and the {@code :invalid} mark. Used by the editor, the 办结销号 and
 * reason dialogs, and the workflow dialogs.
 */
public final class Forms {

    /** On a field whose value is invalid: a red border (editor.css). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    static final String DIALOG = "duban-form-dialog";
    static final String FIELD_ERROR = "field-error";
    static final String FIELD_HINT = "field-hint";

    private Forms() {
    }

    /**
     * The board's named colours, the editor's rules and any further stylesheets (class-path
     * names such as {@code /workflow.css}), and the CJK font, on a dialog's pane.
     */
    public static void apply(DialogPane pane, String... moreStylesheets) {
        pane.getStylesheets().addAll(stylesheet("/board.css"), stylesheet("/editor.css"));
        for (String name : moreStylesheets) {
            pane.getStylesheets().add(stylesheet(name));
        }
        pane.getStyleClass().add(DIALOG);
        CjkFonts.apply(pane);
    }

    /**
     * Shows {@code message} under {@code field}: the label holds the text (hidden when empty)
     * and the field gets {@code :invalid} while there is one.
     */
    public static void showMessage(Node field, Label messageLabel, ObservableValue<String> message) {
        messageLabel.textProperty().bind(message);
        messageLabel.visibleProperty().bind(messageLabel.textProperty().isNotEmpty());
        message.addListener((observable, before, now) -> field.pseudoClassStateChanged(INVALID, !isEmpty(now)));
        field.pseudoClassStateChanged(INVALID, !isEmpty(message.getValue()));
    }

    /**
     * Binds {@code picker} to {@code field}: every keystroke reaches the field (so 保存 enables as
     * soon as a valid date is typed), a date picked in the calendar too, and text that is not a
     * date stays as typed. A date the field gets from elsewhere becomes the picker's value.
     */
    public static void bindDate(DatePicker picker, DateField field) {
        // The Gregorian calendar whatever the machine's locale (a Thai or Japanese locale would
        // otherwise switch the chronology).
        picker.setChronology(IsoChronology.INSTANCE);
        picker.setShowWeekNumbers(false);
        picker.setConverter(new DateConverter(picker::getValue));
        picker.setPromptText(Messages.get("editor.datePrompt"));
        picker.setValue(field.getDate());
        Bindings.bindBidirectional(picker.getEditor().textProperty(), field.textProperty());
        // A date set by the view model (a deadline counted from a rule) becomes the picker's value
        // too, so that its calendar opens on it. Not while the officer types in the picker: the
        // skin would rewrite her half-typed text in the display form under the caret.
        field.dateProperty().addListener((observable, before, now) -> {
            if (now != null && !now.equals(picker.getValue()) && !picker.getEditor().isFocused()) {
                picker.setValue(now);
            }
        });
        // ENTER makes the skin copy the value back into the text: with text that is not a date,
        // that would silently put back the old date. Keep the typed text instead.
        picker.addEventFilter(KeyEvent.ANY, key -> {
            if (key.getCode() == KeyCode.ENTER && field.isMalformed()) {
                key.consume();
            }
        });
    }

    /** The form's red title line, across the whole form. */
    public static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("form-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(heading, HPos.LEFT);
        return heading;
    }

    /** What the form is about (the item), under the heading, across the whole form. */
    public static Label subject(String text) {
        Label subject = new Label(text);
        subject.getStyleClass().add("form-subject");
        subject.setWrapText(true);
        subject.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(subject, HPos.LEFT);
        return subject;
    }

    public static Label errorLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(FIELD_ERROR);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A right-aligned field label with the red * of a required field. */
    public static Label requiredLabel(String text) {
        Label mark = new Label("*");
        mark.getStyleClass().add("required-mark");
        Label label = optionalLabel(text);
        label.setGraphic(mark);
        return label;
    }

    /** A right-aligned field label of an optional field. */
    public static Label optionalLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    public static VBox cell(Node field, Label message) {
        VBox cell = new VBox(field, message);
        cell.getStyleClass().add("field-cell");
        return cell;
    }

    public static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHalignment(HPos.RIGHT);
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    public static ColumnConstraints fieldColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Forms.class.getResource(name), name).toExternalForm();
    }
}
