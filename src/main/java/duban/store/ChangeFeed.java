package duban.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What other PCs commit on the shared database, as the server announces it: the migrations'
 * triggers {@code NOTIFY duban_changes} at commit (never for a rollback), and one dedicated
 * connection, on a daemon thread of its own, {@code LISTEN}s. The JDBC driver hands notifications
 * over only while that connection is read, so the thread waits in
 * {@link PGConnection#getNotifications(int)}; nothing polls the data.
 *
 * <p>The board's own writes are not reported (it shows them already): a notification carries the
 * server process that sent it, compared with the board connection's current one. A commit after a
 * quiet spell is reported at once; a burst (an import, several PCs at once) reaches the listener
 * as one {@link Changes} at most every {@link #COALESCE}. When the listening connection is lost (network,
 * server restart) the listener hears {@link Listener#offline} once; the feed tries again, one
 * second after the loss and then less often, up to every five seconds, and once listening again
 * reports {@link Listener#online} and one change that asks for a full read, since what was
 * committed meanwhile was not announced to it.
 */
public final class ChangeFeed implements AutoCloseable {

    /** The channel the migrations' triggers notify on. */
    public static final String CHANNEL = "duban_changes";
    /** The listener hears at most one {@link Changes} per this time: a burst is reported together. */
    public static final Duration COALESCE = Duration.ofMillis(150);
    /**
     * How long the first notification after a quiet spell waits for the rest of its commit (a
     * commit's notifications come together, but may be split across network packets).
     */
    static final Duration GATHER = Duration.ofMillis(10);
    /** The first wait before listening again after a loss; doubled each time up to {@link #LONGEST_RETRY}. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    /**
     * How long the connection may stay silent before it is asked whether it still lives: a cut
     * network sends no word, and TCP's keep-alive would notice only after hours.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** How long a heartbeat waits for the server's answer. */
    static final int HEARTBEAT_TIMEOUT_SECONDS = 5;
    /** How long one read waits when nothing is pending, so that {@link #close()} is noticed. */
    private static final int IDLE_WAIT_MILLIS = 1000;
    private static final String EVENT_PREFIX = "event:";

    /** Hears of changes and of the connection's state; called on the feed's own thread. */
    public interface Listener {

        /** Other connections committed {@code changes} (or, after a loss, possibly anything). */
        void changed(Changes changes);

        /** The server cannot be heard since {@code since}; the feed keeps trying. */
        void offline(Instant since);

        /**
         * The feed listens again; a {@link Changes#missedWhileOffline()} change follows at once (as it
         * does, without this call, when the feed first begins to listen).
         */
        void online(Instant at);
    }

    /** One item's event, as its {@code item_event} row announced it ({@code event:<item_id>:<kind>}). */
    public record ItemChange(long itemId, String kind) {
    }

    /**
     * What changed in one burst: the items' events, the tables changed by statements (item, unit,
     * setting, …), and whether changes may have been missed (the feed was offline, or has just begun
     * listening, after the board's first read): then read all.
     */
    public record Changes(Set<ItemChange> items, Set<String> tables, boolean missedWhileOffline) {

        public Changes {
            items = Set.copyOf(items);
            tables = Set.copyOf(tables);
        }

        static Changes missed() {
            return new Changes(Set.of(), Set.of(), true);
        }
    }

    private final ServerConnections connections;
    private final IntSupplier ownBackendPid;
    private final Listener listener;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;

    ChangeFeed(ServerConnections connections, IntSupplier ownBackendPid, Listener listener, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.ownBackendPid = Objects.requireNonNull(ownBackendPid, "ownBackendPid");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = new Thread(this::run, "duban-change-feed");
        thread.setDaemon(true);
    }

    /**
     * Starts listening for what other connections commit to {@code database}, which must be on a
     * server; the board's own writes are left out.
     */
    public static ChangeFeed start(Database database, Listener listener) {
        ServerConnection board = database.serverConnection();
        if (board == null) {
            throw new IllegalArgumentException("a change feed needs a database on a server, not a file");
        }
        ChangeFeed feed = new ChangeFeed(board.connections(), board::backendPid, listener, Clock.systemDefaultZone());
        feed.thread.start();
        return feed;
    }

    /** Whether the feed is listening now (for tests that must not write before it does). */
    public boolean listening() {
        return listening;
    }

    /** Stops listening; the thread ends within a second. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        Instant offlineSince = null;
        boolean everListened = false;
        while (!closed) {
            try (Connection connection = connections.openForListening()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                retry = FIRST_RETRY;
                if (offlineSince != null) {
                    offlineSince = null;
                    listener.online(clock.instant());
                    listener.changed(Changes.missed());
                } else if (!everListened) {
                    // The board was read before this LISTEN: what another PC committed in between
                    // (the window's first seconds) was announced to nobody. One full read covers it.
                    listener.changed(Changes.missed());
                }
                everListened = true;
                listen(connection);
            } catch (SQLException | RuntimeException lost) {
                listening = false;
                if (closed) {
                    return;
                }
                if (offlineSince == null) {
                    offlineSince = clock.instant();
                    listener.offline(offlineSince);
                }
                if (!pause(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            }
        }
        listening = false;
    }

    /** Reads notifications until the connection fails (it throws) or the feed is closed (it returns). */
    private void listen(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        Burst burst = new Burst();
        long lastHeard = System.nanoTime();
        while (!closed) {
            int wait = burst.isEmpty() ? IDLE_WAIT_MILLIS
                    : (int) Math.max(1, Duration.ofNanos(burst.dueAt - System.nanoTime()).toMillis());
            PGNotification[] arrived = notifications.getNotifications(wait);
            long now = System.nanoTime();
            if (arrived != null && arrived.length > 0) {
                lastHeard = now;
                int own = ownBackendPid.getAsInt();
                for (PGNotification notification : arrived) {
                    if (CHANNEL.equals(notification.getName()) && notification.getPID() != own) {
                        burst.add(notification.getParameter(), now);
                    }
                }
            }
            if (!burst.isEmpty() && now - burst.dueAt >= 0) {
                listener.changed(burst.take());
            }
            if (now - lastHeard > HEARTBEAT.toNanos()) {
                if (!connection.isValid(HEARTBEAT_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection no longer answers", "08006");
                }
                lastHeard = now;
            }
        }
    }

    /** Waits {@code duration}; false when the feed was closed meanwhile. */
    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** The notifications gathered since the first of a burst, and when to report them. */
    private static final class Burst {
        private final Set<ItemChange> items = new LinkedHashSet<>();
        private final Set<String> tables = new LinkedHashSet<>();
        private long dueAt;
        /** When the last burst was reported: the next waits until {@link #COALESCE} after it. */
        private long lastReported = System.nanoTime() - COALESCE.toNanos();

        boolean isEmpty() {
            return items.isEmpty() && tables.isEmpty();
        }

        void add(String payload, long now) {
            if (isEmpty()) {
                // Reported at once after a quiet spell; in a busy spell once per COALESCE.
                dueAt = Math.max(now + GATHER.toNanos(), lastReported + COALESCE.toNanos());
            }
            if (payload.startsWith(EVENT_PREFIX)) {
                String[] parts = payload.substring(EVENT_PREFIX.length()).split(":", 2);
                try {
                    items.add(new ItemChange(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : ""));
                    return;
                } catch (NumberFormatException notOurs) {
                    // announced by something else on our channel: still a change, by its name
                }
            }
            tables.add(payload);
        }

        Changes take() {
            lastReported = System.nanoTime();
            Changes changes = new Changes(items, tables, false);
            items.clear();
            tables.clear();
            return changes;
        }
    }
}
