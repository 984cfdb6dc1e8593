package duban.details;

import java.util.Objects;

/**
 * One row of the panel's field table.
 *
 * @param key   the field's name in code ({@code owner}, {@code deadline} …), for node ids
 * @param label the office's word for it, e.g. 牵头单位
 * @param value the text shown, never empty
 */
public record DetailField(String key, String label, String value) {

    public DetailField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
