package duban.store;

import duban.i18n.Messages;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What a failed read or write says to the user: the cause in the office's words (磁盘已满, 文件只读
 * …), never the SQL statement or a driver's English. Unknown causes keep their own short text.
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    /** One Chinese phrase for {@code failure}, without SQL. */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return describe(sqlite.getResultCode(), sqlite.getMessage());
            }
            if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() != 0) {
                return describe(SQLiteErrorCode.getErrorCode(sql.getErrorCode()), sql.getMessage());
            }
        }
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }

    private static String describe(SQLiteErrorCode code, String driverText) {
        int primary = code == null ? -1 : code.code & 0xff;
        return switch (primary) {
            case 13 -> Messages.get("store.failure.full");          // SQLITE_FULL
            case 10 -> Messages.get("store.failure.io");            // SQLITE_IOERR
            case 8 -> Messages.get("store.failure.readOnly");       // SQLITE_READONLY
            case 5, 6 -> Messages.get("store.failure.busy");        // SQLITE_BUSY, SQLITE_LOCKED
            case 11, 26 -> Messages.get("store.failure.corrupt");   // SQLITE_CORRUPT, SQLITE_NOTADB
            case 14 -> Messages.get("store.failure.cannotOpen");    // SQLITE_CANTOPEN
            default -> Messages.get("store.failure.other", shortReason(driverText));
        };
    }

    /** The driver's reason without its "[SQLITE_…]" prefix or the statement. */
    private static String shortReason(String driverText) {
        if (driverText == null) {
            return "";
        }
        // "[SQLITE_X] General sentence (the reason)": the reason, which may hold parentheses itself.
        String text = driverText.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        return open >= 0 && close > open ? text.substring(open + 1, close).strip() : text.strip();
    }
}
