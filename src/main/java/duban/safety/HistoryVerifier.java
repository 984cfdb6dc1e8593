package duban.safety;

import duban.safety.EventChain.Content;
import duban.safety.EventChain.Stored;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * 校验台账 and {@code --verify}: reads the event log of a file read-only, with plain SQL, and checks
 * its hash chain ({@link EventChain}), and that the newest backup's log is still its beginning.
 * Needs the {@code item_event.hash} column of the proposed schema version 3.
 */
public final class HistoryVerifier {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private HistoryVerifier() {
    }

    /** The verdict on {@code file}'s log, and on the newest backup's log as its beginning. */
    public record Report(EventChain.Verdict chain, Optional<Path> backup, Optional<Long> differsFromBackupAt) {

        public boolean intact() {
            return chain.intact() && differsFromBackupAt.isEmpty();
        }
    }

    /** A file that is not a database of ours: the message says so, the file was not touched. */
    public static final class NotADatabaseException extends Exception {
        public NotADatabaseException(Path file, String why) {
            super(file + ": " + why);
        }
    }

    /**
     * Verifies {@code file} without writing to it (refused first when it does not even start like
     * an SQLite file, so SQLite never opens it).
     */
    public static Report verify(Path file) throws NotADatabaseException {
        requireSqliteHeader(file);
        List<Stored> log = readLog(file);
        EventChain.Verdict verdict = EventChain.verify(log);
        Optional<Path> newestBackup = newestBackup(file);
        Optional<Long> difference = Optional.empty();
        if (newestBackup.isPresent()) {
            try {
                difference = EventChain.firstDifference(readLog(newestBackup.get()), log);
            } catch (NotADatabaseException unreadableBackup) {
                newestBackup = Optional.empty(); // a damaged backup says nothing about the file
            }
        }
        return new Report(verdict, newestBackup, difference);
    }

    /** Every event of {@code file}, by id, with its stored hash. */
    static List<Stored> readLog(Path file) throws NotADatabaseException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        List<Stored> log = new ArrayList<>();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            // Before schema version 3 there is no hash column: every event then counts as unsealed.
            String hash = hasHashColumn(statement) ? "hash" : "NULL";
            ResultSet rows = statement.executeQuery("SELECT id, item_id, at, kind, from_status, to_status,"
                    + " from_position, to_position, changes, note, " + hash + " FROM item_event ORDER BY id");
            while (rows.next()) {
                log.add(new Stored(new Content(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), real(rows, 7), real(rows, 8), rows.getString(9),
                        rows.getString(10)),
                        rows.getString(11)));
            }
        } catch (SQLException e) {
            throw new NotADatabaseException(file, e.getMessage());
        }
        return log;
    }

    private static boolean hasHashColumn(Statement statement) throws SQLException {
        try (ResultSet columns = statement.executeQuery("PRAGMA table_info(item_event)")) {
            while (columns.next()) {
                if ("hash".equals(columns.getString("name"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Double real(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static void requireSqliteHeader(Path file) throws NotADatabaseException {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new NotADatabaseException(file, "not an SQLite database");
            }
        } catch (IOException e) {
            throw new NotADatabaseException(file, e.getMessage());
        }
    }

    private static Optional<Path> newestBackup(Path file) {
        try {
            return BackupNames.list(BackupNames.folderFor(file)).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
