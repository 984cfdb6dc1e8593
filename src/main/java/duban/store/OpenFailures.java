package duban.store;

import duban.i18n.Messages;
import duban.store.DatabaseOpenException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** Words SQLite's refusal to open, inspect or migrate a file as the reason the user is shown. */
final class OpenFailures {

    private OpenFailures() {
    }

    /** The reason SQLite's error {@code e} about the file at {@code path} gives the user. */
    static DatabaseOpenException classify(Path path, SQLException e, FileSystemKind fileSystem) {
        SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xff);
        if (fileSystem.network() && (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED)) {
            // Another computer holds the file (its board has it open): say so, not the driver's text.
            return new DatabaseOpenException(Reason.NETWORK_FILE_IN_USE, path, e, fileSystem.description());
        }
        return switch (code) {
            case SQLITE_NOTADB -> new DatabaseOpenException(Reason.NOT_A_DATABASE, path, e);
            case SQLITE_CORRUPT -> {
                FailureLog.record("opening " + path, e);
                yield new DatabaseOpenException(Reason.CORRUPT, path, e, seeTheLog());
            }
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH ->
                    new DatabaseOpenException(Reason.UNREADABLE, path, e);
            default -> new DatabaseOpenException(Reason.FAILED, path, e, StoreFailures.describe(e));
        };
    }

    /** Where SQLite's own words about a damaged file went (they are English and technical). */
    static String seeTheLog() {
        return Messages.get("failure.seeLog", FailureLog.file());
    }
}
