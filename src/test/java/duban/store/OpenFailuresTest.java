package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.store.DatabaseOpenException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;

/** SQLite's error codes become the reason the user is told. */
class OpenFailuresTest {

    private static final Path FILE = Path.of("/nowhere/office.db");
    private static final FileSystemKind SHARE = new FileSystemKind(true, "cifs");

    @Test
    void aLockOnAShareIsAnotherComputerUsingTheFile() {
        assertThat(reason(SQLiteErrorCode.SQLITE_BUSY, SHARE)).isEqualTo(Reason.NETWORK_FILE_IN_USE);
        assertThat(reason(SQLiteErrorCode.SQLITE_LOCKED, SHARE)).isEqualTo(Reason.NETWORK_FILE_IN_USE);
        assertThat(reason(SQLiteErrorCode.SQLITE_BUSY, FileSystemKind.LOCAL)).isEqualTo(Reason.FAILED);
    }

    @Test
    void eachKindOfRefusalHasItsReason() {
        assertThat(reason(SQLiteErrorCode.SQLITE_NOTADB, FileSystemKind.LOCAL)).isEqualTo(Reason.NOT_A_DATABASE);
        assertThat(reason(SQLiteErrorCode.SQLITE_CANTOPEN, FileSystemKind.LOCAL)).isEqualTo(Reason.UNREADABLE);
        assertThat(reason(SQLiteErrorCode.SQLITE_READONLY, FileSystemKind.LOCAL)).isEqualTo(Reason.UNREADABLE);
        assertThat(reason(SQLiteErrorCode.SQLITE_CORRUPT, FileSystemKind.LOCAL)).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void anExtendedCodeCountsAsItsPrimaryCode() {
        int busySnapshot = SQLiteErrorCode.SQLITE_BUSY.code | (2 << 8);
        SQLException e = new SQLException("busy", null, busySnapshot);
        assertThat(OpenFailures.classify(FILE, e, SHARE).reason()).isEqualTo(Reason.NETWORK_FILE_IN_USE);
    }

    private static Reason reason(SQLiteErrorCode code, FileSystemKind fileSystem) {
        return OpenFailures.classify(FILE, new SQLException(code.message, null, code.code), fileSystem).reason();
    }
}
