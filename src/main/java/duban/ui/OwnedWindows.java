package duban.ui;

import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Windows kept one per owner (the board window): asked again, the same window is shown again or
 * brought to the front, keeping its size, place and choices.
 */
public final class OwnedWindows {

    private OwnedWindows() {
    }

    /**
     * Shows the window {@code owner} keeps under {@code key}, or the one {@code create} makes (then
     * kept for next time); returns it. Without an owner a new window is made each time.
     */
    public static Stage showOne(Window owner, String key, Supplier<Stage> create) {
        if (owner != null && owner.getProperties().get(key) instanceof Stage open) {
            open.show();
            open.toFront();
            return open;
        }
        Stage stage = create.get();
        if (owner != null) {
            // Closed, the window is only hidden: shown again, it keeps its size, place and scope.
            owner.getProperties().put(key, stage);
        }
        stage.show();
        return stage;
    }
}
