package duban.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The read-only connection every look at a database file or a backup goes through (its identity,
 * its item count, the copy made before a migration, the history check, the inspection before an
 * open): nothing it does can change the file, and it waits as long as the board's own writers do
 * for another process's lock.
 */
final class ReadOnlyConnections {

    private ReadOnlyConnections() {
    }

    static Connection open(Path file) throws SQLException {
        return ConnectionSettings.readOnlyConfig(FileSystemKind.LOCAL)
                .createConnection(ConnectionSettings.url(file.toAbsolutePath()));
    }

    /**
     * A connection that reads the file at {@code path} (absolute) on {@code fileSystem}. A WAL-mode
     * file is read through its -shm file; in a folder that cannot be written (a read-only share, a
     * write-protected stick) and without one, SQLite can neither create it nor read the file
     * (SQLITE_CANTOPEN). The file is then opened as immutable: without a -shm file nobody is
     * writing to it, since a writer creates one, and nobody without write access to the folder can
     * start to.
     */
    static Connection open(Path path, FileSystemKind fileSystem) throws SQLException {
        SQLiteConfig config = ConnectionSettings.readOnlyConfig(fileSystem);
        // Not on a share: there the file has a rollback journal (no -shm to tell a writer by), and
        // another computer may be writing it, so SQLite's locks must stay.
        if (fileSystem.network() || Files.isWritable(path.getParent()) || Files.exists(Path.of(path + "-shm"))) {
            return config.createConnection(ConnectionSettings.url(path));
        }
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + path.toUri() + "?immutable=1");
    }
}
