package duban.store;

import duban.i18n.Messages;
import java.nio.file.Path;

/** The database file cannot be opened as a 督办看板 database; the file has not been changed. */
public final class DatabaseOpenException extends Exception {

    /** Why the file could not be opened; each has a Chinese explanation. */
    public enum Reason {
        IS_DIRECTORY("open.isDirectory"),
        UNREADABLE("open.unreadable"),
        CANNOT_CREATE("open.cannotCreate"),
        NOT_A_DATABASE("open.notADatabase"),
        FOREIGN_DATABASE("open.foreignDatabase"),
        NEWER_SCHEMA("open.newerSchema"),
        CORRUPT("open.corrupt"),
        MIGRATION_FAILED("open.migrationFailed"),
        READ_ONLY_NEEDS_UPGRADE("open.readOnlyNeedsUpgrade"),
        READ_ONLY_NEW_FILE("open.readOnlyNewFile"),
        NETWORK_FILE_IN_USE("open.networkFileInUse"),
        FAILED("open.failed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final Path file;
    private final transient Object[] details;

    DatabaseOpenException(Reason reason, Path file, Throwable cause, Object... details) {
        super(reason + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.reason = reason;
        this.file = file;
        this.details = details;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** The cause in Chinese, for the error dialog, without the file name. */
    public String userMessage() {
        return Messages.get(reason.messageKey, details);
    }
}
