package duban.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Repeats an action at a fixed interval on the FX thread: the projector's page turns, its clock
 * and the database watcher. Tests inject a manual ticker and move time on themselves.
 */
public interface Ticker {

    /** Runs {@code action} every {@code interval} until the returned handle is cancelled. */
    Cancellable every(java.time.Duration interval, Runnable action);

    /** A running repetition. */
    interface Cancellable {
        void cancel();
    }

    /** The application's ticker: a JavaFX timeline (so the action runs on the FX thread). */
    static Ticker fx() {
        return (interval, action) -> {
            Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()),
                    event -> action.run()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }
}
