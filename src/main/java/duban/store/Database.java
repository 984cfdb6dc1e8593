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
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;

/**
 * The one SQLite file the office's record lives in: opened, checked and migrated here.
 *
 * <p>An existing file is inspected read-only before anything writes to it, so that a file that is
 * not ours, is damaged, or was written by a newer version is refused without a single byte of it
 * changing. Only then is it opened for writing and migrated by Flyway.
 *
 * <p>The connection is not for concurrent use: the application calls it from one background
 * writer thread (SQLite has one writer anyway).
 */
public final class Database implements AutoCloseable {

    /** Held so the level settings below are not lost when the loggers are garbage-collected. */
    private static final List<java.util.logging.Logger> QUIET_LOGGERS = List.of(
            java.util.logging.Logger.getLogger("org.flywaydb"),
            java.util.logging.Logger.getLogger("org.jooq"));

    static {
        // jOOQ and Flyway report every start at INFO on the terminal (banner, tips, "migrating
        // schema"); our users need only their warnings.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * The newest schema version in {@code db/migration} (a test keeps it equal to the newest file).
     * A database whose history ends there, every step successful, needs no Flyway at start-up:
     * that skips Flyway's class-path scan, about half a second of every start.
     */
    static final int NEWEST_SCHEMA_VERSION = 4;
    /** How long a writer waits for another process's lock before SQLITE_BUSY reaches us. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /**
     * How long opening a file on a network share waits for another computer's lock: there the
     * lock is held for the other board's whole session, so waiting longer would not help.
     */
    static final int NETWORK_OPEN_WAIT_MILLIS = 3_000;

    /** Decides at every open whether the file's folder is on a network share (tests replace it). */
    static java.util.function.Function<Path, FileSystemKind> fileSystemDetector = FileSystemKind::of;

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final boolean readOnly;
    private final FileSystemKind fileSystem;

    private Database(Path file, Connection connection, boolean readOnly, FileSystemKind fileSystem) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.fileSystem = fileSystem;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE, new Settings().withExecuteLogging(false));
        StoreFailures.watchFolderOf(file);
        // Made here, on the connection's own configuration, so that every transaction derived
        // from it shares them (see KeptQueries).
        KeptQueries.of(dsl);
    }

    /**
     * Opens {@code file}, creating it (and its folder) when missing, and migrates it to the
     * newest schema.
     *
     * @throws DatabaseOpenException when the file cannot be used; it is then left as it was
     */
    public static Database open(Path file) throws DatabaseOpenException {
        return open(file, false);
    }

    /**
     * Opens {@code file} as {@link #open(Path)} does, or read-only when asked to, or when the file
     * or its folder cannot be written (a colleague's file on a share, a write-protected stick):
     * then nothing is created, migrated or written, and {@link #readOnly()} says so.
     *
     * @throws DatabaseOpenException when the file cannot be used; it is then left as it was
     */
    public static Database open(Path file, boolean askedReadOnly) throws DatabaseOpenException {
        Path path = file.toAbsolutePath().normalize();
        if (askedReadOnly && !Files.isRegularFile(path)) {
            throw new DatabaseOpenException(Reason.READ_ONLY_NEW_FILE, path, null);
        }
        boolean hasContent = checkPath(path);
        FileSystemKind fileSystem = fileSystemDetector.apply(path.getParent());
        boolean readOnly = askedReadOnly || (hasContent && !writable(path));
        if (readOnly && !hasContent) {
            throw new DatabaseOpenException(Reason.READ_ONLY_NEW_FILE, path, null);
        }
        boolean current = false;
        List<Path> sideFilesBefore = hasContent ? existingSideFiles(path) : List.of();
        if (hasContent) {
            try {
                current = inspectReadOnly(path, fileSystem);
            } catch (DatabaseOpenException refused) {
                removeSideFilesWeCreated(path, sideFilesBefore);
                throw refused;
            }
        }
        if (readOnly) {
            if (!current) {
                // Refused like a damaged or foreign file: the inspection's -wal/-shm go too.
                removeSideFilesWeCreated(path, sideFilesBefore);
                throw new DatabaseOpenException(Reason.READ_ONLY_NEEDS_UPGRADE, path, null);
            }
            try {
                return new Database(path, readOnlyConnection(path, fileSystem), true, fileSystem);
            } catch (SQLException e) {
                throw classify(path, e, fileSystem);
            }
        }
        if (fileSystem.network()) {
            leaveWal(path, fileSystem); // before anything writes: never a WAL on a share
        }
        if (!current) {
            if (hasContent && hasPendingMigrations(path)) {
                // The file as it was before this version changes its schema: the way back if the
                // upgrade ever proves wrong. No backup, no migration.
                try {
                    duban.store.BackupService.backupBeforeMigration(path);
                } catch (SQLException | java.io.IOException e) {
                    throw new DatabaseOpenException(Reason.MIGRATION_FAILED, path, e, StoreFailures.describe(e));
                }
                acceptEarlierScripts(path, fileSystem);
            }
            migrate(path, fileSystem);
        }
        Connection connection = null;
        try {
            connection = writableConfig(fileSystem, true).createConnection(url(path));
            if (fileSystem.network()) {
                holdExclusively(connection);
                requireRollbackJournal(connection, path, fileSystem);
            }
            Database database = new Database(path, connection, false, fileSystem);
            EventChainStore.sealOnOpen(database.dsl(), path); // events from before schema version 3, once
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw classify(path, e, fileSystem);
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * On a network share: switches the file from WAL to a rollback journal, on a connection of its
     * own, before migration or the board write anything. SQLite keeps WAL when another connection
     * (another computer, or a program on the file server itself) has the file open in WAL mode;
     * then the file is refused, unchanged.
     */
    private static void leaveWal(Path path, FileSystemKind fileSystem) throws DatabaseOpenException {
        try (Connection connection = writableConfig(fileSystem, false).createConnection(url(path))) {
            requireRollbackJournal(connection, path, fileSystem);
        } catch (SQLException e) {
            throw classify(path, e, fileSystem);
        }
    }

    private static void requireRollbackJournal(Connection connection, Path path, FileSystemKind fileSystem)
            throws SQLException, DatabaseOpenException {
        try (Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            if (!mode.next() || !"delete".equalsIgnoreCase(mode.getString(1))) {
                throw new DatabaseOpenException(Reason.NETWORK_FILE_IN_USE, path, null, fileSystem.description());
            }
        }
    }

    /**
     * Takes the file's exclusive lock now and keeps it until the connection closes (locking mode
     * EXCLUSIVE keeps every lock it gets): a second computer is then refused at its open, with a
     * message, instead of blocking or failing at its first change.
     */
    private static void holdExclusively(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("COMMIT");
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    public Path file() {
        return file;
    }

    /**
     * The file system the file lies on. On a network share it is opened with a rollback journal
     * and held exclusively (see {@link #writableConfig}); the board says so.
     */
    public FileSystemKind fileSystem() {
        return fileSystem;
    }

    /**
     * Runs {@code work}, which opens the file on a connection of its own (校验台账 reads the file
     * by its path). On a network share this connection holds the file exclusively, which would
     * shut that reader out: the lock is let go for the while and taken again after.
     */
    public <T> T withFileOpenToOthers(java.util.concurrent.Callable<T> work) throws Exception {
        if (!fileSystem.network() || readOnly) {
            return work.call();
        }
        KeptQueries.of(dsl).close();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA locking_mode=NORMAL");
            // The lock is let go at the next access of the file, not by the PRAGMA itself.
            statement.executeQuery("SELECT count(*) FROM sqlite_master").close();
        }
        try {
            return work.call();
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA locking_mode=EXCLUSIVE");
            }
            holdExclusively(connection);
        }
    }

    /** Whether this database was opened read-only: every write fails, and the board says why. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether this process may write the file and create its {@code -wal}/{@code -shm} beside it. */
    static boolean writable(Path path) {
        return Files.isWritable(path) && Files.isWritable(path.getParent());
    }

    /** The jOOQ context over the open connection; use {@code transactionResult} for every write. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} with the connection once the statements the store keeps prepared are
     * closed (they are prepared again when next used). SQLite refuses {@code VACUUM INTO} and a
     * restore onto the open file while a statement that wrote has not been reset, and a kept
     * statement is not reset until it runs again.
     */
    public void withoutKeptStatements(ConnectionTask work) {
        KeptQueries.of(dsl).close();
        dsl.connection(work::run);
    }

    /**
     * The result of {@code work} on the open connection, for the JDBC that backups and identity
     * checks do without jOOQ; a {@link SQLException} reaches the caller wrapped as jOOQ wraps it.
     */
    public <T> T onConnection(ConnectionWork<T> work) {
        return dsl.connectionResult(work::run);
    }

    /** Work on the open JDBC connection that returns nothing. */
    @FunctionalInterface
    public interface ConnectionTask {
        void run(Connection connection) throws SQLException;
    }

    /** Work on the open JDBC connection that returns a result. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void close() {
        KeptQueries.of(dsl).close();
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing checkpoints the WAL; a failure leaves the WAL file, which SQLite replays
            // on the next open, so nothing is lost.
            System.getLogger(Database.class.getName())
                    .log(System.Logger.Level.WARNING, "closing " + file + " failed", e);
        }
    }

    static String url(Path path) {
        return "jdbc:sqlite:" + path;
    }

    /**
     * The settings of every writing connection, through SQLiteConfig rather than URL keys.
     *
     * <p>On a local disk: WAL (readers never wait for the writer; another window or program may
     * write the same file, see the README), every commit synced. On a network share WAL would corrupt the file (its
     * index lives in shared memory, which two computers do not share): a rollback journal, every
     * commit synced (FULL: with a rollback journal, NORMAL can corrupt the file at a power cut),
     * and the board's connection ({@code board}) holds the file exclusively, so that one computer
     * at a time has it open. Migration runs before that, on connections of its own, with normal
     * locking.
     */
    static SQLiteConfig writableConfig(FileSystemKind fileSystem, boolean board) {
        SQLiteConfig config = new SQLiteConfig();
        if (fileSystem.network()) {
            config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            if (board) {
                config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            }
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL syncs the WAL at every commit, so a change the board reports saved survives a
            // power cut too (NORMAL would lose those since the last checkpoint). It costs an fsync
            // per change, a few milliseconds on the store thread (README, Performance, measure 3).
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Take the write lock at BEGIN: with DEFERRED, two writers upgrading a read lock
        // deadlock and one gets SQLITE_BUSY at once, busy timeout or not.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    /**
     * A connection that reads the file and changes nothing. A WAL-mode file is read through its
     * -shm file; in a folder that cannot be written (a read-only share, a write-protected stick)
     * and without one, SQLite can neither create it nor read the file (SQLITE_CANTOPEN). The file
     * is then opened as immutable: without a -shm file nobody is writing to it, since a writer
     * creates one, and nobody without write access to the folder can start to.
     */
    private static Connection readOnlyConnection(Path path, FileSystemKind fileSystem) throws SQLException {
        SQLiteConfig config = readOnlyConfig(fileSystem);
        // Not on a share: there the file has a rollback journal (no -shm to tell a writer by), and
        // another computer may be writing it, so SQLite's locks must stay.
        if (fileSystem.network() || Files.isWritable(path.getParent()) || Files.exists(Path.of(path + "-shm"))) {
            return config.createConnection(url(path));
        }
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + path.toUri() + "?immutable=1");
    }

    private static SQLiteConfig readOnlyConfig() {
        return readOnlyConfig(FileSystemKind.LOCAL);
    }

    private static SQLiteConfig readOnlyConfig(FileSystemKind fileSystem) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(fileSystem.network() ? NETWORK_OPEN_WAIT_MILLIS : BUSY_TIMEOUT_MILLIS);
        return config;
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
    private static void removeSideFilesWeCreated(Path path, List<Path> before) {
        Path wal = Path.of(path + "-wal");
        try {
            if (!before.contains(wal) && Files.exists(wal) && Files.size(wal) > 0) {
                return; // not ours to judge: keep everything
            }
            for (Path side : sideFiles(path)) {
                if (!before.contains(side)) {
                    Files.deleteIfExists(side);
                }
            }
        } catch (IOException e) {
            System.getLogger(Database.class.getName()).log(System.Logger.Level.DEBUG, "side files of " + path, e);
        }
    }

    /**
     * Looks at an existing database without writing to it: damaged, foreign, or too new? Returns
     * whether its schema is the newest, every migration applied successfully (nothing to migrate).
     */
    private static boolean inspectReadOnly(Path path, FileSystemKind fileSystem) throws DatabaseOpenException {
        int[] history = null;
        List<String> tables = new ArrayList<>();
        try (Connection connection = readOnlyConnection(path, fileSystem);
             Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(verdict)) {
                    FailureLog.record("PRAGMA quick_check of " + path + ": " + verdict, null);
                    throw new DatabaseOpenException(Reason.CORRUPT, path, null, seeTheLog());
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.contains(HISTORY_TABLE)) {
                history = historySummary(statement);
            }
        } catch (SQLException e) {
            throw classify(path, e, fileSystem);
        }
        if (tables.isEmpty()) {
            return false; // an empty database: ours to set up
        }
        if (!tables.contains(HISTORY_TABLE)) {
            throw new DatabaseOpenException(Reason.FOREIGN_DATABASE, path, null);
        }
        if (history != null && history[0] == NEWEST_SCHEMA_VERSION && history[1] == 0 && history[2] == 0) {
            return true; // exactly our newest schema: neither too new nor anything to migrate
        }
        refuseNewerSchema(path);
        return false;
    }

    /**
     * The history in three numbers: the highest numeric version, the rows that failed, and the
     * rows whose version is not a plain number (then Flyway decides, as for anything unusual).
     */
    private static int[] historySummary(Statement statement) throws SQLException {
        int newest = 0;
        int failed = 0;
        int unusual = 0;
        try (ResultSet rows = statement.executeQuery("SELECT version, success FROM " + HISTORY_TABLE)) {
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

    private static void refuseNewerSchema(Path path) throws DatabaseOpenException {
        SQLiteDataSource readOnly = new SQLiteDataSource(readOnlyConfig());
        readOnly.setUrl(url(path));
        MigrationInfoService info;
        try {
            info = flyway(readOnly).info();
        } catch (FlywayException e) {
            throw new DatabaseOpenException(Reason.FAILED, path, e, StoreFailures.describe(e));
        }
        MigrationInfo newestApplied = null;
        MigrationInfo newestKnown = null;
        for (MigrationInfo migration : info.all()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS
                    || migration.getState() == MigrationState.FUTURE_FAILED) {
                newestApplied = migration;
            } else if (migration.getState().isResolved() && migration.getVersion() != null) {
                newestKnown = migration;
            }
        }
        if (newestApplied != null) {
            throw new DatabaseOpenException(Reason.NEWER_SCHEMA, path, null,
                    newestApplied.getVersion().getVersion(),
                    newestKnown == null ? "0" : newestKnown.getVersion().getVersion());
        }
    }

    /** Whether Flyway would apply a migration to the file at {@code path} (asked read-only). */
    private static boolean hasPendingMigrations(Path path) throws DatabaseOpenException {
        SQLiteDataSource readOnly = new SQLiteDataSource(readOnlyConfig());
        readOnly.setUrl(url(path));
        try {
            return flyway(readOnly).info().pending().length > 0;
        } catch (FlywayException e) {
            throw new DatabaseOpenException(Reason.FAILED, path, e, StoreFailures.describe(e));
        }
    }

    private static void migrate(Path path, FileSystemKind fileSystem) throws DatabaseOpenException {
        SQLiteDataSource writable = new SQLiteDataSource(writableConfig(fileSystem, false));
        writable.setUrl(url(path));
        try {
            flyway(writable).migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw classify(path, sql, fileSystem);
            }
            throw new DatabaseOpenException(Reason.MIGRATION_FAILED, path, e, StoreFailures.describe(e));
        }
    }

    /**
     * Migrations whose script was reworded after a release had applied it, without changing what it
     * does: version, checksum then, checksum now. V3's hex check was first written
     * {@code hash NOT GLOB '*[^0-9a-f]*'} (commits 23cb7dd to 9bbfaf0^), then in the equivalent form
     * jOOQ's code generator parses. Files written in between record the first checksum, and Flyway
     * refuses to migrate a file whose applied script differs from ours.
     */
    private static final List<int[]> REWORDED_SCRIPTS = List.of(new int[] {3, -615_069_944, 702_432_485});

    /**
     * Records today's checksum for a migration the file applied in an earlier, equivalent wording
     * (see {@link #REWORDED_SCRIPTS}); any other difference is still refused by Flyway.
     */
    static void acceptEarlierScripts(Path path) throws DatabaseOpenException {
        acceptEarlierScripts(path, fileSystemDetector.apply(path.toAbsolutePath().normalize().getParent()));
    }

    private static void acceptEarlierScripts(Path path, FileSystemKind fileSystem) throws DatabaseOpenException {
        try (Connection connection = writableConfig(fileSystem, false).createConnection(url(path));
             var update = connection.prepareStatement("UPDATE " + HISTORY_TABLE
                     + " SET checksum = ? WHERE version = ? AND checksum = ? AND success")) {
            for (int[] script : REWORDED_SCRIPTS) {
                update.setInt(1, script[2]);
                update.setString(2, String.valueOf(script[0]));
                update.setInt(3, script[1]);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw classify(path, e, fileSystem);
        }
    }

    private static Flyway flyway(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Refuse to guess: a non-empty database without our history is somebody else's.
                .baselineOnMigrate(false)
                .load();
    }

    private static DatabaseOpenException classify(Path path, SQLException e, FileSystemKind fileSystem) {
        SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(e.getErrorCode() & 0xff);
        if (fileSystem.network() && (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED)) {
            // Another computer holds the file (its board has it open): say so, not the driver's text.
            return new DatabaseOpenException(Reason.NETWORK_FILE_IN_USE, path, e, fileSystem.description());
        }
        return switch (code) {
            case SQLITE_NOTADB -> new DatabaseOpenException(Reason.NOT_A_DATABASE, path, e);
            case SQLITE_CORRUPT -> {
                FailureLog.record("opening " + path, e);
                yield new DatabaseOpenException(Reason.CORRUPT, path, e, seeTheLog());
            }
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH ->
                    new DatabaseOpenException(Reason.UNREADABLE, path, e);
            default -> new DatabaseOpenException(Reason.FAILED, path, e, StoreFailures.describe(e));
        };
    }

    /** Where SQLite's own words about a damaged file went (they are English and technical). */
    private static String seeTheLog() {
        return duban.i18n.Messages.get("failure.seeLog", FailureLog.file());
    }
}
