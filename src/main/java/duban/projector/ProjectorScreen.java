package duban.projector;

import duban.ui.WindowPlacement;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the projector opens on (issue 18), as a pure choice over the screens' bounds:
 * with two or more screens, one other than the board's, so that the board stays with the officer
 * while the meeting room sees the projector; the one remembered from last time when it is still
 * there and is not the board's; with one screen, that one.
 */
final class ProjectorScreen {

    private ProjectorScreen() {
    }

    /**
     * The index in {@code screens} (the primary first) of the projector's screen.
     *
     * @param board      the board window's bounds, or empty when there is no board window
     * @param remembered the screen the projector was last on, if any
     */
    static int choose(List<Rectangle2D> screens, Optional<Rectangle2D> board, Optional<Rectangle2D> remembered) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen");
        }
        int boardScreen = board.flatMap(window -> WindowPlacement.screenOf(window, screens)).map(screens::indexOf).orElse(0);
        if (remembered.isPresent()) {
            int index = screens.indexOf(remembered.get());
            if (index >= 0 && (index != boardScreen || screens.size() == 1)) {
                return index;
            }
        }
        for (int index = 0; index < screens.size(); index++) {
            if (index != boardScreen) {
                return index;
            }
        }
        return boardScreen;
    }
}
