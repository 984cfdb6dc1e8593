package duban.ui.forms;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A typed field as a view model holds it: the text the user typed, the value a parser reads in it,
 * and the Chinese message while it reads as none. Keeping the text lets a typo stay on screen with
 * its message instead of silently reverting. Properties only, no nodes: view models and their
 * tests use it without a toolkit.
 *
 * <p>Every change of the text is parsed at once and sets the value, then the error, then
 * {@link #invalidProperty() invalid}: a listener of any of them sees the new text and value.
 *
 * @param <T> the value's type, such as {@code LocalDate} or {@code DeadlineRule}
 */
public class ParsedTextField<T> {

    private final Function<String, ParsedText<T>> parser;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");

    /**
     * @param parser      reads a text (never {@code null}; maybe blank) as a value or a message
     * @param initialText the text the field starts with
     */
    public ParsedTextField(Function<String, ParsedText<T>> parser, String initialText) {
        this.parser = Objects.requireNonNull(parser, "parser");
        text.addListener((observable, before, now) -> parse(now));
        text.set(initialText == null ? "" : initialText);
        parse(text.get());
    }

    private void parse(String typed) {
        ParsedText<T> parsed = parser.apply(typed == null ? "" : typed);
        value.set(parsed.value());
        error.set(parsed.error());
        invalid.set(parsed.isError());
    }

    /** What the field shows; set by the view on every keystroke. */
    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String typed) {
        text.set(typed);
    }

    /** Whether the text is empty or only spaces. */
    public final boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    /** The value the text stands for, or {@code null} while it stands for none. */
    public final ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public final T getValue() {
        return value.get();
    }

    /** Why the text stands for no value, in Chinese; empty while it stands for one (or may be blank). */
    public final ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public final String getError() {
        return error.get();
    }

    /** Whether there is an error message. */
    public final ReadOnlyBooleanProperty invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    public final boolean isInvalid() {
        return invalid.get();
    }
}
