package duban.ledger.importing;

/** The file cannot be imported at all (unreadable, not a spreadsheet); the message is Chinese. */
public final class ImportFileException extends Exception {

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ImportFileException(String message) {
        super(message);
    }
}
