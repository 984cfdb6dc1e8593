package duban.board;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;

/** {@link BoardFollowers.Timing} that only moves when the test says so: no sleeps, no wall clock. */
final class ManualTiming implements BoardFollowers.Timing {

    private long nanos;
    private final List<ManualPause> pauses = new ArrayList<>();

    private final class ManualPause implements Pause {
        final long length;
        final Runnable whenOver;
        /** When the pause ends, or -1 while it is not running. */
        long endsAt = -1;

        ManualPause(Duration length, Runnable whenOver) {
            this.length = (long) (length.toMillis() * 1_000_000L);
            this.whenOver = whenOver;
        }

        @Override
        public void playFromStart() {
            endsAt = nanos + length;
        }

        @Override
        public boolean running() {
            return endsAt >= 0;
        }
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    /** Nothing else is ever queued: runs at once. */
    @Override
    public void later(Runnable action) {
        action.run();
    }

    @Override
    public Pause pause(Duration length, Runnable whenOver) {
        ManualPause pause = new ManualPause(length, whenOver);
        pauses.add(pause);
        return pause;
    }

    /** Lets {@code millis} pass a millisecond at a time; every pause that ends on the way runs its action then. */
    void advance(long millis) {
        for (long i = 0; i < millis; i++) {
            nanos += 1_000_000L;
            for (ManualPause pause : pauses) {
                if (pause.running() && pause.endsAt <= nanos) {
                    pause.endsAt = -1;
                    pause.whenOver.run();
                }
            }
        }
    }

    /** Milliseconds since the start. */
    long millis() {
        return nanos / 1_000_000L;
    }
}
