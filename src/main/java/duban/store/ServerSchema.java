package duban.store;

import duban.store.DatabaseOpenException.Reason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema of a database on a PostgreSQL server, checked (and brought up to date) before the
 * board uses it: the counterpart of {@link DatabaseFile#inspect()} and {@link SchemaMigration}
 * for a server. The migrations are db/migration/postgresql, with the same version numbers as the
 * file's. Only a role that may create tables (the owner, duban_owner in the set-up script)
 * migrates; every other login is told to ask for that, and nothing changes.
 */
final class ServerSchema {

    static final String LOCATION = "classpath:db/migration/postgresql";

    private ServerSchema() {
    }

    /**
     * Makes sure the database behind {@code connection} is at the newest schema, migrating it when
     * it is empty or older and {@code mayMigrate}; refuses a foreign, newer or (for this login)
     * unmigratable one.
     */
    static void ensureCurrent(Connection connection, ServerConnections server, boolean mayMigrate, String login)
            throws DatabaseOpenException, SQLException {
        String where = server.address().display();
        boolean hasHistory;
        boolean hasTables;
        int[] history = null;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT to_regclass('" + SchemaMigration.HISTORY_TABLE + "') IS NOT NULL,"
                    + " EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema())")) {
                row.next();
                hasHistory = row.getBoolean(1);
                hasTables = row.getBoolean(2);
            }
            if (hasHistory) {
                history = DatabaseFile.historySummary(statement);
            }
        }
        if (!hasHistory && hasTables) {
            throw new DatabaseOpenException(Reason.SERVER_FOREIGN_DATABASE, where, null, server.address().database());
        }
        if (history != null && history[0] == SchemaMigration.NEWEST_SCHEMA_VERSION && history[1] == 0 && history[2] == 0) {
            return; // current: no Flyway at start-up (its class-path scan costs half a second)
        }
        Flyway flyway = flyway(server);
        MigrationInfo newestApplied = null;
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                newestApplied = migration;
            }
        }
        if (newestApplied != null) {
            throw new DatabaseOpenException(Reason.SERVER_NEWER_SCHEMA, where, null,
                    newestApplied.getVersion().getVersion(), String.valueOf(SchemaMigration.NEWEST_SCHEMA_VERSION));
        }
        if (!mayMigrate) {
            throw hasHistory
                    ? new DatabaseOpenException(Reason.SERVER_NEEDS_UPGRADE, where, null, SchemaMigration.NEWEST_SCHEMA_VERSION, login)
                    : new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, where, null, server.address().database(), login);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                throw hasHistory
                        ? new DatabaseOpenException(Reason.SERVER_NEEDS_UPGRADE, where, e, SchemaMigration.NEWEST_SCHEMA_VERSION, login)
                        : new DatabaseOpenException(Reason.SERVER_NOT_SET_UP, where, e, server.address().database(), login);
            }
            FailureLog.record("migrating " + where, e);
            throw new DatabaseOpenException(Reason.MIGRATION_FAILED, where, e, StoreFailures.describe(e));
        }
    }

    /** Whether {@code login} may create tables in the current schema (an owner, not an editor). */
    static boolean mayCreateTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT has_schema_privilege(current_schema(), 'CREATE')")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static Flyway flyway(ServerConnections server) {
        return Flyway.configure()
                .dataSource(server.dataSource())
                .locations(LOCATION)
                .baselineOnMigrate(false)
                .load();
    }
}
