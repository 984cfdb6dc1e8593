package duban.domain;

import duban.i18n.Messages;

/** An enumeration whose constants have a Chinese label under {@code <prefix>.<CONSTANT>} in the bundle. */
public interface Labeled {

    /** The bundle key prefix, such as {@code status}. */
    String labelPrefix();

    /** The constant's name, which is also its code in the database file. */
    String name();

    /** The Chinese label shown to users, such as 办理中. */
    default String label() {
        return Messages.get(labelPrefix() + "." + name());
    }
}
