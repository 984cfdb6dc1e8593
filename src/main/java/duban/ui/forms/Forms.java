package duban.ui.forms;

import duban.ui.CjkFonts;
import duban.ui.StyleClasses;
import duban.i18n.Messages;
import java.time.chrono.IsoChronology;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * What every form shares, in one look (editor.css): the dialog pane's stylesheets and font, a
 * field's message line under it with the {@code :invalid} mark, and Chinese date entry. The forms'
 * static layout (labels with the red * of required fields, field cells) is in their FXML files,
 * loaded with {@link duban.ui.Fxml}.
 */
public final class Forms {

    /** On a field whose value is invalid: a red border (editor.css). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");


    private Forms() {
    }

    /**
     * The board's named colours, the editor's rules and any further stylesheets (class-path
     * names such as {@code /workflow.css}), and the CJK font, on a dialog's pane.
     */
    public static void apply(DialogPane pane, String... moreStylesheets) {
        pane.getStylesheets().addAll(stylesheet("/theme.css"), stylesheet("/editor.css"));
        for (String name : moreStylesheets) {
            pane.getStylesheets().add(stylesheet(name));
        }
        pane.getStyleClass().add(StyleClasses.FORM_DIALOG);
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




    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(Forms.class.getResource(name), name).toExternalForm();
    }
}
