package duban.store;



import duban.domain.EventChain;

import duban.domain.EventChain.Content;
import duban.domain.EventChain.Stored;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 校验台账 and {@code --verify}: reads a file read-only (or a server's database, see
 * {@link #verify(Database, Optional)}), with plain SQL: runs SQLite's
 * {@code PRAGMA integrity_check}, checks the hash chain of the event log ({@link EventChain}), that
 * every item equals the replay of its history ({@link StateReplay}), that every attachment's bytes
 * are the ones its history recorded ({@link AttachmentCheck}), and that the newest of the
 * file's own backups' log is still its beginning.
 * The file is never written: it is refused before SQLite opens it when it does not even start
 * like an SQLite file, and read through a read-only connection otherwise. (Reading a closed
 * WAL-mode file leaves an empty {@code -wal} and its {@code -shm} index beside it, as the sqlite3
 * shell does; they are not removed, since another process may open the file meanwhile.)
 */
public final class HistoryVerifier {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private HistoryVerifier() {
    }

    /**
     * The verdict on {@code file}'s log, and on the newest backup's log as its beginning.
     *
     * @param backup            the newest readable backup, compared with the file
     * @param backupEvents      how many events that backup holds
     * @param differsFromBackup the first event of the backup that is missing or different now
     * @param attachments       the attachments whose bytes or row differ from what their history recorded
     */
    public record Report(EventChain.Verdict chain, StateReplay.Result state, Optional<Path> backup, int backupEvents,
                         Optional<Content> differsFromBackup, List<AttachmentCheck.Finding> attachments) {

        /**
         * Intact: the chain holds, every item is the replay of its history, every attachment's bytes
         * are the ones its history recorded, and the newest backup's events are all still there, unchanged.
         */
        public boolean intact() {
            return chain.intact() && state.intact() && differsFromBackup.isEmpty() && attachments.isEmpty();
        }

        /** The id of the first event of the backup that is missing or different now. */
        public Optional<Long> differsFromBackupAt() {
            return differsFromBackup.map(Content::id);
        }
    }

    /** A file that cannot be verified: the message says why; the file was not touched. */
    public static final class NotADatabaseException extends Exception {

        /** Why the file could not be read as one of ours. */
        public enum Reason { MISSING, NOT_SQLITE, NOT_OURS, UNREADABLE, DAMAGED }

        private final transient Path file;
        private final Reason reason;

        public NotADatabaseException(Path file, Reason reason, String why) {
            super(file + ": " + why);
            this.file = file;
            this.reason = reason;
        }

        public Path file() {
            return file;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Verifies {@code file} without writing to it. */
    public static Report verify(Path file) throws NotADatabaseException {
        requireIntact(file);
        List<Stored> log = readLog(file);
        EventChain.Verdict verdict = EventChain.verify(log);
        // A file never sealed is older than the chain (and may be older than the columns replayed).
        StateReplay.Result state = verdict.neverSealed() ? NOT_REPLAYED : read(file, StateReplay::check);
        List<AttachmentCheck.Finding> attachments = verdict.neverSealed() ? List.of()
                : read(file, AttachmentCheck::check);
        return withBackup(verdict, state, log, newestBackup(file), attachments);
    }

    private static final StateReplay.Result NOT_REPLAYED = new StateReplay.Result(0, List.of(), List.of(),
            java.util.Map.of());

    /**
     * Verifies the database on a server: the chain and the replay of every item over its data as
     * of one moment (one READ ONLY, REPEATABLE READ transaction), and the comparison with
     * {@code newestBackup}, the newest snapshot of that server ({@link BackupService#newestBackup}).
     * No page check: a server checks its own pages, SQLite's {@code PRAGMA integrity_check} has no
     * counterpart to run from here. Nothing is written.
     *
     * @throws NotADatabaseException ({@code NOT_OURS}: the database has no 督办看板 tables;
     *     {@code UNREADABLE}: the server failed to answer); its file is {@code null}
     */
    public static Report verify(Database server, Optional<Path> newestBackup) throws NotADatabaseException {
        record Read(List<Stored> log, EventChain.Verdict verdict, StateReplay.Result state,
                    List<AttachmentCheck.Finding> attachments) {
        }
        Read read;
        try {
            read = ReadTransaction.run(server, (dsl, connection) -> {
                if (!EventRows.hasEventTable(connection)) {
                    throw new SQLException(NOT_OURS);
                }
                List<Stored> log = EventRows.read(connection, 0);
                EventChain.Verdict verdict = EventChain.verify(log);
                return new Read(log, verdict, verdict.neverSealed() ? NOT_REPLAYED : StateReplay.check(connection),
                        verdict.neverSealed() ? List.of() : AttachmentCheck.check(connection));
            });
        } catch (org.jooq.exception.DataAccessException e) {
            boolean notOurs = e.getCause() instanceof SQLException cause && NOT_OURS.equals(cause.getMessage());
            throw new NotADatabaseException(null, notOurs ? NotADatabaseException.Reason.NOT_OURS
                    : NotADatabaseException.Reason.UNREADABLE, String.valueOf(e.getMessage()));
        }
        return withBackup(read.verdict(), read.state(), read.log(), newestBackup, read.attachments());
    }

    /** The title of item {@code itemId} on the open {@code database}, if it is still there. */
    public static Optional<String> itemTitle(Database database, long itemId) {
        return database.dsl().select(duban.store.generated.Tables.ITEM.TITLE).from(duban.store.generated.Tables.ITEM)
                .where(duban.store.generated.Tables.ITEM.ID.eq(itemId)).fetchOptional(duban.store.generated.Tables.ITEM.TITLE);
    }

    /** The report, with {@code log} compared with the newest backup's: its beginning must be that log. */
    private static Report withBackup(EventChain.Verdict verdict, StateReplay.Result state, List<Stored> log,
                                     Optional<Path> newestBackup, List<AttachmentCheck.Finding> attachments) {
        Optional<Content> difference = Optional.empty();
        int backupEvents = 0;
        if (newestBackup.isPresent()) {
            try {
                List<Stored> older = readLog(newestBackup.get());
                backupEvents = older.size();
                difference = EventChain.firstDifference(older, log);
            } catch (NotADatabaseException unreadableBackup) {
                newestBackup = Optional.empty(); // a damaged backup says nothing about the database
            }
        }
        return new Report(verdict, state, newestBackup, backupEvents, difference, attachments);
    }

    /** The title of item {@code itemId} in {@code file}, read-only, if it is still there. */
    public static Optional<String> itemTitle(Path file, long itemId) {
        try {
            return read(file, connection -> {
                try (PreparedStatement query = connection.prepareStatement("SELECT title FROM item WHERE id = ?")) {
                    query.setLong(1, itemId);
                    try (ResultSet rows = query.executeQuery()) {
                        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (NotADatabaseException e) {
            return Optional.empty();
        }
    }

    /** Every event of {@code file}, by id, with its stored hash. */
    public static List<Stored> readLog(Path file) throws NotADatabaseException {
        return read(file, connection -> {
            if (!EventRows.hasEventTable(connection)) {
                throw new SQLException(NOT_OURS);
            }
            return EventRows.read(connection, 0);
        });
    }

    private static final String NOT_OURS = "not a 督办看板 database (no item_event table)";

    /**
     * Runs {@code PRAGMA integrity_check} first: a damaged table anywhere makes every other answer
     * of the file untrustworthy.
     */
    private static void requireIntact(Path file) throws NotADatabaseException {
        String verdict = read(file, connection -> {
            try (java.sql.Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                return rows.next() ? rows.getString(1) : "no answer";
            }
        });
        if (!"ok".equalsIgnoreCase(verdict)) {
            throw new NotADatabaseException(file, NotADatabaseException.Reason.DAMAGED, verdict);
        }
    }

    private interface Reading<T> {
        T from(Connection connection) throws SQLException;
    }

    private static <T> T read(Path file, Reading<T> reading) throws NotADatabaseException {
        requireSqliteHeader(file);
        try (Connection connection = ReadOnlyConnections.open(file)) {
            // One read transaction: the items and their history read as of one moment, while the
            // board (or another instance) may be writing. Closing the connection ends it.
            connection.setAutoCommit(false);
            return reading.from(connection);
        } catch (SQLException e) {
            throw new NotADatabaseException(file, NOT_OURS.equals(e.getMessage()) ? NotADatabaseException.Reason.NOT_OURS
                    : damaged(e) ? NotADatabaseException.Reason.DAMAGED : NotADatabaseException.Reason.UNREADABLE,
                    e.getMessage());
        }
    }

    /** SQLite's own word that the file is damaged (a page it could not make sense of). */
    private static boolean damaged(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT.code
                || primary == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    private static void requireSqliteHeader(Path file) throws NotADatabaseException {
        if (!Files.isRegularFile(file)) {
            throw new NotADatabaseException(file, NotADatabaseException.Reason.MISSING, "no such file");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new NotADatabaseException(file, NotADatabaseException.Reason.NOT_SQLITE,
                        "not an SQLite database");
            }
        } catch (IOException e) {
            throw new NotADatabaseException(file, NotADatabaseException.Reason.UNREADABLE, e.getMessage());
        }
    }

    private static Optional<Path> newestBackup(Path file) {
        try {
            // Only this file's own backups: named after it and with its identity (or none).
            return BackupService.backupsOf(file).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
