package duban.safety;

import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Backups of the open database into {@code backups/} beside it, and restoring one of them.
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
 * <p>Like every store, it is called on the one store thread only.
 */
public final class BackupService {

    /** The setting that says how many backups are kept; default {@value #DEFAULT_KEEP}. */
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 30;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Database database;
    private final SettingsStore settings;
    private final Clock clock;

    public BackupService(Database database, Clock clock) {
        this.database = database;
        this.settings = new SettingsStore(database.dsl(), clock);
        this.clock = clock;
    }

    /** What a restore did: the backup put in place and where the data it replaced was kept. */
    public record RestoreOutcome(Backup restored, Path setAside) {
    }

    /** The folder the backups of this database go to. */
    public Path folder() {
        return BackupNames.folderFor(database.file());
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
            target = BackupNames.newFile(folder(), LocalDateTime.now(clock), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database.withoutKeptStatements(connection -> vacuumInto(connection, target));
        prune();
        return describe(target);
    }

    /** Makes a backup unless one was already made today: called once at start-up. */
    public Optional<Backup> backupIfFirstStartToday() {
        LocalDate today = LocalDate.now(clock);
        boolean madeToday = backupFiles().stream()
                .anyMatch(file -> BackupNames.takenAt(file).orElseThrow().toLocalDate().equals(today));
        return madeToday ? Optional.empty() : Optional.of(backupNow());
    }

    /** The backups, newest first, with size and item count (each opened read-only). */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        for (Path file : backupFiles()) {
            backups.add(describe(file));
        }
        return backups;
    }

    /**
     * Restores {@code backup}: checks it (and brings an older schema up to date) on a temporary
     * copy, copies the current data aside, then replaces the open file's contents with the copy.
     * The backup file itself is not modified.
     *
     * @throws RestoreException when the backup is not a usable database of ours; nothing changed then
     */
    public RestoreOutcome restore(Backup backup) {
        Path candidate = folder().resolve(".restoring-" + BackupNames.STAMP.format(LocalDateTime.now(clock)) + ".db");
        try {
            Files.copy(backup.file(), candidate, StandardCopyOption.REPLACE_EXISTING);
            // Database.open refuses a damaged, foreign or newer file without changing it, and
            // migrates an older one: what the running code expects is what gets restored.
            try (Database checked = Database.open(candidate)) {
                checked.dsl().fetchCount(duban.store.generated.Tables.ITEM);
            } catch (DatabaseOpenException refused) {
                throw new RestoreException(backup, refused.userMessage(), refused);
            }
            Path setAside = BackupNames.setAsideFile(database.file(), LocalDateTime.now(clock));
            database.withoutKeptStatements(connection -> {
                vacuumInto(connection, setAside);
                restoreFrom(connection.unwrap(SQLiteConnection.class), candidate);
            });
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
     * Copies the database at {@code databaseFile} into its {@code backups/} folder before Flyway
     * migrates it, through a read-only connection (the file is not changed). Named
     * {@code duban-<stamp>-before-migration.db}; not pruned by count until newer backups push it out.
     *
     * @return the backup made
     * @throws SQLException when SQLite cannot read the file or write the copy
     */
    public static Path backupBeforeMigration(Path databaseFile) throws SQLException, IOException {
        Path path = databaseFile.toAbsolutePath().normalize();
        Path folder = BackupNames.folderFor(path);
        Files.createDirectories(folder);
        Path target = BackupNames.newFile(folder, LocalDateTime.now(), BackupNames.BEFORE_MIGRATION);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + path)) {
            vacuumInto(connection, target);
        }
        return target;
    }

    /**
     * The newest backup of {@code databaseFile} that opens and counts its items, for a file that
     * cannot be opened itself (damaged): found without opening the file.
     */
    public static Optional<Backup> newestUsable(Path databaseFile) {
        Path folder = BackupNames.folderFor(databaseFile.toAbsolutePath().normalize());
        try {
            for (Path file : BackupNames.list(folder)) {
                Backup backup = describe(file);
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
    static int countItems(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM item")) {
            return count.next() ? count.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static Backup describe(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new Backup(file, BackupNames.takenAt(file).orElseThrow(), size, countItems(file));
    }

    private List<Path> backupFiles() {
        try {
            return BackupNames.list(folder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the oldest backups beyond {@link #keep()}: only files named as backups are touched. */
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

    private static void vacuumInto(Connection connection, Path target) throws SQLException {
        boolean existedBefore = Files.exists(target);
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.execute();
        } catch (SQLException e) {
            // SQLite leaves what it wrote before failing (a full disk, say): a file that looks like a
            // backup but is not one must not be listed, restored or compared with. (SQLite refuses a
            // target that already exists, and that file is not ours to delete.)
            if (existedBefore) {
                throw e;
            }
            for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                try {
                    Files.deleteIfExists(Path.of(target + suffix));
                } catch (IOException notRemoved) {
                    e.addSuppressed(notRemoved);
                }
            }
            throw e;
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
