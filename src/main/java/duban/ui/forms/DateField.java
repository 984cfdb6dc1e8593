package duban.ui.forms;

import duban.i18n.Messages;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * A date as a view model holds it: the text the user typed, and the date it stands for
 * ({@link DateText}). A blank text is no date and no error: whether a date is required is the
 * form's rule ({@link FieldRules#pastDate}).
 */
public final class DateField extends ParsedTextField<LocalDate> {

    public DateField(LocalDate initial) {
        super(DateField::read, DateText.format(initial));
    }

    /** A blank text is no date and no message; any other text is a date or a format message. */
    static ParsedText<LocalDate> read(String typed) {
        if (typed.isBlank()) {
            return ParsedText.none();
        }
        return DateText.parse(typed).map(ParsedText::of)
                .orElseGet(() -> ParsedText.error(Messages.get("editor.error.dateFormat")));
    }

    /** The date the text stands for, or {@code null} when the text is blank or not a date. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return valueProperty();
    }

    public LocalDate getDate() {
        return getValue();
    }

    /** Shows {@code value} in its display form (2026-12-31). */
    public void setDate(LocalDate value) {
        setText(DateText.format(value));
    }

    /** Whether there is text that is not a date. */
    public ReadOnlyBooleanProperty malformedProperty() {
        return invalidProperty();
    }

    public boolean isMalformed() {
        return isInvalid();
    }
}
