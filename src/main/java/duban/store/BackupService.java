package duban.store;



import duban.domain.RestoreException;

import duban.domain.Backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Backups of the open database into {@code backups/} beside it, and restoring one of them.
 *
 * <p>A folder may hold the backups of several databases. Those of this one are named after it
 * ({@link BackupNames}) and carry its identity ({@link DatabaseIdentity}); listing, the day's first
 * backup, restoring, pruning and {@code --verify} use only backups with both, so another
 * database's backup is never listed, offered, compared or deleted. A backup without an identity
 * (made before schema version 4) is taken by its name alone.
 *
 * <p>Backups are made with {@code VACUUM INTO} on the application's own connection: SQLite copies
 * one consistent snapshot (a read transaction) while the application and other instances go on
 * writing. Only the newest {@link #keep()} are kept.
 *
 * <p>A restore never deletes the current data: it is first copied aside to
 * {@code duban.db.before-restore-<stamp>}, then the backup replaces the contents of the open file
 * through SQLite's backup API, in one write transaction on the application's connection. Every
 * store and every other instance then simply reads the restored data; nothing is reopened and no
 * file is renamed under an open connection.
 *
 * <p>On a PostgreSQL server there is no file beside which to keep them, and the server's own pages
 * are the office's IT's to back up (pg_dump). A backup here is then a consistent snapshot of the
 * server's data, read in one REPEATABLE READ transaction and copied ({@link DatabaseCopy}) into a
 * new SQLite file on this PC, in a folder of that server's own:
 * {@code <the default database's folder>/servers/<host>_<port>_<database>/backups/<database>-<stamp>.db}.
 * The file carries the server's identity, so that listing, pruning and {@code --verify} take it
 * for that server's backup exactly as a file's. Restoring one onto the server is not offered:
 * {@code --copy-to} into an empty database, or the office's pg_dump, does that.
 *
 * <p>Like every store, it is called on the one store thread only.
 */
public final class BackupService {

    /** The setting that says how many backups are kept; default {@value #DEFAULT_KEEP}. */
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 30;

    /** Where a server's backups go by default: the folder of the default database file (~/.duban). */
    private static final Path DEFAULT_LOCAL_FOLDER = FailureLog.userFolder().getParent();

    private final Database database;
    private final SettingsStore settings;
    private final Clock clock;
    /** The file the backups are named after: the database file, or a server's stand-in (see the class comment). */
    private final Path namedAfter;

    /** The backups of {@code database}; a server's go under the default database's folder. */
    public BackupService(Database database, Clock clock) {
        this(database, clock, DEFAULT_LOCAL_FOLDER);
    }

    /**
     * The backups of {@code database}; a server's snapshots go under {@code localFolder} (the
     * folder of the office's default database file), a file's beside it as always.
     */
    public BackupService(Database database, Clock clock, Path localFolder) {
        this.database = database;
        this.settings = new SettingsStore(database.dsl(), clock);
        this.clock = clock;
        this.namedAfter = database.onServer() ? serverStandIn(localFolder, database.server()) : database.file();
    }

    /**
     * The file a server's backups are named after, as though it were the database file:
     * {@code <localFolder>/servers/<host>_<port>_<database>/<database>.db}, so its backups are
     * {@code …/backups/<database>-<stamp>.db}. Never created itself.
     */
    static Path serverStandIn(Path localFolder, ServerAddress server) {
        String place = fileNamePart(server.host()) + "_" + server.port() + "_" + fileNamePart(server.database());
        return localFolder.toAbsolutePath().normalize().resolve("servers").resolve(place)
                .resolve(fileNamePart(server.database()) + ".db");
    }

    /** {@code text} with what a file name cannot hold on Windows or Linux (and IPv6's colons) made {@code _}. */
    private static String fileNamePart(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }

    /** What a restore did: the backup put in place and where the data it replaced was kept. */
    public record RestoreOutcome(Backup restored, Path setAside) {
    }

    /** The folder the backups of this database go to. */
    public Path folder() {
        return BackupNames.folderFor(namedAfter);
    }

    /** How many backups are kept: the {@value #KEEP_SETTING} setting, at least 1. */
    public int keep() {
        return settings.get(KEEP_SETTING).map(String::strip).flatMap(BackupService::parsePositive)
                .orElse(DEFAULT_KEEP);
    }

    /** Makes a backup now (立即备份) and prunes the oldest beyond {@link #keep()}. */
    public Backup backupNow() {
        Path target;
        try {
            Files.createDirectories(folder());
            target = BackupNames.newFile(namedAfter, LocalDateTime.now(clock), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (database.onServer()) {
            snapshotOfServer(target);
        } else {
            database.withoutKeptStatements(connection -> BackupCopies.vacuumInto(connection, target));
        }
        prune();
        return describe(namedAfter, target);
    }

    /**
     * A server's backup: its data as of one moment copied into a new SQLite file, which then takes
     * the server's identity. Written under a temporary name and renamed when complete, so that a
     * failed or interrupted one never lies in the folder looking like a backup.
     */
    private void snapshotOfServer(Path target) {
        Path partial = target.resolveSibling(".copying-" + target.getFileName());
        try {
            try {
                DatabaseCopy.intoNewFile(database, partial, true);
            } catch (DatabaseCopy.CopyException e) {
                throw new IllegalStateException(e.userMessage(), e);
            }
            Optional<DatabaseIdentity.Row> server = identity();
            if (server.isPresent()) {
                DatabaseIdentity.impose(partial, server.get());
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the backup " + target + " the server's identity", e);
        } finally {
            deleteTemporary(partial);
        }
    }

    /** Makes a backup unless one was already made today: called once at start-up. */
    public Optional<Backup> backupIfFirstStartToday() {
        LocalDate today = LocalDate.now(clock);
        Optional<String> identity = identity().map(DatabaseIdentity.Row::id);
        List<Path> named;
        try {
            named = BackupNames.namedFor(namedAfter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only today's are opened to ask their identity: this runs at every start.
        boolean madeToday = named.stream()
                .filter(file -> BackupNames.takenAt(namedAfter, file).orElseThrow().toLocalDate().equals(today))
                .anyMatch(file -> belongsTo(file, identity));
        return madeToday ? Optional.empty() : Optional.of(backupNow());
    }

    /** The backups, newest first, with size and item count (each opened read-only). */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        for (Path file : backupFiles()) {
            backups.add(describe(namedAfter, file));
        }
        return backups;
    }

    /**
     * Restores {@code backup}: checks it (and brings an older schema up to date) on a temporary
     * copy, copies the current data aside, then replaces the open file's contents with the copy.
     * The backup file itself is not modified. The file keeps its own identity, also when the backup
     * is older than the identity (then its migration on the copy made a new one): its other backups
     * stay its own.
     *
     * @throws RestoreException when the backup is not a usable database of ours, or the database is
     *     on a server (not restored from here); nothing changed then
     */
    public RestoreOutcome restore(Backup backup) {
        if (database.onServer()) {
            throw new RestoreException(backup, duban.i18n.Messages.get("backup.restoreOnServer"), null);
        }
        Path candidate = folder().resolve(".restoring-" + BackupNames.STAMP.format(LocalDateTime.now(clock)) + ".db");
        try {
            Files.copy(backup.file(), candidate, StandardCopyOption.REPLACE_EXISTING);
            // Database.open refuses a damaged, foreign or newer file without changing it, and
            // migrates an older one: what the running code expects is what gets restored.
            try (Database checked = Database.open(candidate)) {
                new ItemStore(checked.dsl(), clock).countAll();
            } catch (DatabaseOpenException refused) {
                throw new RestoreException(backup, refused.userMessage(), refused);
            }
            keepOurIdentity(candidate);
            Path setAside = BackupNames.setAsideFile(database.file(), LocalDateTime.now(clock));
            database.withoutKeptStatements(connection -> {
                BackupCopies.vacuumInto(connection, setAside);
                restoreFrom(connection.unwrap(SQLiteConnection.class), candidate);
            });
            // The restored settings may name another 操作人: the next write reads it afresh.
            OperatorSource.of(database.dsl()).forget();
            // The restored state becomes the newest backup: the history check (--verify) compares
            // the log with it, and must not take the events the restore removed for tampering.
            backupNow();
            return new RestoreOutcome(backup, setAside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTemporary(candidate);
        }
    }

    /**
     * The copy {@link Database#open(Path)} makes of a file before migrating it (see
     * {@link BackupCopies#beforeMigration}), made on demand.
     *
     * @return the backup made
     */
    public static Path backupBeforeMigration(Path databaseFile) throws SQLException, IOException {
        return BackupCopies.beforeMigration(databaseFile);
    }

    /**
     * The newest backup of {@code databaseFile} that opens and counts its items, for a file that
     * cannot be opened itself (damaged): found without opening it for writing. Its identity is read
     * read-only when the damage allows, and then only backups with that identity (or none) qualify;
     * when even that row cannot be read, the backups named after the file qualify, whatever their
     * identity: the file's name is then all that is known of it, and the user still confirms the
     * backup, shown with its date and item count, before anything is replaced.
     */
    public static Optional<Backup> newestUsable(Path databaseFile) {
        Path path = databaseFile.toAbsolutePath().normalize();
        Optional<Optional<String>> identity;
        try {
            identity = Optional.of(DatabaseIdentity.ofFile(path).map(DatabaseIdentity.Row::id));
        } catch (SQLException unreadable) {
            identity = Optional.empty();
        }
        try {
            for (Path file : identity.isPresent() ? backupsOf(path, identity.get()) : BackupNames.namedFor(path)) {
                Backup backup = describe(path, file);
                if (backup.readable()) {
                    return Optional.of(backup);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The backups of the database file {@code databaseFile} whose identity is {@code identity}
     * (empty: a file older than identities), newest first: named after the file, and carrying the
     * same identity or none. A backup that cannot be read is kept by its name (it can be neither
     * compared nor restored, and is pruned as the file's own).
     */
    static List<Path> backupsOf(Path databaseFile, Optional<String> identity) throws IOException {
        List<Path> own = new ArrayList<>();
        for (Path file : BackupNames.namedFor(databaseFile)) {
            if (belongsTo(file, identity)) {
                own.add(file);
            }
        }
        return own;
    }

    /** Whether the backup {@code file} (named after the database) carries {@code identity}, or none, or cannot say. */
    private static boolean belongsTo(Path file, Optional<String> identity) {
        Optional<String> theirs;
        try {
            theirs = DatabaseIdentity.ofFile(file).map(DatabaseIdentity.Row::id);
        } catch (SQLException unreadable) {
            theirs = Optional.empty();
        }
        return theirs.isEmpty() || theirs.equals(identity);
    }

    /**
     * The backups of the database file {@code databaseFile} as {@link #backupsOf(Path, Optional)}
     * sees them, its identity read read-only (for {@code --verify}); by name alone when that fails.
     */
    static List<Path> backupsOf(Path databaseFile) throws IOException {
        Path path = databaseFile.toAbsolutePath().normalize();
        try {
            return backupsOf(path, DatabaseIdentity.ofFile(path).map(DatabaseIdentity.Row::id));
        } catch (SQLException unreadable) {
            return BackupNames.namedFor(path);
        }
    }

    /**
     * Puts {@code backup} in the place of a database that no connection has open (for a file too
     * damaged to open): the file and its {@code -wal}/{@code -shm} are renamed together to
     * {@code <name>.before-restore-<stamp>} (so the set-aside file keeps its own WAL and stays
     * readable), never deleted, and a copy of the backup takes the name.
     *
     * @return the set-aside file
     */
    public static Path restoreClosedFile(Path databaseFile, Path backup, Clock clock) throws IOException {
        Path path = databaseFile.toAbsolutePath().normalize();
        Path setAside = BackupNames.setAsideFile(path, LocalDateTime.now(clock));
        Path incoming = path.resolveSibling(path.getFileName() + ".restoring");
        Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
        for (String side : List.of("-wal", "-shm")) {
            Path sideFile = Path.of(path + side);
            if (Files.exists(sideFile)) {
                Files.move(sideFile, Path.of(setAside + side));
            }
        }
        if (Files.exists(path)) {
            Files.move(path, setAside);
        }
        Files.move(incoming, path, StandardCopyOption.ATOMIC_MOVE);
        return setAside;
    }

    /** Opens {@code file} read-only and counts its items; {@code -1} when it cannot. */
    public static int countItems(Path file) {
        try (Connection connection = ReadOnlyConnections.open(file);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM item")) {
            return count.next() ? count.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static Backup describe(Path databaseFile, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new Backup(file, BackupNames.takenAt(databaseFile, file).orElseThrow(), size, countItems(file));
    }

    /** This database's backups: named after it, with its identity or none. */
    private List<Path> backupFiles() {
        try {
            return backupsOf(namedAfter, identity().map(DatabaseIdentity.Row::id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest of this database's own backups, for {@code --verify} on a server. */
    public Optional<Path> newestBackup() {
        return backupFiles().stream().findFirst();
    }

    /** The open database's identity, read on its own connection. */
    private Optional<DatabaseIdentity.Row> identity() {
        return database.onConnection(DatabaseIdentity::of);
    }

    /**
     * Gives a restore's checked copy the open database's identity. A backup of this database has
     * it already; one made before identities existed got a new one when the copy was migrated.
     */
    private void keepOurIdentity(Path candidate) {
        Optional<DatabaseIdentity.Row> ours = identity();
        if (ours.isEmpty()) {
            return;
        }
        try {
            if (!DatabaseIdentity.ofFile(candidate).equals(ours)) {
                DatabaseIdentity.impose(candidate, ours.get());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the identity of " + database.file(), e);
        }
    }

    /** Deletes the oldest backups beyond {@link #keep()}: only this database's own backups are touched. */
    private void prune() {
        List<Path> files = backupFiles();
        for (Path old : files.subList(Math.min(keep(), files.size()), files.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                System.getLogger(BackupService.class.getName())
                        .log(System.Logger.Level.WARNING, "could not prune " + old, e);
            }
        }
    }

    private static void restoreFrom(SQLiteConnection connection, Path source) throws SQLException {
        // Every page in one step, waiting up to 100 x 100 ms for other writers to let go.
        int result = connection.getDatabase().restore("main", source.toString(), null, 100, 100, -1);
        if (result != SQLiteErrorCode.SQLITE_OK.code && result != SQLiteErrorCode.SQLITE_DONE.code) {
            throw new SQLException("restore from " + source + " failed: " + SQLiteErrorCode.getErrorCode(result), null,
                    result);
        }
    }

    private static void deleteTemporary(Path candidate) {
        // Our own scratch copy (and the side files its check left), never user data.
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(candidate + suffix));
            } catch (IOException e) {
                System.getLogger(BackupService.class.getName())
                        .log(System.Logger.Level.DEBUG, "could not remove " + candidate + suffix, e);
            }
        }
    }

    private static Optional<Integer> parsePositive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value >= 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
