package duban.editor;

import duban.app.CjkFonts;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;

/** The look shared by the editor's dialogs: stylesheets, fonts, and how a field shows its message. */
final class FormStyles {

    /** On a field whose value is invalid: a red border (editor.css). */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    static final String DIALOG = "duban-form-dialog";
    static final String FIELD_ERROR = "field-error";
    static final String FIELD_HINT = "field-hint";

    private FormStyles() {
    }

    /** The board's named colours and the editor's rules, and the CJK font, on a dialog's pane. */
    static void apply(DialogPane pane) {
        pane.getStylesheets().addAll(stylesheet("/board.css"), stylesheet("/editor.css"));
        pane.getStyleClass().add(DIALOG);
        CjkFonts.apply(pane);
    }

    /**
     * Shows {@code message} under {@code field}: the label holds the text (hidden when empty)
     * and the field gets {@code :invalid} while there is one.
     */
    static void showMessage(Node field, Label messageLabel, ObservableValue<String> message) {
        messageLabel.textProperty().bind(message);
        messageLabel.visibleProperty().bind(messageLabel.textProperty().isNotEmpty());
        message.addListener((observable, before, now) -> field.pseudoClassStateChanged(INVALID, !isEmpty(now)));
        field.pseudoClassStateChanged(INVALID, !isEmpty(message.getValue()));
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    private static String stylesheet(String name) {
        return Objects.requireNonNull(FormStyles.class.getResource(name), name).toExternalForm();
    }
}
