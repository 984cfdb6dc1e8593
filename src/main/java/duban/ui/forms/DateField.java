package duban.ui.forms;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A date as a view model holds it: the text the user typed, and the date it stands for. Keeping
 * the text lets a mistyped date stay on screen with its message instead of silently reverting.
 */
public final class DateField {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ReadOnlyBooleanWrapper malformed = new ReadOnlyBooleanWrapper(this, "malformed");

    public DateField(LocalDate initial) {
        text.addListener((observable, before, now) -> parse(now));
        text.set(DateText.format(initial));
        parse(text.get());
    }

    /** Sets the date, then whether the text is malformed: listeners of the date see the new text and date. */
    private void parse(String typed) {
        LocalDate parsed = DateText.parse(typed).orElse(null);
        date.set(parsed);
        malformed.set(parsed == null && typed != null && !typed.isBlank());
    }

    /** What the field shows; set by the view on every keystroke. */
    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** The date the text stands for, or {@code null} when the text is blank or not a date. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public LocalDate getDate() {
        return date.get();
    }

    /** Shows {@code value} in its display form (2026-12-31). */
    public void setDate(LocalDate value) {
        text.set(DateText.format(value));
    }

    public boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    /** Whether there is text that is not a date. */
    public ReadOnlyBooleanProperty malformedProperty() {
        return malformed.getReadOnlyProperty();
    }

    public boolean isMalformed() {
        return malformed.get();
    }
}
