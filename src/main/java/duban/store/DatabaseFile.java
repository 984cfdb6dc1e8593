package duban.store;

import duban.store.DatabaseOpenException.Reason;
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
import java.util.function.Function;

/**
 * A database file as it is before anything opens it for writing: is it there, is it SQLite, on
 * which file system, may we write it, and (looked at read-only) is it damaged, somebody else's, or
 * at our newest schema. Looking creates SQLite's {@code -wal}/{@code -shm} beside a WAL file; a
 * refused file gets its folder back as it was ({@link #removeSideFilesWeCreated()}).
 */
final class DatabaseFile {

    /** What the read-only look found in a file with content. */
    enum Schema {
        /** No table at all: an empty database, ours to set up. */
        EMPTY,
        /** Exactly our newest schema, every migration successful: nothing to migrate. */
        NEWEST,
        /** Older, failed, unusual or newer: Flyway has to look. */
        OTHER
    }

    /** Decides at every open whether the file's folder is on a network share (tests replace it). */
    static Function<Path, FileSystemKind> fileSystemDetector = FileSystemKind::of;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final FileSystemKind fileSystem;
    private final boolean hasContent;
    private final List<Path> sideFilesBefore;

    private DatabaseFile(Path path, FileSystemKind fileSystem, boolean hasContent, List<Path> sideFilesBefore) {
        this.path = path;
        this.fileSystem = fileSystem;
        this.hasContent = hasContent;
        this.sideFilesBefore = sideFilesBefore;
    }

    /**
     * The file at {@code path} (absolute, normalized), its folder created when the file is
     * missing.
     *
     * @throws DatabaseOpenException when the path is a folder, cannot be read or created, or holds
     *     something other than an SQLite database
     */
    static DatabaseFile at(Path path) throws DatabaseOpenException {
        boolean hasContent = checkPath(path);
        FileSystemKind fileSystem = fileSystemDetector.apply(path.getParent());
        return new DatabaseFile(path, fileSystem, hasContent, hasContent ? existingSideFiles(path) : List.of());
    }

    Path path() {
        return path;
    }

    FileSystemKind fileSystem() {
        return fileSystem;
    }

    /** Whether an existing, non-empty file is there (a 0-byte file is an empty database to SQLite). */
    boolean hasContent() {
        return hasContent;
    }

    /** {@link #writable(Path)} for this file. */
    boolean writable() {
        return writable(path);
    }

    /** Whether this process may write the file and create its {@code -wal}/{@code -shm} beside it. */
    static boolean writable(Path path) {
        return Files.isWritable(path) && Files.isWritable(path.getParent());
    }

    /** Checks the path itself; returns whether an existing, non-empty file is there. */
    private static boolean checkPath(Path path) throws DatabaseOpenException {
        if (Files.isDirectory(path)) {
            throw new DatabaseOpenException(Reason.IS_DIRECTORY, path, null);
        }
        if (!Files.exists(path)) {
            try {
                Files.createDirectories(path.getParent());
            } catch (IOException | SecurityException e) {
                throw new DatabaseOpenException(Reason.CANNOT_CREATE, path, e, path.getParent());
            }
            return false;
        }
        if (!Files.isReadable(path)) {
            throw new DatabaseOpenException(Reason.UNREADABLE, path, null);
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.UNREADABLE, path, e);
        }
        if (read == 0) {
            return false; // a 0-byte file is an empty database to SQLite: treat it as new
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new DatabaseOpenException(Reason.NOT_A_DATABASE, path, null);
        }
        return true;
    }

    /**
     * Looks at the existing database without writing to it: damaged or foreign files are refused,
     * and the answer says whether its schema is our newest (whether a newer version wrote it is
     * Flyway's to tell, see {@link SchemaMigration#refuseNewerSchema}).
     */
    Schema inspect() throws DatabaseOpenException {
        int[] history = null;
        List<String> tables = new ArrayList<>();
        try (Connection connection = ReadOnlyConnections.open(path, fileSystem);
             Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(verdict)) {
                    FailureLog.record("PRAGMA quick_check of " + path + ": " + verdict, null);
                    throw new DatabaseOpenException(Reason.CORRUPT, path, null, OpenFailures.seeTheLog());
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.contains(SchemaMigration.HISTORY_TABLE)) {
                history = historySummary(statement);
            }
        } catch (SQLException e) {
            throw OpenFailures.classify(path, e, fileSystem);
        }
        if (tables.isEmpty()) {
            return Schema.EMPTY;
        }
        if (history == null) {
            throw new DatabaseOpenException(Reason.FOREIGN_DATABASE, path, null);
        }
        if (history[0] == SchemaMigration.NEWEST_SCHEMA_VERSION && history[1] == 0 && history[2] == 0) {
            return Schema.NEWEST;
        }
        return Schema.OTHER;
    }

    /**
     * The history in three numbers: the highest numeric version, the rows that failed, and the
     * rows whose version is not a plain number (then Flyway decides, as for anything unusual).
     */
    static int[] historySummary(Statement statement) throws SQLException {
        int newest = 0;
        int failed = 0;
        int unusual = 0;
        try (ResultSet rows = statement.executeQuery("SELECT version, success FROM " + SchemaMigration.HISTORY_TABLE)) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    failed++;
                }
                if (version == null || !version.matches("\\d{1,6}")) {
                    unusual++;
                } else {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
        }
        return new int[] {newest, failed, unusual};
    }

    private static List<Path> sideFiles(Path path) {
        return List.of(Path.of(path + "-wal"), Path.of(path + "-shm"));
    }

    private static List<Path> existingSideFiles(Path path) {
        return sideFiles(path).stream().filter(Files::exists).toList();
    }

    /**
     * Reading a WAL database creates its {@code -wal} and {@code -shm} files; when we then refuse
     * the file, leave the folder as we found it. Only files that were not there before and hold
     * no data (an empty WAL; the shared-memory index is derived) are removed.
     */
    void removeSideFilesWeCreated() {
        Path wal = Path.of(path + "-wal");
        try {
            if (!sideFilesBefore.contains(wal) && Files.exists(wal) && Files.size(wal) > 0) {
                return; // not ours to judge: keep everything
            }
            for (Path side : sideFiles(path)) {
                if (!sideFilesBefore.contains(side)) {
                    Files.deleteIfExists(side);
                }
            }
        } catch (IOException e) {
            System.getLogger(DatabaseFile.class.getName()).log(System.Logger.Level.DEBUG, "side files of " + path, e);
        }
    }
}
