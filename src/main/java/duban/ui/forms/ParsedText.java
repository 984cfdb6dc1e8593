package duban.ui.forms;

import java.util.Objects;

/**
 * What a {@link ParsedTextField}'s parser makes of a text: the value it stands for, or the Chinese
 * message saying why it stands for none (empty when there is nothing to say, as for a blank
 * optional field).
 *
 * @param value the parsed value, or {@code null}
 * @param error why there is no value, in Chinese; empty when there is a value or nothing to say
 */
public record ParsedText<T>(T value, String error) {

    public ParsedText {
        Objects.requireNonNull(error, "error");
        if (value != null && !error.isEmpty()) {
            throw new IllegalArgumentException("a parsed value has no error: " + error);
        }
    }

    /** The text stands for {@code value}. */
    public static <T> ParsedText<T> of(T value) {
        return new ParsedText<>(Objects.requireNonNull(value, "value"), "");
    }

    /** The text stands for nothing, and that is fine (a blank optional field). */
    public static <T> ParsedText<T> none() {
        return new ParsedText<>(null, "");
    }

    /** The text stands for nothing because of {@code message}, in Chinese. */
    public static <T> ParsedText<T> error(String message) {
        return new ParsedText<>(null, message);
    }

    /** Whether there is a message. */
    public boolean isError() {
        return !error.isEmpty();
    }
}
