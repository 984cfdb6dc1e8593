package duban.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * The board's one connection to the server, made again when it was lost: a write after the
 * network came back (or the server restarted) opens a new connection instead of failing for the
 * rest of the session. A write that failed with the connection is never retried here: it was
 * rolled back by the server, and the user's retry is checked by the item's version like any other.
 */
final class ServerConnection implements ConnectionProvider, ExecuteListener {

    private final ServerConnections server;
    private final boolean readOnly;
    private Connection current;
    /** The server process serving {@link #current}: its own NOTIFYs come with this number. */
    private volatile int backendPid;
    private volatile boolean lost;
    private int reconnections;

    ServerConnection(ServerConnections server, Connection first, boolean readOnly) throws SQLException {
        this.server = server;
        this.readOnly = readOnly;
        this.current = first;
        configure(first);
    }

    private void configure(Connection connection) throws SQLException {
        backendPid = connection.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        if (readOnly) {
            // The session's transactions are READ ONLY: the server refuses a write even if a
            // bug of ours attempted one (the read-only role's GRANTs refuse it as well).
            connection.setReadOnly(true);
        }
    }

    @Override
    public synchronized Connection acquire() {
        try {
            if (current == null || lost || current.isClosed()) {
                Connection fresh = server.open();
                configure(fresh);
                closeQuietly(current);
                current = fresh;
                lost = false;
                reconnections++;
            }
            return current;
        } catch (SQLException e) {
            // Whatever refused the new connection (a cut network, a server down or closed for
            // maintenance), for the write that needed it the connection is lost.
            throw new DataAccessException("the database server cannot be reached",
                    new SQLException("the database server cannot be reached", "08001", e));
        }
    }

    @Override
    public void release(Connection connection) {
        // kept for the next statement
    }

    /** How often the connection was made again since the board opened. */
    synchronized int reconnections() {
        return reconnections;
    }

    /**
     * The server process of the board's current connection ({@code pg_backend_pid()}); it changes
     * when the connection is made again. The change feed ignores the notifications it sent.
     */
    int backendPid() {
        return backendPid;
    }

    /** How the board's connections are made: the change feed makes its own the same way. */
    ServerConnections connections() {
        return server;
    }

    /** Whether the connection is known lost (the next statement reconnects). */
    boolean lost() {
        return lost;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        if (StoreFailures.connectionLost(ctx.sqlException())) {
            lost = true;
        }
    }

    synchronized void close() {
        closeQuietly(current);
        current = null;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a lost connection cannot be closed cleanly; it is gone either way
            }
        }
    }
}
