package duban.testing;

import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.ServerAddress;
import java.nio.file.Path;

/**
 * Where a store test's database lives: a SQLite file in the test's folder (the default) or a fresh
 * database on the test run's PostgreSQL server. A store test opens its database through
 * {@link #open} and its {@code …OnServerTest} subclass answers {@link #SERVER}, so that every store
 * test runs on both databases without a second copy of it.
 */
public enum TestDatabase {

    /** A SQLite file, {@code name.db} in the test's folder. */
    FILE {
        @Override
        public Database open(Path folder, String name) throws DatabaseOpenException {
            return Database.open(folder.resolve(name + ".db"));
        }
    },

    /** A fresh, migrated database of its own on the embedded PostgreSQL server. */
    SERVER {
        @Override
        public Database open(Path folder, String name) throws DatabaseOpenException {
            String database = PostgresServer.freshMigratedDatabase(name);
            return Database.openServer(ServerAddress.parse(PostgresServer.address(database)).orElseThrow(), null,
                    false);
        }
    };

    /**
     * A new, empty, migrated database of this kind named after {@code name}; {@code folder} holds a
     * file (a server ignores it).
     */
    public abstract Database open(Path folder, String name) throws DatabaseOpenException;

    /**
     * Closes {@code database} and, on the server, drops it, so that a run of many tests does not
     * leave hundreds of databases behind on the test server.
     */
    public static void discard(Database database) {
        if (database == null) {
            return;
        }
        String onServer = database.onServer() ? database.server().database() : null;
        database.close();
        if (onServer != null) {
            PostgresServer.executeAsSuperuser("DROP DATABASE IF EXISTS " + onServer + " WITH (FORCE)");
        }
    }

    /**
     * Runs {@code sql} past the history's append-only triggers, as someone editing the data directly
     * (the sqlite3 shell, or the server's owner) would: what {@code --verify} must catch.
     */
    public static void pastHistoryTriggers(Database database, String sql) {
        if (database.onServer()) {
            database.dsl().execute("ALTER TABLE item_event DISABLE TRIGGER USER");
            database.dsl().execute(sql);
            database.dsl().execute("ALTER TABLE item_event ENABLE TRIGGER USER");
            return;
        }
        java.util.List<String> triggers = database.dsl().fetchValues(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'item_event'").stream()
                .map(String::valueOf).toList();
        database.dsl().execute("DROP TRIGGER item_event_append_only_update");
        database.dsl().execute("DROP TRIGGER item_event_append_only_delete");
        database.dsl().execute(sql);
        triggers.forEach(trigger -> database.dsl().execute(trigger));
    }

    /**
     * Makes inserts into {@code table} fail with {@code message} while the returned handle is open
     * (when {@code condition} over {@code NEW} holds, or always for {@code null}): a failure in the
     * middle of a store's transaction, said in each database's trigger language.
     */
    public static AutoCloseable refuseInserts(Database database, String table, String condition, String message) {
        String when = condition == null ? "" : " WHEN (" + condition + ")";
        if (database.onServer()) {
            database.dsl().execute("CREATE FUNCTION test_refuse_insert() RETURNS TRIGGER LANGUAGE plpgsql AS $$"
                    + " BEGIN RAISE EXCEPTION '" + message + "'; END $$");
            database.dsl().execute("CREATE TRIGGER test_refuse_insert BEFORE INSERT ON " + table + " FOR EACH ROW"
                    + when + " EXECUTE FUNCTION test_refuse_insert()");
            return () -> {
                database.dsl().execute("DROP TRIGGER test_refuse_insert ON " + table);
                database.dsl().execute("DROP FUNCTION test_refuse_insert()");
            };
        }
        database.dsl().execute("CREATE TEMP TRIGGER test_refuse_insert BEFORE INSERT ON " + table + when
                + " BEGIN SELECT RAISE(ABORT, '" + message + "'); END");
        return () -> database.dsl().execute("DROP TRIGGER temp.test_refuse_insert");
    }
}
