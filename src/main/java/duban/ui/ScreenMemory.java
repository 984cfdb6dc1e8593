package duban.ui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** A screen a window remembers (by its bounds): the projector's, for the next meeting (issue 18). */
public interface ScreenMemory {

    /** The remembered screen's bounds; empty when none is remembered. */
    Optional<Rectangle2D> remembered();

    /** Remembers {@code screen} for the next time. */
    void remember(Rectangle2D screen);

    /** Remembers nothing. */
    static ScreenMemory none() {
        return new ScreenMemory() {
            @Override
            public Optional<Rectangle2D> remembered() {
                return Optional.empty();
            }

            @Override
            public void remember(Rectangle2D screen) {
                // nothing is kept
            }
        };
    }
}
