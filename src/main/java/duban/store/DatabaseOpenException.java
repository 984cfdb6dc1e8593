package duban.store;

import duban.i18n.Messages;
import java.nio.file.Path;

/**
 * The database (a file, or a database on a server) cannot be opened as a 督办看板 database; it has
 * not been changed.
 */
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
        SERVER_UNREACHABLE("server.unreachable"),
        SERVER_LOGIN_FAILED("server.loginFailed"),
        SERVER_PASSWORD_NEEDED("server.passwordNeeded"),
        SERVER_NOT_ALLOWED("server.notAllowed"),
        SERVER_DATABASE_MISSING("server.databaseMissing"),
        SERVER_BUSY("server.busy"),
        SERVER_TOO_OLD("server.tooOld"),
        SERVER_NOT_SET_UP("server.notSetUp"),
        SERVER_NEEDS_UPGRADE("server.needsUpgrade"),
        SERVER_TLS_FAILED("server.tlsFailed"),
        SERVER_FOREIGN_DATABASE("server.foreignDatabase"),
        SERVER_NEWER_SCHEMA("server.newerSchema"),
        FAILED("open.failed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final Path file;
    /** The file's path, or the server's address (without a password), as the user is shown it. */
    private final String where;
    private final transient Object[] details;

    DatabaseOpenException(Reason reason, Path file, Throwable cause, Object... details) {
        this(reason, file, String.valueOf(file), cause, details);
    }

    /** A server's refusal: {@code where} is its address as the board shows it. */
    DatabaseOpenException(Reason reason, String where, Throwable cause, Object... details) {
        this(reason, null, where, cause, details);
    }

    private DatabaseOpenException(Reason reason, Path file, String where, Throwable cause, Object... details) {
        super(reason + ": " + where + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.reason = reason;
        this.file = file;
        this.where = where;
        this.details = details;
    }

    /** Whether a login dialog can help: the server wants a password, or refused the one given. */
    public boolean needsPassword() {
        return reason == Reason.SERVER_PASSWORD_NEEDED || reason == Reason.SERVER_LOGIN_FAILED;
    }

    /** The file's path or the server's address, as the error dialog names it. */
    public String where() {
        return where;
    }

    public Reason reason() {
        return reason;
    }

    /** The file, or {@code null} when a server refused. */
    public Path file() {
        return file;
    }

    /** The cause in Chinese, for the error dialog, without the file name. */
    public String userMessage() {
        return Messages.get(reason.messageKey, details);
    }
}
