package duban.store;

import duban.store.DatabaseOpenException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The office's record, open: its connection and jOOQ context. By default one SQLite file on this
 * PC; in shared mode a database on a PostgreSQL server ({@link #openServer}), through the same
 * jOOQ model and stores, the dialect chosen here. What differs between the two lives in one place
 * per concern: opening and checking ({@link DatabaseFile}, {@link ServerSchema}), connections
 * ({@link ConnectionSettings}, {@link ServerConnections}), the order of writers (SQLite's one
 * writer, {@link ServerWriteOrder} on a server) and the migrations (db/migration/sqlite and
 * db/migration/postgresql).
 *
 * <p>{@link #open} inspects an existing file read-only before anything writes to it
 * ({@link DatabaseFile}), so that a file that is not ours, is damaged, or was written by a newer
 * version is refused without a single byte of it changing. Only then is it migrated
 * ({@link SchemaMigration}) and opened for writing.
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

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final boolean readOnly;
    private final FileSystemKind fileSystem;
    /** On a server: its address, the board's connection and the login role; null on a file. */
    private final ServerAddress server;
    private final ServerConnection serverConnection;
    private final String loginRole;
    /** Why the database is read-only, in Chinese, when the database says so (not the user). */
    private final String readOnlyReason;

    private Database(Path file, Connection connection, boolean readOnly, FileSystemKind fileSystem) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.fileSystem = fileSystem;
        this.server = null;
        this.serverConnection = null;
        this.loginRole = null;
        this.readOnlyReason = readOnly ? duban.i18n.Messages.get("readOnly.fileNotWritable", file) : null;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE, new Settings().withExecuteLogging(false));
        StoreFailures.watchFolderOf(file);
        // Made here, on the connection's own configuration, so that every transaction derived
        // from it shares them (see KeptQueries).
        KeptQueries.of(dsl);
        OperatorSource.of(dsl);
    }

    private Database(ServerAddress server, ServerConnection serverConnection, String loginRole, boolean readOnly,
                     String readOnlyReason) {
        this.file = null;
        this.connection = null;
        this.readOnly = readOnly;
        this.fileSystem = FileSystemKind.LOCAL;
        this.server = server;
        this.serverConnection = serverConnection;
        this.loginRole = loginRole;
        this.readOnlyReason = readOnlyReason;
        org.jooq.Configuration configuration = new org.jooq.impl.DefaultConfiguration()
                .set(serverConnection)
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false))
                // As a listener too, so that it hears of a statement that failed with the connection.
                // (A plain set(serverConnection) would pick the ConnectionProvider overload again.)
                .set(new org.jooq.impl.DefaultExecuteListenerProvider(serverConnection))
                .set(new ServerWriteOrder());
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens the database on a PostgreSQL server at {@code address}, logged in with
     * {@code password} (or, when {@code null}, the password file's or none), and brings its
     * schema up to date when this login may (the owner). A login without write rights, or
     * {@code askedReadOnly}, opens it read-only; the server refuses writes too.
     *
     * @throws DatabaseOpenException when the server cannot be used: unreachable, login refused
     *     ({@link DatabaseOpenException#needsPassword()}), no such database, too old, not set up
     */
    public static Database openServer(ServerAddress address, char[] password, boolean askedReadOnly)
            throws DatabaseOpenException {
        ServerConnections server = new ServerConnections(address, password);
        Connection first = null;
        try {
            first = server.open();
            int version = first.getMetaData().getDatabaseMajorVersion() * 10_000
                    + first.getMetaData().getDatabaseMinorVersion();
            if (version < ServerConnections.OLDEST_SERVER_VERSION) {
                throw new DatabaseOpenException(Reason.SERVER_TOO_OLD, address.display(), null,
                        first.getMetaData().getDatabaseProductVersion());
            }
            String login;
            try (Statement statement = first.createStatement();
                 ResultSet row = statement.executeQuery("SELECT current_user")) {
                row.next();
                login = row.getString(1);
            }
            ServerSchema.ensureCurrent(first, server, !askedReadOnly && ServerSchema.mayCreateTables(first), login);
            boolean mayWrite;
            try (Statement statement = first.createStatement();
                 ResultSet row = statement.executeQuery("SELECT has_table_privilege('item', 'UPDATE')")) {
                mayWrite = row.next() && row.getBoolean(1);
            }
            boolean readOnly = askedReadOnly || !mayWrite;
            String reason = mayWrite ? null : duban.i18n.Messages.get("server.readOnlyRole", login);
            ServerConnection connection = new ServerConnection(server, first, readOnly);
            return new Database(address, connection, login, readOnly, reason);
        } catch (SQLException e) {
            closeQuietly(first);
            throw server.classify(e);
        } catch (DatabaseOpenException e) {
            closeQuietly(first);
            throw e;
        }
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
        return open(file, askedReadOnly, BackupCopies::beforeMigration);
    }

    /**
     * Opens {@code file} as {@link #open(Path, boolean)} does, handing an existing file to
     * {@code beforeMigration} just before its schema is changed (the overloads above make a backup).
     *
     * @throws DatabaseOpenException when the file cannot be used; it is then left as it was
     */
    public static Database open(Path file, boolean askedReadOnly, BeforeMigration beforeMigration)
            throws DatabaseOpenException {
        Path path = file.toAbsolutePath().normalize();
        if (askedReadOnly && !Files.isRegularFile(path)) {
            throw new DatabaseOpenException(Reason.READ_ONLY_NEW_FILE, path, null);
        }
        DatabaseFile databaseFile = DatabaseFile.at(path);
        FileSystemKind fileSystem = databaseFile.fileSystem();
        boolean hasContent = databaseFile.hasContent();
        boolean readOnly = askedReadOnly || (hasContent && !databaseFile.writable());
        if (readOnly && !hasContent) {
            throw new DatabaseOpenException(Reason.READ_ONLY_NEW_FILE, path, null);
        }
        boolean current = hasContent && isCurrent(databaseFile);
        if (readOnly) {
            if (!current) {
                // Refused like a damaged or foreign file: the inspection's -wal/-shm go too.
                databaseFile.removeSideFilesWeCreated();
                throw new DatabaseOpenException(Reason.READ_ONLY_NEEDS_UPGRADE, path, null);
            }
            try {
                return new Database(path, ReadOnlyConnections.open(path, fileSystem), true, fileSystem);
            } catch (SQLException e) {
                throw OpenFailures.classify(path, e, fileSystem);
            }
        }
        if (fileSystem.network()) {
            leaveWal(path, fileSystem); // before anything writes: never a WAL on a share
        }
        if (!current) {
            new SchemaMigration(beforeMigration).migrate(path, fileSystem, hasContent);
        }
        Connection connection = null;
        try {
            connection = ConnectionSettings.writableConfig(fileSystem, true).createConnection(ConnectionSettings.url(path));
            if (fileSystem.network()) {
                holdExclusively(connection);
                requireRollbackJournal(connection, path, fileSystem);
            }
            Database database = new Database(path, connection, false, fileSystem);
            EventChainStore.sealOnOpen(database.dsl(), path); // events from before schema version 3, once
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw OpenFailures.classify(path, e, fileSystem);
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Whether the existing file is at our newest schema, nothing to migrate; refuses a damaged,
     * foreign or newer one, and then leaves its folder as it was.
     */
    private static boolean isCurrent(DatabaseFile databaseFile) throws DatabaseOpenException {
        try {
            DatabaseFile.Schema schema = databaseFile.inspect();
            if (schema == DatabaseFile.Schema.OTHER) {
                SchemaMigration.refuseNewerSchema(databaseFile.path());
            }
            return schema == DatabaseFile.Schema.NEWEST;
        } catch (DatabaseOpenException refused) {
            databaseFile.removeSideFilesWeCreated();
            throw refused;
        }
    }

    /**
     * On a network share: switches the file from WAL to a rollback journal, on a connection of its
     * own, before migration or the board write anything. SQLite keeps WAL when another connection
     * (another computer, or a program on the file server itself) has the file open in WAL mode;
     * then the file is refused, unchanged.
     */
    private static void leaveWal(Path path, FileSystemKind fileSystem) throws DatabaseOpenException {
        try (Connection connection = ConnectionSettings.writableConfig(fileSystem, false)
                .createConnection(ConnectionSettings.url(path))) {
            requireRollbackJournal(connection, path, fileSystem);
        } catch (SQLException e) {
            throw OpenFailures.classify(path, e, fileSystem);
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

    /** The database file, or {@code null} on a server. */
    public Path file() {
        return file;
    }

    /** Whether this database is on a PostgreSQL server (shared mode) rather than a file. */
    public boolean onServer() {
        return server != null;
    }

    /** The board's connection to the server, or {@code null} on a file (for the change feed). */
    ServerConnection serverConnection() {
        return serverConnection;
    }

    /** The server's address, or {@code null} on a file. */
    public ServerAddress server() {
        return server;
    }

    /** The login role on the server ({@code current_user}), or {@code null} on a file. */
    public String loginRole() {
        return loginRole;
    }

    /** How the user is shown where the data is: the file's path, or {@code zhang@host:5432/duban}. */
    public String location() {
        return server != null ? server.display() : file.toString();
    }

    /** The short name for the window's title: the file's name, or the server's address. */
    public String shortName() {
        return server != null ? server.display() : file.getFileName().toString();
    }

    /**
     * Why the database is read-only when the database itself says so (a file that cannot be
     * written, a read-only login), in Chinese; {@code null} when it is writable.
     */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * The file system the file lies on. On a network share it is opened with a rollback journal
     * and held exclusively (see {@link ConnectionSettings#writableConfig}); the board says so.
     */
    public FileSystemKind fileSystem() {
        return fileSystem;
    }

    /**
     * Runs {@code work}, which opens the file on a connection of its own (校验台账 reads the file
     * by its path). On a network share this connection holds the file exclusively, which would
     * shut that reader out: the lock is let go for the while and taken again after.
     */
    public <T> T withFileOpenToOthers(Callable<T> work) throws Exception {
        if (server != null || !fileSystem.network() || readOnly) {
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
        if (serverConnection != null) {
            serverConnection.close();
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing checkpoints the WAL; a failure leaves the WAL file, which SQLite replays
            // on the next open, so nothing is lost.
            System.getLogger(Database.class.getName())
                    .log(System.Logger.Level.WARNING, "closing " + file + " failed", e);
        }
    }
}
