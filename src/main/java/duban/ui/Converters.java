package duban.ui;

import duban.domain.Labeled;
import java.util.function.Function;
import javafx.util.StringConverter;

/** How choice controls show their values: by a name, with a word for no choice. Display only. */
public final class Converters {

    private Converters() {
    }

    /** Shows each value by {@code label}, and {@code none} for {@code null}; the lists are not editable. */
    public static <T> StringConverter<T> showing(Function<T, String> label, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        };
    }

    /** Shows each value by its Chinese label (事项来源, 督办类别, 纸张 …). */
    public static <T extends Labeled> StringConverter<T> labels() {
        return showing(Labeled::label, "");
    }
}
