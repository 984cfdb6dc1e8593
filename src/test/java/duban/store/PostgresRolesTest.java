package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.testing.PostgresServer;
import duban.testing.PsqlScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented server set-up (db/postgresql/setup.sql, README 几台电脑共用一个数据库) on a real
 * PostgreSQL server: run as the superuser, the owner's first start migrating the schema, then one
 * staff login and one leader login, and the server itself enforcing what each may do.
 *
 * <p>Roles belong to the whole server, which every test class of the JVM shares, so this class
 * passes its own role names to the script (psql variables {@code owner_role}, {@code staff_role},
 * {@code leader_role}, which the script offers for exactly this) rather than taking the defaults
 * {@code duban_*}: another class running the script with its own names, or with the defaults,
 * cannot collide with it. The names differ, the script is the same.
 */
class PostgresRolesTest {

    private static final String PREFIX = "roles_test_";
    private static final String OWNER = PREFIX + "owner";
    private static final String STAFF = PREFIX + "zhang";
    private static final String LEADER = PREFIX + "wang";
    private static final String OUTSIDER = PREFIX + "guest";
    private static final String PRIVILEGE_REFUSED = "42501";
    /** PostgreSQL's restrict_violation, which the append-only triggers raise. */
    private static final String APPEND_ONLY_REFUSED = "23001";

    private static String database;

    @BeforeAll
    static void setUpTheServerAsTheReadmeSays() throws Exception {
        database = PREFIX + "duban";
        runSetupScript();
        Flyway.configure().dataSource(as(OWNER)).locations("classpath:db/migration/postgresql").load().migrate();
        PostgresServer.executeAsSuperuser("CREATE ROLE " + STAFF + " LOGIN PASSWORD 'zhang-pw' IN ROLE " + PREFIX + "staff");
        PostgresServer.executeAsSuperuser("CREATE ROLE " + LEADER + " LOGIN PASSWORD 'wang-pw' IN ROLE " + PREFIX + "leader");
        PostgresServer.executeAsSuperuser("CREATE ROLE " + OUTSIDER + " LOGIN PASSWORD 'guest-pw'");
        try (Connection owner = as(OWNER).getConnection(); Statement sql = owner.createStatement()) {
            sql.execute("INSERT INTO unit (name) VALUES ('县发改局')");
        }
    }

    private static void runSetupScript() throws Exception {
        PsqlScript.run(Path.of("db", "postgresql", "setup.sql"),
                Map.of("db", database, "owner_role", OWNER, "staff_role", PREFIX + "staff",
                        "leader_role", PREFIX + "leader", "owner_password", "owner-pw"),
                PostgresServer::connect, "postgres");
    }

    private static DataSource as(String role) {
        return PostgresServer.get().getDatabase(role, database);
    }

    @Test
    void staffRegisterAnItemMoveItReplaceItsAssistingUnitsAndChangeASetting() throws SQLException {
        try (Connection staff = as(STAFF).getConnection(); Statement sql = staff.createStatement()) {
            sql.execute("INSERT INTO unit (name) VALUES ('县财政局')");
            long item = single(sql, "INSERT INTO item (title, status, position, source, category, lead_unit_id, owner,"
                    + " assigned_on, deadline, created_at, updated_at) VALUES ('老旧小区改造', 'ASSIGNED', 1024, 'OTHER',"
                    + " 'KEY', (SELECT id FROM unit WHERE name = '县发改局'), '张三', '2026-11-02', '2026-12-30',"
                    + " '2026-11-02T09:00:00.000+08:00', '2026-11-02T09:00:00.000+08:00') RETURNING id");
            sql.execute("INSERT INTO item_event (item_id, at, kind, operator) VALUES (" + item
                    + ", '2026-11-02T09:00:00.000+08:00', 'CREATE', current_user)");

            int moved = sql.executeUpdate("UPDATE item SET status = 'IN_PROGRESS', position = 2048, version = version + 1"
                    + " WHERE id = " + item + " AND version = 1");
            sql.execute("INSERT INTO item_event (item_id, at, kind, from_status, to_status, operator) VALUES (" + item
                    + ", '2026-11-03T09:00:00.000+08:00', 'MOVE', 'ASSIGNED', 'IN_PROGRESS', '" + STAFF + "')");
            assertThat(moved).isEqualTo(1);

            sql.execute("INSERT INTO item_assist_unit (item_id, unit_id) SELECT " + item + ", id FROM unit WHERE name = '县财政局'");
            assertThat(sql.executeUpdate("DELETE FROM item_assist_unit WHERE item_id = " + item)).isEqualTo(1);

            String upsert = "INSERT INTO setting (key, value, updated_at) VALUES ('due_soon_days', '%s', 'x')"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            sql.execute(upsert.formatted("3"));
            sql.execute(upsert.formatted("5"));
            sql.execute("INSERT INTO setting_change (key, new_value, at, operator) VALUES ('due_soon_days', '5', 'x', current_user)");
            assertThat(single(sql, "SELECT count(*) FROM item_event WHERE item_id = " + item)).isEqualTo(2);
        }
    }

    @Test
    void staffSignTheHistoryOnlyWithTheirOwnLoginAndOnlyTheOwnerCarriesOtherNamesOver() throws SQLException {
        try (Connection staff = as(STAFF).getConnection(); Statement sql = staff.createStatement()) {
            long item = single(sql, "INSERT INTO item (title, status, position, source, category, lead_unit_id, owner,"
                    + " assigned_on, deadline, created_at, updated_at) VALUES ('农村公路养护', 'ASSIGNED', 4096, 'OTHER',"
                    + " 'KEY', (SELECT id FROM unit WHERE name = '县发改局'), '李四', '2026-11-02', '2026-12-30',"
                    + " '2026-11-02T09:00:00.000+08:00', '2026-11-02T09:00:00.000+08:00') RETURNING id");
            String event = "INSERT INTO item_event (item_id, at, kind, operator) VALUES (" + item
                    + ", '2026-11-04T09:00:00.000+08:00', 'EDIT', %s)";
            assertRefused(() -> sql.execute(event.formatted("'" + LEADER + "'")), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute(event.formatted("NULL")), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("INSERT INTO setting_change (key, new_value, at, operator)"
                    + " VALUES ('due_soon_days', '4', 'x', '张三')"), PRIVILEGE_REFUSED);
            sql.execute(event.formatted("'" + STAFF + "'"));
        }
        try (Connection owner = as(OWNER).getConnection(); Statement sql = owner.createStatement()) {
            // --copy-to, run as the owner, carries a file's history over with the names set in 设置.
            sql.execute("INSERT INTO item_event (item_id, at, kind, operator) SELECT max(id),"
                    + " '2026-11-05T09:00:00.000+08:00', 'EDIT', '张三' FROM item");
        }
    }

    @Test
    void staffDeleteNothingElseAndCannotWriteWhatOnlyTheOwnerWrites() throws SQLException {
        try (Connection staff = as(STAFF).getConnection(); Statement sql = staff.createStatement()) {
            assertRefused(() -> sql.execute("DELETE FROM item"), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("DELETE FROM unit"), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("TRUNCATE item CASCADE"), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("CREATE TABLE notes (line TEXT)"), PRIVILEGE_REFUSED);
        }
    }

    /**
     * The tables only the migrations and the owner write, among them {@code staff} once schema
     * version 5 adds it: the server checks the privilege before any constraint, so a refusal here
     * is the privilege's, whatever the table's columns.
     */
    @Test
    void theGroupsOnlyReadTheTablesTheOwnerWrites() throws SQLException {
        for (String role : List.of(STAFF, LEADER)) {
            try (Connection connection = as(role).getConnection(); Statement sql = connection.createStatement()) {
                List<String> tables = strings(sql, "SELECT name FROM unnest(ARRAY['flyway_schema_history',"
                        + " 'database_identity', 'staff']) name WHERE to_regclass(name) IS NOT NULL");
                assertThat(tables).contains("flyway_schema_history", "database_identity");
                for (String table : tables) {
                    String column = strings(sql, "SELECT column_name FROM information_schema.columns"
                            + " WHERE table_name = '" + table + "' ORDER BY ordinal_position").get(0);
                    assertThat(single(sql, "SELECT count(*) FROM " + table)).isNotNegative();
                    assertRefused(() -> sql.execute("INSERT INTO " + table + " DEFAULT VALUES"), PRIVILEGE_REFUSED);
                    assertRefused(() -> sql.execute("UPDATE " + table + " SET " + column + " = " + column), PRIVILEGE_REFUSED);
                    assertRefused(() -> sql.execute("DELETE FROM " + table), PRIVILEGE_REFUSED);
                }
            }
        }
    }

    @Test
    void leadersReadEverythingAndTheServerRefusesEachOfTheirWrites() throws SQLException {
        try (Connection leader = as(LEADER).getConnection(); Statement sql = leader.createStatement()) {
            assertThat(single(sql, "SELECT count(*) FROM unit")).isPositive();
            assertThat(single(sql, "SELECT count(*) FROM item")).isNotNegative();
            assertRefused(() -> sql.execute("INSERT INTO unit (name) VALUES ('县教育局')"), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("UPDATE item SET position = 1"), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("DELETE FROM item_assist_unit"), PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("INSERT INTO setting (key, value, updated_at) VALUES ('k', 'v', 'x')"),
                    PRIVILEGE_REFUSED);
            assertRefused(() -> sql.execute("INSERT INTO item_event (item_id, at, kind) VALUES (1, 'x', 'CREATE')"),
                    PRIVILEGE_REFUSED);
        }
    }

    @Test
    void nobodyNotEvenTheOwnerChangesOrDeletesTheHistory() throws SQLException {
        try (Connection owner = as(OWNER).getConnection(); Statement sql = owner.createStatement()) {
            long item = single(sql, "INSERT INTO item (title, status, position, source, category, lead_unit_id, owner,"
                    + " assigned_on, deadline, created_at, updated_at) SELECT '河道整治', 'ASSIGNED', 1, 'OTHER', 'KEY',"
                    + " min(id), '李四', '2026-11-02', '2026-12-30', 'x', 'x' FROM unit RETURNING id");
            sql.execute("INSERT INTO item_event (item_id, at, kind) VALUES (" + item + ", 'x', 'CREATE')");
            sql.execute("INSERT INTO setting_change (key, new_value, at) VALUES ('k', 'v', 'x')");
        }
        for (String role : List.of(OWNER, STAFF, LEADER)) {
            String expected = role.equals(OWNER) ? APPEND_ONLY_REFUSED : PRIVILEGE_REFUSED;
            try (Connection connection = as(role).getConnection(); Statement sql = connection.createStatement()) {
                for (String table : List.of("item_event", "setting_change")) {
                    assertRefused(() -> sql.execute("UPDATE " + table + " SET at = 'changed'"), expected);
                    assertRefused(() -> sql.execute("DELETE FROM " + table), expected);
                    assertRefused(() -> sql.execute("TRUNCATE " + table + " CASCADE"), expected);
                }
            }
        }
    }

    @Test
    void aLoginInNeitherGroupCannotEvenConnect() {
        assertRefused(() -> as(OUTSIDER).getConnection().close(), PRIVILEGE_REFUSED);
    }

    @Test
    void theOwnerIsNoSuperuserAndOwnsTheDatabaseTheSchemaAndEveryTable() throws SQLException {
        try (Connection superuser = PostgresServer.connect(database); Statement sql = superuser.createStatement()) {
            assertThat(strings(sql, "SELECT rolsuper || ' ' || rolcreatedb || ' ' || rolcreaterole || ' ' || rolbypassrls"
                    + " FROM pg_roles WHERE rolname = '" + OWNER + "'")).containsExactly("false false false false");
            assertThat(strings(sql, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                    .containsExactly(OWNER);
            assertThat(strings(sql, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"))
                    .containsExactly(OWNER);
            assertThat(strings(sql, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                    .containsExactly(OWNER);
            assertThat(strings(sql, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").get(0))
                    .isNotEqualTo("0");
        }
    }

    @Test
    void bothGroupsReadTheSchemaVersionThroughFlyway() {
        for (String role : List.of(STAFF, LEADER)) {
            Flyway flyway = Flyway.configure().dataSource(as(role)).locations("classpath:db/migration/postgresql").load();
            assertThat(flyway.info().current().getVersion().getVersion())
                    .isEqualTo(String.valueOf(SchemaMigration.NEWEST_SCHEMA_VERSION));
            assertThat(flyway.info().pending()).isEmpty();
            flyway.validate();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
        }
    }

    @Test
    void aTableALaterMigrationCreatesGetsTheGroupsGrantsByItself() throws SQLException {
        try (Connection owner = as(OWNER).getConnection(); Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE later_table (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, line TEXT)");
        }
        try {
            try (Connection staff = as(STAFF).getConnection(); Statement sql = staff.createStatement()) {
                sql.execute("INSERT INTO later_table (line) VALUES ('identity sequence usable')");
                assertThat(sql.executeUpdate("UPDATE later_table SET line = 'changed'")).isEqualTo(1);
            }
            try (Connection leader = as(LEADER).getConnection(); Statement sql = leader.createStatement()) {
                assertThat(strings(sql, "SELECT line FROM later_table")).containsExactly("changed");
                assertRefused(() -> sql.execute("INSERT INTO later_table (line) VALUES ('x')"), PRIVILEGE_REFUSED);
            }
        } finally {
            try (Connection owner = as(OWNER).getConnection(); Statement sql = owner.createStatement()) {
                sql.execute("DROP TABLE later_table");
            }
        }
    }

    @Test
    void runningTheScriptAgainChangesNoPrivilegeAndNoOwnership() throws Exception {
        List<String> before = privileges();
        runSetupScript();
        assertThat(privileges()).isEqualTo(before);
    }

    /** Every ACL and owner the script and the migrations set, one line each. */
    private static List<String> privileges() throws SQLException {
        try (Connection superuser = PostgresServer.connect(database); Statement sql = superuser.createStatement()) {
            List<String> lines = new ArrayList<>();
            lines.addAll(strings(sql, "SELECT datname || ' ' || pg_get_userbyid(datdba) || ' ' || datacl::text"
                    + " FROM pg_database WHERE datname = current_database()"));
            lines.addAll(strings(sql, "SELECT nspname || ' ' || pg_get_userbyid(nspowner) || ' ' || nspacl::text"
                    + " FROM pg_namespace WHERE nspname = 'public'"));
            lines.addAll(strings(sql, "SELECT relname || ' ' || pg_get_userbyid(relowner) || ' ' || coalesce(relacl::text, '')"
                    + " FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S') ORDER BY relname"));
            lines.addAll(strings(sql, "SELECT defaclobjtype::text || ' ' || defaclacl::text FROM pg_default_acl ORDER BY 1"));
            lines.addAll(strings(sql, "SELECT rolname || ' ' || rolcanlogin || ' ' || rolsuper FROM pg_roles"
                    + " WHERE rolname LIKE '" + PREFIX + "%' ORDER BY rolname"));
            return lines;
        }
    }

    private static void assertRefused(ThrowingCallable write, String sqlState) {
        assertThatThrownBy(write).isInstanceOfSatisfying(SQLException.class,
                refusal -> assertThat(refusal.getSQLState()).as(refusal.getMessage()).isEqualTo(sqlState));
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
