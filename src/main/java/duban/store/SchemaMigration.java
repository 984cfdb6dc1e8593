package duban.store;

import duban.store.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a database file's schema to the newest one in {@code db/migration} with Flyway, on
 * connections of its own, before the board's connection opens it; and refuses a file a newer
 * version has migrated further. What is done with the file just before a migration (a backup) is
 * the caller's {@link BeforeMigration}.
 */
final class SchemaMigration {

    static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * The newest schema version in {@code db/migration} (a test keeps it equal to the newest file).
     * A database whose history ends there, every step successful, needs no Flyway at start-up:
     * that skips Flyway's class-path scan, about half a second of every start.
     */
    static final int NEWEST_SCHEMA_VERSION = 7;

    /**
     * Migrations whose script was reworded after a release had applied it, without changing what it
     * does: version, checksum then, checksum now. V3's hex check was first written
     * {@code hash NOT GLOB '*[^0-9a-f]*'} (commits 23cb7dd to 9bbfaf0^), then in the equivalent form
     * jOOQ's code generator parses. Files written in between record the first checksum, and Flyway
     * refuses to migrate a file whose applied script differs from ours.
     */
    private static final List<int[]> REWORDED_SCRIPTS = List.of(new int[] {3, -615_069_944, 702_432_485});

    private final BeforeMigration beforeMigration;

    SchemaMigration(BeforeMigration beforeMigration) {
        this.beforeMigration = beforeMigration;
    }

    /**
     * Migrates the file at {@code path} (absolute) to the newest schema, creating it in an empty
     * file. An existing file ({@code hasContent}) that Flyway would change is first handed to
     * {@link BeforeMigration}; when that fails, nothing is migrated.
     */
    void migrate(Path path, FileSystemKind fileSystem, boolean hasContent) throws DatabaseOpenException {
        if (hasContent && hasPendingMigrations(path)) {
            // The file as it was before this version changes its schema: the way back if the
            // upgrade ever proves wrong. No backup, no migration.
            try {
                beforeMigration.prepare(path);
            } catch (SQLException | IOException e) {
                throw new DatabaseOpenException(Reason.MIGRATION_FAILED, path, e, StoreFailures.describe(e));
            }
            acceptEarlierScripts(path, fileSystem);
        }
        SQLiteDataSource writable = new SQLiteDataSource(ConnectionSettings.writableConfig(fileSystem, false));
        writable.setUrl(ConnectionSettings.url(path));
        try {
            flyway(writable).migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw OpenFailures.classify(path, sql, fileSystem);
            }
            throw new DatabaseOpenException(Reason.MIGRATION_FAILED, path, e, StoreFailures.describe(e));
        }
    }

    /** Refuses the file at {@code path} when its history holds versions this one does not know. */
    static void refuseNewerSchema(Path path) throws DatabaseOpenException {
        MigrationInfo newestApplied = null;
        MigrationInfo newestKnown = null;
        for (MigrationInfo migration : infoReadOnly(path).all()) {
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
        return infoReadOnly(path).pending().length > 0;
    }

    /** What Flyway knows of the file's migrations, asked on a read-only connection. */
    private static MigrationInfoService infoReadOnly(Path path) throws DatabaseOpenException {
        SQLiteDataSource readOnly = new SQLiteDataSource(ConnectionSettings.readOnlyConfig(FileSystemKind.LOCAL));
        readOnly.setUrl(ConnectionSettings.url(path));
        try {
            return flyway(readOnly).info();
        } catch (FlywayException e) {
            throw new DatabaseOpenException(Reason.FAILED, path, e, StoreFailures.describe(e));
        }
    }

    /**
     * Records today's checksum for a migration the file applied in an earlier, equivalent wording
     * (see {@link #REWORDED_SCRIPTS}); any other difference is still refused by Flyway.
     */
    static void acceptEarlierScripts(Path path, FileSystemKind fileSystem) throws DatabaseOpenException {
        try (Connection connection = ConnectionSettings.writableConfig(fileSystem, false)
                     .createConnection(ConnectionSettings.url(path));
             var update = connection.prepareStatement("UPDATE " + HISTORY_TABLE
                     + " SET checksum = ? WHERE version = ? AND checksum = ? AND success")) {
            for (int[] script : REWORDED_SCRIPTS) {
                update.setInt(1, script[2]);
                update.setString(2, String.valueOf(script[0]));
                update.setInt(3, script[1]);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw OpenFailures.classify(path, e, fileSystem);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/sqlite")
                // Refuse to guess: a non-empty database without our history is somebody else's.
                .baselineOnMigrate(false)
                .load();
    }
}
