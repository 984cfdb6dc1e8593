package duban.safety;

import duban.store.HistoryVerifier;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import duban.store.Database;
import duban.store.ItemStore;
import duban.testing.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appending an event reads one row (the last hash, by primary key): 1,000 moves must cost about
 * what they cost without the chain. Prints the figure; fails only when far off.
 */
class EventChainTimingTest {

    @TempDir
    Path folder;

    @Test
    void aThousandMovesStayCheap() throws Exception {
        Clock clock = TestClock.startingToday(SafetyFixture.ZONE);
        try (Database database = Database.open(folder.resolve("duban.db"))) {
            ItemStore items = new ItemStore(database.dsl(), clock);
            List<Item> seeded = SafetyFixture.seed(database, 10);
            Status[] columns = {Status.IN_PROGRESS, Status.AWAITING_FEEDBACK, Status.ASSIGNED};
            int[] versions = seeded.stream().mapToInt(Item::version).toArray();
            for (int i = 0; i < 200; i++) { // warm-up
                versions[i % 10] = items.move(seeded.get(i % 10).id(), versions[i % 10], columns[i % 3], i, null, null)
                        .version();
            }
            long started = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                versions[i % 10] = items.move(seeded.get(i % 10).id(), versions[i % 10], columns[i % 3], 1000.0 + i,
                        null, "第" + i + "次").version();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("EventChainTimingTest: 1000 moves in %d ms (%.2f ms each)%n", millis, millis / 1000.0);
            assertThat(millis).as("1,000 moves").isLessThan(60_000);
        }
    }

    @Test
    void sealingTenThousandOlderEventsAtTheFirstOpenTakesAMomentOnce() throws Exception {
        Path file = ChainUpgradeTest.versionTwoFile(folder.resolve("older").resolve("duban.db"));
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9994)"
                    + " INSERT INTO item_event (item_id, at, kind, from_status, to_status, from_position, to_position, note)"
                    + " SELECT 1 + i % 2, '2026-10-06T09:00:00.000+08:00', 'MOVE', 'IN_PROGRESS', 'AWAITING_FEEDBACK',"
                    + " i, i + 0.5, '第' || i || '次' FROM n");
            // The items where those moves leave them (--verify compares each item with its history).
            statement.execute("UPDATE item SET status = 'AWAITING_FEEDBACK'");
        }

        long started = System.nanoTime();
        try (Database database = Database.open(file)) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("EventChainTimingTest: first open of a version-2 file with 10000 events (backup,"
                    + " migration, sealing) in %d ms%n", millis);
            assertThat(database.dsl().fetchValue("SELECT count(*) FROM item_event WHERE hash IS NULL")).isEqualTo(0);
        }
        started = System.nanoTime();
        try (Database again = Database.open(file)) {
            System.out.printf("EventChainTimingTest: the next open in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        }
        HistoryVerifier.Report report = HistoryVerifier.verify(file);
        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(10_000);
    }
}
