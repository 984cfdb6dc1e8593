package duban.ui.forms;


import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * The DatePickers' converter: reads every form {@link DateText} accepts, shows 2026-12-31.
 *
 * <p>Text that is not a date converts to the picker's current value, the very same instance:
 * DatePicker commits on focus loss with {@code setValue(fromString(text))}, and an unchanged
 * value leaves the typed text on screen (with its message) instead of clearing or reverting it.
 */
public final class DateConverter extends StringConverter<LocalDate> {

    private final Supplier<LocalDate> currentValue;

    public DateConverter(Supplier<LocalDate> currentValue) {
        this.currentValue = currentValue;
    }

    @Override
    public String toString(LocalDate date) {
        return DateText.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateText.parse(text).orElseGet(currentValue);
    }
}
