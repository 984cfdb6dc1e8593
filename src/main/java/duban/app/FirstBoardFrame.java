package duban.app;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;

/**
 * The moment the window has laid out the board's first read, its cards or its failure: what can
 * wait (the day's first backup, the occurrences of 定期督办, the file's presence) starts then,
 * so that it does not share the two cores with the first frame. At 10,000 items the backup
 * alone is a VACUUM INTO of the whole file on the store thread.
 */
final class FirstBoardFrame {

    private FirstBoardFrame() {
    }

    /**
     * Runs {@code then} once on the FX thread, after the first frame laid out once {@code loading}
     * is false. Call it after the read began ({@code loading} true), or it runs after the next frame.
     */
    static void whenLaidOut(Scene scene, ObservableBooleanValue loading, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!loading.get()) {
                scene.removePostLayoutPulseListener(listener[0]);
                // After this pulse: the frame it laid out goes to the screen first.
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
