package duban.safety;

import duban.ui.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Notices that the database file has gone from its place (a USB stick pulled out, a network
 * share dropped, the file moved away). SQLite would go on writing into the vanished file, and
 * every change after that would be lost without a word; the board turns read-only instead, and
 * says why. Checked every two seconds on the FX thread; reported once.
 */
public final class FilePresence implements AutoCloseable {

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Path file;
    private final Ticker ticker;
    private final Runnable onGone;
    private Ticker.Cancellable ticks;

    public FilePresence(Path file, Ticker ticker, Runnable onGone) {
        this.file = Objects.requireNonNull(file, "file");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.onGone = Objects.requireNonNull(onGone, "onGone");
    }

    /** Starts watching; calling it again while watching does nothing. */
    public void start() {
        if (ticks == null) {
            ticks = ticker.every(INTERVAL, this::check);
        }
    }

    /** One look: when the file is gone, stops watching and reports it. */
    void check() {
        if (!Files.isRegularFile(file)) {
            close();
            onGone.run();
        }
    }

    @Override
    public void close() {
        if (ticks != null) {
            ticks.cancel();
            ticks = null;
        }
    }
}
