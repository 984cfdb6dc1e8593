package duban.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The read-only connection every look at a database file or a backup goes through (its identity,
 * its item count, the copy made before a migration, the history check): nothing it does can change
 * the file, and it waits as long as the board's own writers do for another process's lock.
 */
final class ReadOnlyConnections {

    /** As {@code Database}'s writers wait: long enough for another instance's transaction. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private ReadOnlyConnections() {
    }

    static Connection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
