package duban.safety;

import duban.domain.Closing;
import duban.store.BackupService;

import duban.store.HistoryVerifier;

import duban.store.EventRows;

import duban.domain.EventChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Status;
import duban.domain.EventChain.Stored;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.WorkflowStore;
import duban.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hash chain over the event log as the real stores write it (schema version 3), tampered with
 * by plain SQL as someone with the sqlite3 shell would: triggers dropped, rows edited or deleted,
 * hashes recomputed.
 */
class HistoryVerifierTest {

    @TempDir
    Path folder;

    private final Clock clock = TestClock.startingToday(SafetyFixture.ZONE);
    private Path file;
    private Database database;
    private ItemStore items;

    /** Events 1-3 create 事项 1-3, events 4-6 move them to 办理中. */
    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("duban.db");
        database = Database.open(file);
        items = new ItemStore(database.dsl(), clock);
        List<Item> seeded = SafetyFixture.seed(database, 3);
        for (Item item : seeded) {
            items.move(item.id(), item.version(), Status.IN_PROGRESS, 0.5 + item.id(), null, "开始办理");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anUntouchedLogIsIntactAndEveryEventCarriesItsHash() throws Exception {
        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(6);
        assertThat(report.chain().headHash()).hasSize(64).isNotEqualTo(EventChain.GENESIS);
        assertThat(HistoryVerifier.readLog(file)).extracting(Stored::hash).doesNotContainNull();
        assertThat(database.dsl().fetchValue("SELECT hash FROM item_event ORDER BY id DESC LIMIT 1"))
                .isEqualTo(report.chain().headHash());
    }

    @Test
    void everyKindOfEventTheStoresWriteChainsAsTheVerifierReadsIt() throws Exception {
        WorkflowStore workflow = new WorkflowStore(database.dsl(), clock);
        LocalDate today = LocalDate.now(clock);
        Item item = items.find(1);
        duban.domain.ItemDraft was = duban.domain.ItemDraft.of(item);
        item = items.update(item.id(), item.version(), new duban.domain.ItemDraft("事项 1 (改)", was.details(),
                was.source(), was.category(), was.leadUnitId(), was.assistUnitIds(), was.owner(), "王副县长",
                was.assignedOn(), was.deadline()));
        item = items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, -0.0, null, null);
        item = items.sendBack(item.id(), item.version(), null, null, "材料不全");
        item = workflow.addReport(item.id(), today, "周建平", "已完成 60%。\n含换行、emoji 🚰 与 'SQL' \"引号\"");
        item = workflow.addReminder(item.id(), today, ReminderMethod.SUPERVISION_NOTICE, ReminderLevel.RED, "请加快");
        item = workflow.extend(item.id(), item.version(), item.currentDeadline().plusDays(10), "雨季", "张副县长", today);
        item = items.move(item.id(), item.version(), Status.CLOSED, 7.25, new Closing(today, "已办结"), null);
        item = items.withdraw(item.id(), item.version(), "重复交办");
        items.restore(item.id(), item.version(), "误撤销");

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().problem()).isNull();
        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(15);
        assertThat(database.dsl().fetchValue("SELECT count(DISTINCT kind) FROM item_event")).isEqualTo(9);
    }

    @Test
    void editingAnEventsChangesIsNamedByItsIdAndItem() throws Exception {
        Object itemOfEvent2 = database.dsl().fetchValue("SELECT item_id FROM item_event WHERE id = 2");
        asAttacker("UPDATE item_event SET changes = replace(changes, '周建平', '李四') WHERE id = 2");

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.intact()).isFalse();
        assertThat(report.chain().firstBadEvent()).contains(2L);
        assertThat(report.chain().firstBadItemId()).isEqualTo(((Number) itemOfEvent2).longValue());
        assertThat(report.chain().problem()).isEqualTo(EventChain.ALTERED);
        assertThat(report.chain().eventsChecked()).isEqualTo(1);
    }

    @Test
    void anEditedNoteTimeOrPositionIsCaughtToo() throws Exception {
        asAttacker("UPDATE item_event SET note = '未开始' WHERE id = 5");
        assertThat(HistoryVerifier.verify(file).chain().firstBadEvent()).contains(5L);
    }

    @Test
    void aChangedTimeIsCaught() throws Exception {
        asAttacker("UPDATE item_event SET at = '2026-01-01T00:00:00.000+08:00' WHERE id = 3");
        assertThat(HistoryVerifier.verify(file).chain().firstBadEvent()).contains(3L);
    }

    @Test
    void aChangedPositionIsCaught() throws Exception {
        asAttacker("UPDATE item_event SET to_position = to_position + 1 WHERE id = 6");
        assertThat(HistoryVerifier.verify(file).chain().firstBadEvent()).contains(6L);
    }

    @Test
    void aRemovedMiddleEventIsNamedByItsId() throws Exception {
        asAttacker("DELETE FROM item_event WHERE id = 3");

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().firstBadEvent()).contains(4L);
        assertThat(report.chain().problem()).isEqualTo("REMOVED:3-3");
        assertThat(report.chain().removedIds()).hasValueSatisfying(ids -> assertThat(ids).containsExactly(3, 3));
    }

    @Test
    void aRemovedFirstEventIsNamed() throws Exception {
        asAttacker("DELETE FROM item_event WHERE id IN (1, 2)");
        assertThat(HistoryVerifier.verify(file).chain().problem()).isEqualTo("REMOVED:1-2");
    }

    @Test
    void removingTheLastEventIsCaughtByTheNewestBackup() throws Exception {
        new BackupService(database, clock).backupNow();
        asAttacker("DELETE FROM item_event WHERE id = 6");

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().intact()).as("the chain alone cannot tell").isTrue();
        assertThat(report.differsFromBackupAt()).contains(6L);
        assertThat(report.intact()).isFalse();
    }

    @Test
    void aChainRecomputedAfterAnEditIsCaughtByTheNewestBackup() throws Exception {
        new BackupService(database, clock).backupNow();
        asAttacker("UPDATE item_event SET note = '改写' WHERE id = 4");
        recomputeAll(); // by someone who knows how

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().intact()).isTrue();
        assertThat(report.differsFromBackupAt()).contains(4L);
        assertThat(report.intact()).isFalse();
    }

    @Test
    void eventsAppendedAfterTheBackupDoNotCountAsDifferences() throws Exception {
        new BackupService(database, clock).backupNow();
        Item item = items.find(2);
        items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 9.0, null, null);

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.intact()).isTrue();
        assertThat(report.backupEvents()).isEqualTo(6);
        assertThat(report.chain().eventsChecked()).isEqualTo(7);
    }

    @Test
    void withTheTriggersInPlaceNothingButAMissingHashCanBeWritten() {
        assertThatThrownBy(() -> database.dsl().execute("UPDATE item_event SET note = '篡改' WHERE id = 2"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.dsl().execute("UPDATE item_event SET hash = ? WHERE id = 2", "a".repeat(64)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.dsl().execute("UPDATE item_event SET hash = NULL WHERE id = 2"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.dsl().execute("DELETE FROM item_event WHERE id = 6"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        database.dsl().execute("INSERT INTO item_event (item_id, at, kind, note) VALUES (1, '2026-11-21T10:15:30.123+08:00', 'EDIT', '手写')");
        assertThatThrownBy(() -> database.dsl().execute(
                "UPDATE item_event SET hash = ?, note = '又改' WHERE id = 7", "b".repeat(64)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.dsl().execute("UPDATE item_event SET hash = 'zz' WHERE id = 7"))
                .isInstanceOf(DataAccessException.class);
        database.dsl().execute("UPDATE item_event SET hash = ? WHERE id = 7", "c".repeat(64));
        assertThatThrownBy(() -> database.dsl().execute("UPDATE item_event SET hash = ? WHERE id = 7", "d".repeat(64)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void anEventWrittenByHandIsNamedAndStaysNamedAfterTheApplicationWritesOnAndReopens() throws Exception {
        database.dsl().execute("INSERT INTO item_event (item_id, at, kind, note) VALUES (2, '2026-11-21T10:15:30.123+08:00', 'EDIT', '补记')");
        Item item = items.find(1);
        items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 9.0, null, null);
        database.close();
        database = Database.open(file);

        HistoryVerifier.Report report = HistoryVerifier.verify(file);

        assertThat(report.chain().firstBadEvent()).contains(7L);
        assertThat(report.chain().firstBadItemId()).isEqualTo(2L);
        assertThat(report.chain().problem()).isEqualTo(EventChain.UNSEALED);
        assertThat(database.dsl().fetchValue("SELECT hash FROM item_event WHERE id = 7")).isNull();
        // The application's own event after it is numbered and chained on regardless.
        assertThat(database.dsl().fetchValue("SELECT id FROM item_event WHERE kind = 'MOVE' ORDER BY id DESC LIMIT 1"))
                .isEqualTo(8);
        asAttacker("DELETE FROM item_event WHERE id = 7");
        assertThat(HistoryVerifier.verify(file).chain().problem()).isEqualTo("REMOVED:7-7");
    }

    @Test
    void twoConnectionsAppendingAtOnceKeepOneUnbrokenChain() throws Exception {
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (long itemId = 1; itemId <= 2; itemId++) {
            long id = itemId;
            writers.add(new Thread(() -> {
                try (Database own = Database.open(file)) {
                    ItemStore store = new ItemStore(own.dsl(), clock);
                    Status[] columns = {Status.AWAITING_FEEDBACK, Status.IN_PROGRESS};
                    for (int i = 0; i < 100; i++) {
                        Item now = store.find(id);
                        store.move(id, now.version(), columns[i % 2], i, null, "第" + i + "次");
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(failures).isEmpty();
        HistoryVerifier.Report report = HistoryVerifier.verify(file);
        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(206);
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
    void aMissingFileIsRefusedAndNotCreated() {
        Path missing = folder.resolve("nowhere.db");

        assertThatThrownBy(() -> HistoryVerifier.verify(missing))
                .isInstanceOfSatisfying(HistoryVerifier.NotADatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(HistoryVerifier.NotADatabaseException.Reason.MISSING));
        assertThat(missing).doesNotExist();
    }

    /** Writes with the append-only triggers out of the way, as the sqlite3 shell allows, then puts them back. */
    private void asAttacker(String... statements) {
        List<String> triggers = database.dsl().fetchValues(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'item_event'").stream()
                .map(String::valueOf).toList();
        database.dsl().execute("DROP TRIGGER item_event_append_only_update");
        database.dsl().execute("DROP TRIGGER item_event_append_only_delete");
        for (String sql : statements) {
            database.dsl().execute(sql);
        }
        triggers.forEach(trigger -> database.dsl().execute(trigger));
    }

    /** Recomputes every hash in id order, as an attacker who read EventChain would. */
    private void recomputeAll() throws Exception {
        List<Stored> log = database.dsl().connectionResult(connection -> EventRows.read(connection, 0));
        List<String> sql = new ArrayList<>();
        String previous = EventChain.GENESIS;
        for (Stored event : log) {
            previous = EventChain.next(previous, event.content());
            sql.add("UPDATE item_event SET hash = '" + previous + "' WHERE id = " + event.content().id());
        }
        asAttacker(sql.toArray(String[]::new));
    }
}
