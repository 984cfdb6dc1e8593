package duban.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Item;
import duban.domain.Status;
import duban.safety.EventChain.Stored;
import duban.store.Database;
import duban.store.ItemStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hash chain over the event log, tampered with by plain SQL as someone with the sqlite3 shell
 * would. The proposed schema version 3 (an {@code item_event.hash} column, filled by the store as
 * it appends) is simulated here: the test adds the column and seals the rows itself.
 */
class HistoryVerifierTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.system(SafetyFixture.ZONE);
    private Path file;
    private Database database;
    private ItemStore items;

    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("duban.db");
        database = Database.open(file);
        items = new ItemStore(database.dsl(), clock);
        List<Item> seeded = SafetyFixture.seed(database, 3);
        for (Item item : seeded) {
            items.move(item.id(), item.version(), Status.IN_PROGRESS, 0.5 + item.id(), null, "开始办理");
        }
        database.dsl().execute("ALTER TABLE item_event ADD COLUMN hash CHAR(64)");
        sealAll();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUntouchedLogIsIntact() throws Exception {
        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(6);
        assertThat(report.chain().headHash()).hasSize(64).isNotEqualTo(EventChain.GENESIS);
    }

    @Test
    void anEditedEventIsNamedByItsId() throws Exception {
        asAttacker("UPDATE item_event SET note = '未开始' WHERE id = 5");

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.intact()).isFalse();
        assertThat(report.chain().firstBadEvent()).contains(5L);
        assertThat(report.chain().problem()).isEqualTo("ALTERED");
    }

    @Test
    void aChangedPositionOrTimeIsCaughtToo() throws Exception {
        asAttacker("UPDATE item_event SET at = '2026-01-01T00:00:00.000+08:00' WHERE id = 2");

        assertThat(HistoryVerifier.verify(file).chain().firstBadEvent()).contains(2L);
    }

    @Test
    void aRemovedEventIsNamedByItsId() throws Exception {
        asAttacker("DELETE FROM item_event WHERE id = 3");

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().firstBadEvent()).contains(4L);
        assertThat(report.chain().problem()).isEqualTo("REMOVED:3-3");
    }

    @Test
    void removingTheLastEventsOrResealingAfterAnEditIsCaughtByTheBackup() throws Exception {
        new BackupService(database, clock).backupNow();
        asAttacker("DELETE FROM item_event WHERE id = 6");
        assertThat(HistoryVerifier.verify(file).chain().intact()).as("the chain alone cannot tell").isTrue();
        assertThat(HistoryVerifier.verify(file).differsFromBackupAt()).contains(6L);

        asAttacker("UPDATE item_event SET note = '改写' WHERE id = 4");
        sealAll(); // recomputed by someone who knows how
        HistoryVerifier.Report report = HistoryVerifier.verify(file);
        assertThat(report.chain().intact()).isTrue();
        assertThat(report.differsFromBackupAt()).contains(4L);
        assertThat(report.intact()).isFalse();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.db"), "这不是数据库");

        assertThatThrownBy(() -> HistoryVerifier.verify(notes))
                .isInstanceOf(HistoryVerifier.NotADatabaseException.class).hasMessageContaining("not an SQLite database");
        assertThat(Files.readString(notes)).isEqualTo("这不是数据库");
        assertThat(folder.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void eventsWrittenWithoutAHashAreReported() throws Exception {
        Item item = items.find(1);
        items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 9.0, null, null); // today's store: no hash

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().firstBadEvent()).contains(7L);
        assertThat(report.chain().problem()).isEqualTo("UNSEALED");
    }

    @Test
    void aFileFromBeforeTheChainIsReportedUnsealedNotBroken() throws Exception {
        Path older = folder.resolve("older").resolve("duban.db");
        try (Database plain = Database.open(older)) {
            SafetyFixture.seed(plain, 1);
        }

        HistoryVerifier.Report report = HistoryVerifier.verify(older);

        assertThat(report.chain().firstBadEvent()).contains(1L);
        assertThat(report.chain().problem()).isEqualTo("UNSEALED");
    }

    /** Writes with the append-only triggers out of the way, as the sqlite3 shell allows. */
    private void asAttacker(String sql) {
        database.dsl().execute("DROP TRIGGER item_event_append_only_update");
        database.dsl().execute("DROP TRIGGER item_event_append_only_delete");
        database.dsl().execute(sql);
        recreateTriggers();
    }

    /** What the proposed migration and store do: every event's hash, in id order. */
    private void sealAll() throws Exception {
        database.dsl().execute("DROP TRIGGER item_event_append_only_update");
        String previous = EventChain.GENESIS;
        for (Stored event : HistoryVerifier.readLog(file)) {
            previous = EventChain.next(previous, event.content());
            database.dsl().execute("UPDATE item_event SET hash = ? WHERE id = ?", previous, event.content().id());
        }
        database.dsl().execute("""
                CREATE TRIGGER item_event_append_only_update BEFORE UPDATE ON item_event
                BEGIN SELECT RAISE(ABORT, 'item_event is append-only'); END""");
    }

    private void recreateTriggers() {
        database.dsl().execute("""
                CREATE TRIGGER item_event_append_only_update BEFORE UPDATE ON item_event
                BEGIN SELECT RAISE(ABORT, 'item_event is append-only'); END""");
        database.dsl().execute("""
                CREATE TRIGGER item_event_append_only_delete BEFORE DELETE ON item_event
                BEGIN SELECT RAISE(ABORT, 'item_event is append-only'); END""");
    }
}
