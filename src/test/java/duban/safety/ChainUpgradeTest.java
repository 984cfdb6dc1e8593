package duban.safety;

import duban.store.HistoryVerifier;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import duban.store.Database;
import duban.store.EventChainStore;
import duban.store.ItemStore;
import duban.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A file written before the chain (schema version 2) gets its hashes once, in id order, the first
 * time this version opens it; from then on it verifies intact, and its pre-migration backup (which
 * has no hashes) is compared by content.
 */
class ChainUpgradeTest {

    @TempDir
    Path folder;

    private final Clock clock = TestClock.startingToday(SafetyFixture.ZONE);

    @Test
    void aVersionTwoFileIsSealedAtItsFirstOpenAndThenVerifiesIntact() throws Exception {
        Path file = versionTwoFile(folder.resolve("duban.db"));
        HistoryVerifier.Report before = HistoryVerifier.verify(file);
        assertThat(before.chain().neverSealed()).isTrue();
        assertThat(before.intact()).isFalse();

        try (Database database = Database.open(file)) {
            assertThat(database.dsl().fetchValue("SELECT count(*) FROM item_event WHERE hash IS NULL")).isEqualTo(0);
            assertThat(EventChainStore.sealUnsealed(database.dsl())).as("sealed once only").isZero();
        }
        HistoryVerifier.Report after = HistoryVerifier.verify(file);

        assertThat(after.backup()).hasValueSatisfying(
                backup -> assertThat(backup.getFileName().toString()).endsWith("-before-migration.db"));
        assertThat(after.backupEvents()).isEqualTo(6);
        assertThat(after.chain().eventsChecked()).isEqualTo(6);
        assertThat(after.intact()).isTrue();
    }

    @Test
    void theApplicationWritesOnFromTheSealedEventsAndReopeningChangesNothing() throws Exception {
        Path file = versionTwoFile(folder.resolve("duban.db"));
        String head;
        try (Database database = Database.open(file)) {
            ItemStore items = new ItemStore(database.dsl(), clock);
            Item item = items.find(1);
            items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 3.0, null, "已上报");
            head = String.valueOf(database.dsl().fetchValue("SELECT hash FROM item_event WHERE id = 7"));
        }
        try (Database again = Database.open(file)) {
            assertThat(again.dsl().fetchValue("SELECT hash FROM item_event WHERE id = 7")).isEqualTo(head);
        }

        HistoryVerifier.Report report = HistoryVerifier.verify(file);
        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(7);
        assertThat(report.chain().headHash()).isEqualTo(head);
    }

    @Test
    void anEditOfAnOldEventBeforeTheUpgradeIsCaughtByThePreMigrationBackup() throws Exception {
        Path file = versionTwoFile(folder.resolve("duban.db"));
        try (Database database = Database.open(file)) {
            // the sealed chain is recomputed over an edited old event
            String trigger = String.valueOf(database.dsl().fetchValue(
                    "SELECT sql FROM sqlite_master WHERE name = 'item_event_append_only_update'"));
            database.dsl().execute("DROP TRIGGER item_event_append_only_update");
            database.dsl().execute("UPDATE item_event SET note = '改过的' WHERE id = 2");
            database.dsl().execute("UPDATE item_event SET hash = NULL");
            database.dsl().execute(trigger);
            EventChainStore.sealUnsealed(database.dsl());
        }

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.differsFromBackupAt()).contains(2L);
        assertThat(report.intact()).isFalse();
    }

    /**
     * A database as version 2 of the application left it: schema by Flyway up to version 2, rows
     * as that version wrote them (no hash column yet).
     */
    static Path versionTwoFile(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        SQLiteDataSource source = new SQLiteDataSource(new SQLiteConfig());
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration/sqlite").target("2").load().migrate();
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("INSERT INTO unit (id, name) VALUES (1, '县水利局')");
            for (int id = 1; id <= 2; id++) {
                // As the events below leave them (--verify compares): both moved to 办理中, 2 given a leader.
                statement.execute("INSERT INTO item (id, title, status, position, source, category, lead_unit_id, owner,"
                        + " leader, assigned_on, deadline, created_at, updated_at) VALUES (" + id + ", '旧事项 " + id
                        + "', 'IN_PROGRESS', " + (id == 1 ? "0.1" : "-0.5") + ", 'LEADER_INSTRUCTION', 'KEY', 1, '周建平', "
                        + (id == 2 ? "'王'" : "NULL") + ", '2026-10-01',"
                        + " '2026-12-31', '2026-10-01T09:00:00.000+08:00', '2026-10-01T09:00:00.000+08:00')");
            }
            statement.execute("INSERT INTO item_event (item_id, at, kind, to_status, to_position, changes) VALUES"
                    + " (1, '2026-10-01T09:00:00.000+08:00', 'CREATE', 'ASSIGNED', 1024, '{\"title\":\"旧事项 1\"}'),"
                    + " (2, '2026-10-01T09:00:01.000+08:00', 'CREATE', 'ASSIGNED', 2048, '{\"title\":\"旧事项 2\"}'),"
                    + " (1, '2026-10-02T09:00:00.000+08:00', 'MOVE', 'IN_PROGRESS', 0.1, NULL),"
                    + " (1, '2026-10-03T09:00:00.000+08:00', 'REPORT', NULL, NULL, '{\"content\":\"进展\"}'),"
                    + " (2, '2026-10-04T09:00:00.000+08:00', 'EDIT', NULL, NULL, '{\"leader\":[null,\"王\"]}')");
            statement.execute("INSERT INTO item_event (item_id, at, kind, from_status, to_status, from_position,"
                    + " to_position, note) VALUES (2, '2026-10-05T09:00:00.000+08:00', 'MOVE', 'ASSIGNED', 'IN_PROGRESS',"
                    + " 2048, -0.5, '开始办理')");
        }
        return file;
    }
}
