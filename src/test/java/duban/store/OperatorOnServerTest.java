package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.ItemEvent;
import duban.domain.ItemOperators;
import duban.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema version 5 on a PostgreSQL server: the history stays append-only with the operator in it
 * (the one allowed update, filling a missing hash, may not touch the operator), the operator of a
 * connection is its login role, and the history names a login by the staff table's name.
 */
class OperatorOnServerTest {

    private static String database;

    @BeforeAll
    static void migrate() {
        database = PostgresServer.freshDatabase("operator");
        Flyway.configure().dataSource(PostgresServer.get().getDatabase("postgres", database))
                .locations("classpath:db/migration/postgresql").load().migrate();
    }

    @Test
    void theTriggerRefusesAnOperatorChangeAndAllowsTheOneHashFill() throws SQLException {
        try (Connection connection = PostgresServer.connect(database);
             Statement statement = connection.createStatement()) {
            long event = insertEvent(statement, "zhangsan");
            String where = " WHERE id = " + event;
            assertThatThrownBy(() -> statement.execute("UPDATE item_event SET operator = 'lisi'" + where))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("UPDATE item_event SET operator = NULL" + where))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute(
                    "UPDATE item_event SET hash = repeat('a', 64), operator = 'lisi'" + where))
                    .as("a hash fill that also changes the operator").hasMessageContaining("append-only");

            statement.execute("UPDATE item_event SET hash = repeat('a', 64)" + where);
            try (ResultSet row = statement.executeQuery("SELECT operator, hash FROM item_event" + where)) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("zhangsan");
                assertThat(row.getString(2)).isEqualTo("a".repeat(64));
            }
            assertThatThrownBy(() -> statement.execute("UPDATE item_event SET hash = repeat('b', 64)" + where))
                    .as("a hash once written").hasMessageContaining("append-only");
        }
    }

    @Test
    void theOperatorOfAServerConnectionIsItsLoginRole() throws SQLException {
        PostgresServer.executeAsSuperuser("DO $$ BEGIN CREATE ROLE wangwu LOGIN; EXCEPTION WHEN duplicate_object"
                + " THEN NULL; END $$");
        try (Connection connection = PostgresServer.connect(database)) {
            assertThat(OperatorSource.of(postgres(connection)).get()).isEqualTo("postgres");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET ROLE wangwu");
            }
            assertThat(OperatorSource.of(postgres(connection)).get()).isEqualTo("wangwu");
        }
    }

    @Test
    void theHistoryAndTheLedgerNameALoginByItsStaffNameOrElseByTheLogin() throws SQLException {
        try (Connection connection = PostgresServer.connect(database);
             Statement statement = connection.createStatement()) {
            long named = insertEvent(statement, "zhaoliu");
            long unnamed = insertEvent(statement, "sunqi");
            statement.execute("INSERT INTO staff (login, display_name) VALUES ('zhaoliu', '赵六')");
            assertThatThrownBy(() -> statement.execute("INSERT INTO staff (login, display_name) VALUES ('x', '  ')"))
                    .hasMessageContaining("check");

            ItemStore items = new ItemStore(postgres(connection), Clock.systemUTC(), () -> "unused");
            assertThat(items.history(itemOf(statement, named))).extracting(ItemEvent::operator).containsExactly("赵六");
            assertThat(items.history(itemOf(statement, unnamed))).extracting(ItemEvent::operator)
                    .containsExactly("sunqi");
            assertThat(items.operators()).containsEntry(itemOf(statement, named), new ItemOperators("赵六", null))
                    .containsEntry(itemOf(statement, unnamed), new ItemOperators("sunqi", null));
        }
    }

    private static DSLContext postgres(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    /** A new item with one CREATE event by {@code operator}; returns the event's id. */
    private static long insertEvent(Statement statement, String operator) throws SQLException {
        statement.execute("INSERT INTO unit (name) VALUES ('县发改局') ON CONFLICT DO NOTHING");
        statement.execute("INSERT INTO item (title, status, position, source, category, lead_unit_id, owner,"
                + " assigned_on, deadline, created_at, updated_at) VALUES ('事项', 'ASSIGNED', 1, 'OTHER', 'KEY',"
                + " (SELECT id FROM unit WHERE name = '县发改局'), '张三', '2026-11-02', '2026-12-30',"
                + " '2026-11-02T09:00:00.000+08:00', '2026-11-02T09:00:00.000+08:00')");
        try (ResultSet row = statement.executeQuery("INSERT INTO item_event (item_id, at, kind, to_status, operator)"
                + " VALUES ((SELECT max(id) FROM item), '2026-11-02T09:00:00.000+08:00', 'CREATE', 'ASSIGNED', '"
                + operator + "') RETURNING id")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long itemOf(Statement statement, long eventId) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT item_id FROM item_event WHERE id = " + eventId)) {
            row.next();
            return row.getLong(1);
        }
    }
}
