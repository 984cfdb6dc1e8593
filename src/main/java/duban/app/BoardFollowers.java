package duban.app;

import duban.board.BoardViewModel;
import duban.domain.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
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

    private final BoardViewModel board;
    private final List<Consumer<List<Item>>> followers = new ArrayList<>();
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final LongSupplier nanoTime;
    /** When the oldest change not yet passed on was made, or -1. */
    private long pendingSince = -1;

    BoardFollowers(BoardViewModel board) {
        this(board, System::nanoTime);
    }

    BoardFollowers(BoardViewModel board, LongSupplier nanoTime) {
        this.board = board;
        this.nanoTime = nanoTime;
        quiet.setOnFinished(event -> passOn());
        board.itemsProperty().addListener((observable, old, items) -> changed());
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
        if (!overdue || quiet.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            quiet.playFromStart();
        }
    }

    private void passOn() {
        pendingSince = -1;
        List<Item> items = board.itemsProperty().get();
        for (Consumer<List<Item>> follower : followers) {
            follower.accept(items);
        }
    }
}
