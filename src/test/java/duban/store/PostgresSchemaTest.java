package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.store.generated.DefaultSchema;
import duban.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL migrations build the schema the jOOQ model (generated from the SQLite migrations)
 * describes: same tables, same columns, same nullability, and the same rules where SQLite's
 * wording differs (dates, the append-only triggers, the identity row).
 */
class PostgresSchemaTest {

    private static String database;

    @BeforeAll
    static void migrate() {
        database = PostgresServer.freshDatabase("schema");
        Flyway.configure().dataSource(PostgresServer.get().getDatabase("postgres", database))
                .locations("classpath:db/migration/postgresql").load().migrate();
    }

    @Test
    void everyTableAndColumnOfTheJooqModelExistsWithTheSameNullability() throws SQLException {
        Map<String, Boolean> model = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                // SQLite lets a primary key column be NULL (its jOOQ model says so); PostgreSQL does not.
                boolean key = table.getPrimaryKey() != null && table.getPrimaryKey().getFields().contains(field);
                model.put(table.getName() + "." + field.getName(), field.getDataType().nullable() && !key);
            }
        }
        Map<String, Boolean> server = new TreeMap<>();
        try (Connection connection = PostgresServer.connect(database)) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(null, "public", "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME");
                    if (!table.equals("flyway_schema_history")) {
                        server.put(table + "." + columns.getString("COLUMN_NAME"),
                                columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable);
                    }
                }
            }
        }
        assertThat(server).isEqualTo(model);
    }

    @Test
    void datesMustBeRealCalendarDatesAndTheHistoryIsAppendOnly() throws SQLException {
        try (Connection connection = PostgresServer.connect(database);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO unit (name) VALUES ('县发改局')");
            String item = "INSERT INTO item (title, status, position, source, category, lead_unit_id, owner,"
                    + " assigned_on, deadline, created_at, updated_at) VALUES ('事项', 'ASSIGNED', 1, 'OTHER', 'KEY',"
                    + " (SELECT id FROM unit), '张三', '2026-11-02', '%s', 'x', 'x')";
            assertThatThrownBy(() -> statement.execute(item.formatted("2026-02-30")))
                    .hasMessageContaining("check");
            statement.execute(item.formatted("2026-12-30"));
            statement.execute("INSERT INTO item_event (item_id, at, kind) VALUES ((SELECT id FROM item), 'x', 'CREATE')");
            assertThatThrownBy(() -> statement.execute("UPDATE item_event SET note = 'changed'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM item_event"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE item_event CASCADE"))
                    .hasMessageContaining("append-only");
            // A missing hash may be filled in once, nothing else.
            statement.execute("UPDATE item_event SET hash = repeat('a', 64)");
            assertThatThrownBy(() -> statement.execute("UPDATE item_event SET hash = repeat('b', 64)"))
                    .hasMessageContaining("append-only");
            try (ResultSet identity = statement.executeQuery("SELECT id, created_at FROM database_identity")) {
                assertThat(identity.next()).isTrue();
                assertThat(identity.getString(1)).matches("[0-9a-f]{32}");
                assertThat(identity.getString(2)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            }
            assertThatThrownBy(() -> statement.execute("DELETE FROM database_identity")).hasMessageContaining("fixed");
        }
    }
}
