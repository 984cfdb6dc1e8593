package duban.store;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;

/**
 * How every connection to a database file is set up, through SQLiteConfig rather than URL keys:
 * the board's writer, migration's own writers, and the read-only looks before and beside them.
 */
final class ConnectionSettings {

    /** How long a writer waits for another process's lock before SQLITE_BUSY reaches us. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /**
     * How long opening a file on a network share waits for another computer's lock: there the
     * lock is held for the other board's whole session, so waiting longer would not help.
     */
    static final int NETWORK_OPEN_WAIT_MILLIS = 3_000;

    private ConnectionSettings() {
    }

    static String url(Path path) {
        return "jdbc:sqlite:" + path;
    }

    /**
     * The settings of every writing connection.
     *
     * <p>On a local disk: WAL (readers never wait for the writer; another window or program may
     * write the same file, see the README), every commit synced. On a network share WAL would corrupt the file (its
     * index lives in shared memory, which two computers do not share): a rollback journal, every
     * commit synced (FULL: with a rollback journal, NORMAL can corrupt the file at a power cut),
     * and the board's connection ({@code board}) holds the file exclusively, so that one computer
     * at a time has it open. Migration runs before that, on connections of its own, with normal
     * locking.
     */
    static SQLiteConfig writableConfig(FileSystemKind fileSystem, boolean board) {
        SQLiteConfig config = new SQLiteConfig();
        if (fileSystem.network()) {
            config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            if (board) {
                config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            }
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL syncs the WAL at every commit, so a change the board reports saved survives a
            // power cut too (NORMAL would lose those since the last checkpoint). It costs an fsync
            // per change, a few milliseconds on the store thread (README, Performance, measure 3).
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Take the write lock at BEGIN: with DEFERRED, two writers upgrading a read lock
        // deadlock and one gets SQLITE_BUSY at once, busy timeout or not.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /** The settings of a connection that changes nothing; on a share it waits less for a lock. */
    static SQLiteConfig readOnlyConfig(FileSystemKind fileSystem) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(fileSystem.network() ? NETWORK_OPEN_WAIT_MILLIS : BUSY_TIMEOUT_MILLIS);
        return config;
    }
}
