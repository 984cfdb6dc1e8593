package duban.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work put off to the coming frame, for changes that must not add to the frame under way. */
public final class Frames {

    private Frames() {
    }

    /** Runs {@code action} once, after the layout of the scene's next frame (which it asks for). */
    public static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} once, after the scene's next frame (which it asks for) has been laid out and
     * handed to the renderer: what it changes is laid out in the frame after that one.
     */
    public static void afterNextFrame(Scene scene, Runnable action) {
        afterNextLayout(scene, () -> Platform.runLater(action));
    }
}
