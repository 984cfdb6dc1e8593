package duban.board;

import duban.domain.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Tells the panels that follow the board (单位统计, 今日待催办, the filter's choices, an open
 * ledger) of the board's changes once the board has been still for {@link #QUIET}, not inside
 * the frame of the drop or the edit that changed it. Each of them goes over every item on the
 * board; at 10,000 items together they took longer than a frame, twice per drop (the card's
 * provisional place and the saved item). A stream of changes still reaches them at least every
 * {@link #AT_MOST}.
 */
public final class BoardFollowers {

    static final Duration QUIET = Duration.millis(150);
    static final Duration AT_MOST = Duration.millis(600);
    /**
     * How long after a change the followers are not told of it even when their wait is over: a
     * wait that ends in the frame of a change (a stream of drops keeps the quiet wait from being
     * restarted past AT_MOST) would add their work to that frame. They are told once this has
     * passed, waiting at most once per telling, so that AT_MOST still holds.
     */
    static final Duration SETTLE = Duration.millis(50);

    private final ObservableValue<List<Item>> items;
    private final List<Consumer<List<Item>>> followers = new ArrayList<>();
    private final Timing timing;
    private final Timing.Pause quiet;
    private final Timing.Pause settle;
    /** When the oldest change not yet passed on was made, or -1. */
    private long pendingSince = -1;
    /** When the latest change was made. */
    private long lastChange;

    /** Follows {@code items}, the board's items ({@code BoardViewModel.itemsProperty()}). */
    public BoardFollowers(ObservableValue<List<Item>> items) {
        this(items, Timing.FX);
    }

    /** Follows {@code items}, waiting with {@code timing} (tests pass one they move on themselves). */
    BoardFollowers(ObservableValue<List<Item>> items, Timing timing) {
        this.items = items;
        this.timing = timing;
        this.quiet = timing.pause(QUIET, this::passOnOnceSettled);
        this.settle = timing.pause(SETTLE, this::passOn);
        items.addListener((observable, old, now) -> changed());
    }

    /** Adds a follower; it hears of the board's next change (and of none before). */
    public void add(Consumer<List<Item>> follower) {
        followers.add(follower);
    }

    private void changed() {
        long now = timing.nanoTime();
        lastChange = now;
        if (pendingSince < 0) {
            pendingSince = now;
        }
        if (settle.running()) {
            return; // told once the settling ends, at most SETTLE from now
        }
        // Never passed on here, in the change's own frame: past AT_MOST - QUIET - SETTLE the
        // running pause is left to end (then at most SETTLE more: at most AT_MOST after the first
        // change) instead of restarted.
        long overdueAfter = (long) (AT_MOST.toMillis() - QUIET.toMillis() - SETTLE.toMillis()) * 1_000_000L;
        boolean overdue = now - pendingSince >= overdueAfter;
        if (!overdue || !quiet.running()) {
            quiet.playFromStart();
        }
    }

    /**
     * The quiet wait is over: the followers are told once what is already queued has run (a drop
     * whose move is queued behind its mouse release changes the board first), and then only when
     * the latest change is SETTLE old; else once SETTLE has passed.
     */
    private void passOnOnceSettled() {
        timing.later(() -> {
            if (timing.nanoTime() - lastChange < (long) SETTLE.toMillis() * 1_000_000L) {
                settle.playFromStart();
            } else {
                passOn();
            }
        });
    }

    private void passOn() {
        pendingSince = -1;
        List<Item> now = items.getValue();
        for (Consumer<List<Item>> follower : followers) {
            follower.accept(now);
        }
    }

    /** The clock and the timer the followers wait with: JavaFX's in the application. */
    interface Timing {

        /** The application's: {@link System#nanoTime()} and a {@link PauseTransition} on the FX thread. */
        Timing FX = new Timing() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void later(Runnable action) {
                Platform.runLater(action);
            }

            @Override
            public Pause pause(Duration length, Runnable whenOver) {
                PauseTransition pause = new PauseTransition(length);
                pause.setOnFinished(event -> whenOver.run());
                return new Pause() {
                    @Override
                    public void playFromStart() {
                        pause.playFromStart();
                    }

                    @Override
                    public boolean running() {
                        return pause.getStatus() == Animation.Status.RUNNING;
                    }
                };
            }
        };

        /** Now, in nanoseconds from an arbitrary origin (only differences count). */
        long nanoTime();

        /** A pause of {@code length} that runs {@code whenOver} when it ends. */
        Pause pause(Duration length, Runnable whenOver);

        /** Runs {@code action} after what is already queued to run (on the FX thread: its event queue). */
        void later(Runnable action);

        /** A one-shot wait; starting it again starts the wait over. */
        interface Pause {
            void playFromStart();

            boolean running();
        }
    }
}
