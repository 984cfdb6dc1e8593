package duban.domain;


import duban.i18n.Messages;

/** A backup could not be restored (damaged, not ours, too new); the current data is untouched. */
public final class RestoreException extends RuntimeException {

    private final transient Backup backup;
    private final String reason;

    public RestoreException(Backup backup, String reason, Throwable cause) {
        super("cannot restore " + backup.file() + ": " + reason, cause);
        this.backup = backup;
        this.reason = reason;
    }

    public Backup backup() {
        return backup;
    }

    /** The Chinese message for the user. */
    public String userMessage() {
        return Messages.get("backup.restoreRefused", backup.file().getFileName(), reason);
    }
}
