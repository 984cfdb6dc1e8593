package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.EventChain;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ReminderLevel;
import duban.domain.Source;
import duban.domain.UnitKind;
import duban.domain.documents.DocumentKind;
import duban.store.DatabaseCopy.CopyException;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving an office's data: file to server to file, refusals, and a failure halfway that leaves nothing. */
class DatabaseCopyTest {

    private static final Clock CLOCK = TestClock.startingToday();

    @TempDir
    Path folder;

    static ServerAddress server(String database) {
        return ServerAddress.parse(PostgresServer.address(database)).orElseThrow();
    }

    /**
     * The demo office, one item withdrawn, settings changed twice, notices and a 催办单 issued and the
     * office's own 通知单 template: a row in every table.
     */
    static void fillLikeAnOffice(Database database) {
        Stores stores = Stores.over(database, CLOCK);
        stores.demoData().seedIfEmpty();
        Item first = stores.items().loadBoard().get(0);
        stores.items().withdraw(first.id(), first.version(), "重复交办");
        List<Long> onBoard = stores.documents().itemsWithoutNotice();
        stores.documents().issueNotices(onBoard.subList(0, 3), TestClock.TODAY, "督办");
        stores.documents().issueReminderNotice(onBoard.get(0), TestClock.TODAY, ReminderLevel.RED, "逾期未报", "催办");
        stores.documents().replaceTemplate(DocumentKind.NOTICE, "督办通知单（本县）.docx",
                DocumentTemplatesTest.docx("本县的督办通知单"));
        stores.settings().put("office.name", "某县人民政府督查室");
        stores.settings().put("office.name", "某县政府督查室");
        stores.settings().put(BackupService.KEEP_SETTING, "12");
        // The names of the office's logins (schema v5): filled in by the owner with SQL.
        database.dsl().execute("INSERT INTO staff (login, display_name) VALUES ('zhang', '张三')");
        // Schema v7's tables, written plainly here (the stores' own tests write them their way): a
        // sub-item, an occurrence of a series, an attachment with its bytes and a saved board.
        List<Item> board = stores.items().loadBoard();
        database.dsl().execute("UPDATE item SET parent_id = ? WHERE id = ?", board.get(1).id(), board.get(2).id());
        database.dsl().execute("INSERT INTO recurrence_series (id, rule, started_on, created_at)"
                + " VALUES (1, 'MONTHLY_DAY:25', '2026-11-01', '2026-11-01T09:00:00.000+08:00')");
        database.dsl().execute("UPDATE item SET series_id = 1, period_start = '2026-11-01' WHERE id = ?",
                board.get(3).id());
        // The attachment through its store: --verify wants its ATTACH event with its hash.
        try {
            Path pdf = java.nio.file.Files.createTempFile("整改报告", ".pdf");
            java.nio.file.Files.write(pdf, "%PDF-1.7 整改报告".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            stores.attachments().attach(board.get(3).id(), duban.domain.attachments.AttachmentKind.EVIDENCE, pdf);
            java.nio.file.Files.delete(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        database.dsl().execute("INSERT INTO saved_board (name, scope, sort_order, created_at)"
                + " VALUES ('领导批示件', '{\"source\":\"LEADER_INSTRUCTION\"}', 1, '2026-11-02T09:00:00.000+08:00')");
    }

    @Test
    void aFileCopiedToAServerAndBackGivesTheSameFileTableByTable() throws Exception {
        Path original = folder.resolve("office.db");
        Path back = folder.resolve("back.db");
        String name = PostgresServer.freshMigratedDatabase("copy_round_trip");
        DatabaseCopy.Outcome there;
        DatabaseCopy.Outcome again;
        try (Database file = Database.open(original)) {
            fillLikeAnOffice(file);
            try (Database onServer = Database.openServer(server(name), null, false)) {
                there = DatabaseCopy.copy(file, onServer);
                try (Database copy = Database.open(back)) {
                    again = DatabaseCopy.copy(onServer, copy);
                }
                // The server's own identity stays, and its next item takes the id after the copied ones.
                Stores stores = Stores.over(onServer, CLOCK);
                long highest = stores.items().loadAll().stream().mapToLong(Item::id).max().orElseThrow();
                Item added = stores.items().create(new ItemDraft("迁移后新登记", "", Source.OTHER, Category.KEY,
                        stores.units().all().get(0).id(), List.of(), "张三", null, TestClock.TODAY, TestClock.TODAY.plusDays(30)));
                assertThat(added.id()).isEqualTo(highest + 1);
                assertThat(onServer.onConnection(DatabaseIdentity::of)).isNotEqualTo(
                        file.onConnection(DatabaseIdentity::of));
            }
        }
        assertThat(there.rows("item")).isEqualTo(46);
        assertThat(there.rows("item_event")).isGreaterThan(46);
        // Referenced tables first (unit before item before its history); tables without keys may come anywhere.
        assertThat(there.tables()).extracting(DatabaseCopy.Copied::table).doesNotContain("database_identity")
                .containsSubsequence("unit", "item", "item_event");
        assertThat(there.tables()).allSatisfy(table -> assertThat(table.rows()).as(table.table()).isPositive());
        assertThat(there.rows("issued_document")).isEqualTo(4);
        assertThat(there.rows("document_template")).isEqualTo(1);
        assertThat(again.tables()).isEqualTo(there.tables());
        assertThat(again.headHash()).isEqualTo(there.headHash()).isNotEqualTo(EventChain.GENESIS);

        Map<String, List<String>> before = everyRow(original);
        Map<String, List<String>> after = everyRow(back);
        assertThat(after.keySet()).isEqualTo(before.keySet()).contains("item", "item_event", "setting_change",
                "issued_document", "document_template");
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
        assertThat(identity(back)).isNotEqualTo(identity(original));
        assertThat(duban.store.HistoryVerifier.verify(back).intact()).isTrue();
    }

    @Test
    void aNonEmptyTargetIsRefusedBeforeAnythingIsWritten() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("copy_not_empty");
        try (Database file = Database.open(folder.resolve("office.db"));
             Database onServer = Database.openServer(server(name), null, false)) {
            fillLikeAnOffice(file);
            new UnitStore(onServer.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            assertThatThrownBy(() -> DatabaseCopy.copy(file, onServer))
                    .isInstanceOfSatisfying(CopyException.class, e -> {
                        assertThat(e.reason()).isEqualTo(CopyException.Reason.TARGET_NOT_EMPTY);
                        assertThat(e.userMessage()).contains("不是空的").contains("单位 1 行").contains(name);
                    });
            assertThat(serverCounts(name).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);

            try (Database otherFile = Database.open(folder.resolve("other.db"))) {
                fillLikeAnOffice(otherFile);
                Map<String, List<String>> rows = everyRow(folder.resolve("other.db"));
                assertThatThrownBy(() -> DatabaseCopy.copy(file, otherFile))
                        .isInstanceOfSatisfying(CopyException.class,
                                e -> assertThat(e.reason()).isEqualTo(CopyException.Reason.TARGET_NOT_EMPTY));
                assertThat(everyRow(folder.resolve("other.db"))).isEqualTo(rows);
                assertThatThrownBy(() -> DatabaseCopy.copy(file, file)).isInstanceOfSatisfying(CopyException.class,
                        e -> assertThat(e.reason()).isEqualTo(CopyException.Reason.SAME_DATABASE));
            }
        }
    }

    @Test
    void aRowTheTargetRefusesHalfwayLeavesTheTargetEmpty() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("copy_refused_row");
        // The events come after units, items and their assisting units: those are written, then rolled back.
        PostgresServer.executeAsSuperuser(name, "ALTER TABLE item_event ADD CONSTRAINT no_moves CHECK (kind <> 'MOVE')");
        assertTheCopyFailsAndLeavesTheServerEmpty(name);
    }

    /** Copies the office onto the server {@code name}, which fails halfway: it is left empty, and told why in Chinese. */
    private void assertTheCopyFailsAndLeavesTheServerEmpty(String name) throws Exception {
        try (Database file = Database.open(folder.resolve("office.db"));
             Database onServer = Database.openServer(server(name), null, false)) {
            fillLikeAnOffice(file);
            assertThatThrownBy(() -> DatabaseCopy.copy(file, onServer))
                    .isInstanceOfSatisfying(CopyException.class, e -> {
                        assertThat(e.reason()).isEqualTo(CopyException.Reason.FAILED);
                        assertThat(e.userMessage()).contains("目标数据库仍是空的").doesNotContain("INSERT", "Exception");
                    });
        }
        assertThat(serverCounts(name)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @Test
    void aConnectionLostHalfwayLeavesTheTargetEmpty() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("copy_lost_connection");
        // The server ends the copy's own connection at its first event, in the middle of the transaction.
        PostgresServer.executeAsSuperuser(name, "CREATE FUNCTION cut_connection() RETURNS TRIGGER LANGUAGE plpgsql AS"
                + " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END; $$");
        PostgresServer.executeAsSuperuser(name, "CREATE TRIGGER cut_connection BEFORE INSERT ON item_event"
                + " FOR EACH STATEMENT EXECUTE FUNCTION cut_connection()");
        assertTheCopyFailsAndLeavesTheServerEmpty(name);
    }

    @Test
    void aFileIntoAFileAndAServerWithAnAlteredEventIsNotCopied() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("copy_altered_source");
        try (Database file = Database.open(folder.resolve("office.db"));
             Database onServer = Database.openServer(server(name), null, false)) {
            fillLikeAnOffice(file);
            DatabaseCopy.copy(file, onServer);
            try (Database copy = Database.open(folder.resolve("copy.db"))) {
                assertThat(DatabaseCopy.copy(file, copy).rows("item")).isEqualTo(46);
            }
            alterEvent(name, 3);
            try (Database second = Database.open(folder.resolve("second.db"))) {
                assertThatThrownBy(() -> DatabaseCopy.copy(onServer, second))
                        .isInstanceOfSatisfying(CopyException.class, e -> {
                            assertThat(e.reason()).isEqualTo(CopyException.Reason.SOURCE_CHAIN_BROKEN);
                            assertThat(e.userMessage()).contains("第 3 号");
                        });
                // A backup keeps the evidence as it is.
                assertThat(DatabaseCopy.snapshot(onServer, second).rows("item")).isEqualTo(46);
            }
        }
        assertThat(everyRow(folder.resolve("copy.db"))).isEqualTo(everyRow(folder.resolve("office.db")));
    }

    /** Changes event {@code id}'s note as an intruder with the superuser's rights would. */
    static void alterEvent(String database, long id) {
        PostgresServer.executeAsSuperuser(database, "ALTER TABLE item_event DISABLE TRIGGER USER;"
                + " UPDATE item_event SET note = '改过' WHERE id = " + id + ";"
                + " ALTER TABLE item_event ENABLE TRIGGER USER");
    }

    /** Every row of every table but the identity and Flyway's, as SQLite quotes each value (type included), sorted. */
    static Map<String, List<String>> everyRow(Path file) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = ReadOnlyConnections.open(file); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' AND name NOT IN ('flyway_schema_history', 'database_identity')"
                    + " ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String table : names) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT name FROM pragma_table_info('" + table + "')")) {
                    while (rows.next()) {
                        columns.add("quote(\"" + rows.getString(1) + "\")");
                    }
                }
                List<String> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT " + String.join(" || '|' || ", columns)
                        + " FROM \"" + table + "\"")) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
                values.sort(null);
                tables.put(table + " (" + String.join(",", columns) + ")", values);
            }
        }
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        tables.forEach((key, rows) -> byTable.put(key.substring(0, key.indexOf(' ')), rows));
        // The columns must match too: compared through the key's column list.
        byTable.put("(columns)", new ArrayList<>(tables.keySet()));
        return byTable;
    }

    private static String identity(Path file) throws SQLException {
        return DatabaseIdentity.ofFile(file).orElseThrow().id();
    }

    /** The rows of every copied table on the server, read by the superuser. */
    static Map<String, Long> serverCounts(String database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = PostgresServer.connect(database); Statement statement = connection.createStatement()) {
            for (org.jooq.Table<?> table : DatabaseCopy.copiedTables()) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table.getName())) {
                    rows.next();
                    counts.put(table.getName(), rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
