package duban.board;

import duban.i18n.Messages;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 只读模式: whether the board may change the file, and why not. Looking, filtering, the ledger,
 * exports and the projector still work; every change is refused with the reason.
 */
final class ReadOnlyMode {

    /** Why the board cannot be changed, or {@code null} when it can. */
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "readOnlyReason");

    void set(String why) {
        reason.set(why);
    }

    boolean isOn() {
        return reason.get() != null;
    }

    ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The message that refuses a change, with the reason; empty when changes are allowed. */
    Optional<String> refusal() {
        return isOn() ? Optional.of(Messages.get("readOnly.refused", reason.get())) : Optional.empty();
    }
}
