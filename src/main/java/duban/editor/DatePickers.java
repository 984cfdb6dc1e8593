package duban.editor;

import duban.i18n.Messages;
import java.time.chrono.IsoChronology;
import javafx.beans.binding.Bindings;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Sets up the editors' DatePickers: typed dates in the office's forms, bound to a {@link DateField}. */
final class DatePickers {

    private DatePickers() {
    }

    /**
     * Binds {@code picker} to {@code field}: every keystroke reaches the field (so 保存 enables as
     * soon as a valid date is typed), a date picked in the calendar too, and text that is not a
     * date stays as typed. A date the field gets from elsewhere becomes the picker's value.
     */
    static void bind(DatePicker picker, DateField field) {
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
}
