package duban.projector;

import duban.ui.Ticker;

import duban.ui.TaskRunner;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Notices when another process (another instance of the application) has written the database
 * file: polls SQLite's {@code PRAGMA data_version} on the store thread and calls {@code onChange}
 * when it moved. The number changes only for commits of other connections, so the application's
 * own writes (which the board shows already) never trigger a reload.
 */
public final class DataVersionWatcher implements AutoCloseable {

    /** Often enough for "within a few seconds", rare enough to cost nothing. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private final Callable<Long> readVersion;
    private final TaskRunner tasks;
    private final Ticker ticker;
    private final Duration interval;
    private final Runnable onChange;

    private Long lastVersion;
    private boolean polling;
    private Ticker.Cancellable ticks;

    /**
     * @param readVersion reads {@code PRAGMA data_version} of the application's connection (run through {@code tasks})
     * @param onChange    called on the FX thread when another connection committed, e.g. {@code board::reload}
     */
    public DataVersionWatcher(Callable<Long> readVersion, TaskRunner tasks, Ticker ticker, Duration interval,
                              Runnable onChange) {
        this.readVersion = Objects.requireNonNull(readVersion, "readVersion");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    /**
     * A watcher polling every two seconds on the FX timeline.
     *
     * @param readVersion reads the data version of the application's connection (the store's {@code DataVersion})
     */
    public static DataVersionWatcher of(Callable<Long> readVersion, TaskRunner tasks, Runnable onChange) {
        return new DataVersionWatcher(readVersion, tasks, Ticker.fx(), DEFAULT_INTERVAL, onChange);
    }

    /** Starts polling; the first reading is the baseline. Calling it again while running does nothing. */
    public void start() {
        if (ticks != null) {
            return;
        }
        lastVersion = null;
        poll();
        ticks = ticker.every(interval, this::poll);
    }

    /** Stops polling. */
    @Override
    public void close() {
        if (ticks != null) {
            ticks.cancel();
            ticks = null;
        }
    }

    public boolean isRunning() {
        return ticks != null;
    }

    /** One reading; skipped while the previous one is still queued behind a long write. */
    void poll() {
        if (polling) {
            return;
        }
        polling = true;
        tasks.run(readVersion, this::compare, failure -> {
            polling = false;
            System.getLogger(DataVersionWatcher.class.getName())
                    .log(System.Logger.Level.DEBUG, "reading data_version failed", failure);
        });
    }

    private void compare(Long version) {
        polling = false;
        Long previous = lastVersion;
        lastVersion = version;
        if (previous != null && !previous.equals(version) && ticks != null) {
            onChange.run();
        }
    }
}
