package duban.app;

import duban.domain.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
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
final class BoardFollowers {

    static final Duration QUIET = Duration.millis(150);
    static final Duration AT_MOST = Duration.millis(600);

    private final ObservableValue<List<Item>> items;
    private final List<Consumer<List<Item>>> followers = new ArrayList<>();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final LongSupplier nanoTime;
    /** When the oldest change not yet passed on was made, or -1. */
    private long pendingSince = -1;

    /** Follows {@code items}, the board's items ({@code BoardViewModel.itemsProperty()}). */
    BoardFollowers(ObservableValue<List<Item>> items) {
        this(items, System::nanoTime);
    }

    BoardFollowers(ObservableValue<List<Item>> items, LongSupplier nanoTime) {
        this.items = items;
        this.nanoTime = nanoTime;
        quiet.setOnFinished(event -> passOn());
        items.addListener((observable, old, now) -> changed());
    }

    /** Adds a follower; it hears of the board's next change (and of none before). */
    void add(Consumer<List<Item>> follower) {
        followers.add(follower);
    }

    private void changed() {
        long now = nanoTime.getAsLong();
        if (pendingSince < 0) {
            pendingSince = now;
        }
        // Never passed on here, in the change's own frame: past AT_MOST - QUIET the running
        // pause is left to end (at most AT_MOST after the first change) instead of restarted.
        boolean overdue = now - pendingSince >= (long) (AT_MOST.toMillis() - QUIET.toMillis()) * 1_000_000L;
        if (!overdue || quiet.getStatus() != Animation.Status.RUNNING) {
            quiet.playFromStart();
        }
    }

    private void passOn() {
        pendingSince = -1;
        List<Item> now = items.getValue();
        for (Consumer<List<Item>> follower : followers) {
            follower.accept(now);
        }
    }
}
