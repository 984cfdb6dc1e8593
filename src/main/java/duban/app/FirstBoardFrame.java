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
        // JavaFX runs a pulse only when something asks for one. When the read's flag turns after the
        // last pulse and nothing in the window changes, no pulse comes, and what waits here (the day's
        // backup among it) would wait for the next change (FirstBoardFrameTest). So a pulse is asked
        // for once the read is shown, whatever the scene does.
        if (!loading.get()) {
            Platform.requestNextPulse();
        } else {
            loading.addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable observable) {
                    if (!loading.get()) {
                        loading.removeListener(this);
                        Platform.requestNextPulse();
                    }
                }
            });
        }
    }
}
