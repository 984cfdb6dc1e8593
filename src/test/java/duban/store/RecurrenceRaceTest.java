package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.UnitKind;
import duban.domain.recurrence.RecurrenceRule;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs on one file (here) or one server ({@link RecurrenceRaceOnServerTest}) on the first day
 * of April: one crosses off every March occurrence while the other opens the board (creating the
 * occurrences whose period started) again and again, and a third starts up at the same moment.
 * Every series ends with exactly one April occurrence, and no closing failed.
 */
class RecurrenceRaceTest {

    private static final int SERIES = 20;
    private static final LocalDate APRIL_FIRST = LocalDate.of(2026, 4, 1);

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(
            APRIL_FIRST.atTime(9, 0).atZone(RecurrenceStoreTest.ZONE).toInstant(), RecurrenceStoreTest.ZONE);
    private Database first;
    private Database second;
    private Database third;

    @BeforeEach
    void open() throws Exception {
        first = where().open(folder, "race");
        // The other PCs: more connections to the same database (one store thread each, as in the app).
        second = first.onServer() ? Database.openServer(first.server(), null, false) : Database.open(first.file());
        third = first.onServer() ? Database.openServer(first.server(), null, false) : Database.open(first.file());
    }

    @AfterEach
    void close() {
        for (Database other : new Database[] {second, third}) {
            if (other != null) {
                other.close();
            }
        }
        TestDatabase.discard(first);
    }

    TestDatabase where() {
        return TestDatabase.FILE;
    }

    @Test
    void closingsAndStartsRacingCreateEachAprilOccurrenceOnce() throws Exception {
        Stores one = Stores.over(first, clock);
        Stores two = Stores.over(second, clock);
        Stores three = Stores.over(third, clock);
        long unitId = new UnitStore(first.dsl()).add("县统计局", UnitKind.COUNTY_DEPARTMENT).id();
        List<Item> march = IntStream.range(0, SERIES).mapToObj(index -> {
            Item item = one.items().create(new ItemDraft("月报 " + index, "", Source.OTHER, Category.ROUTINE, unitId,
                    List.of(), "李娜", null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 25)));
            return one.recurrence().makeRecurring(item.id(), item.version(), RecurrenceRule.monthlyOn(25));
        }).toList();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> writers = new ArrayList<>();
        try {
            writers.add(pool.submit(() -> {
                start.await();
                for (Item item : march) {
                    one.items().move(item.id(), item.version(), Status.CLOSED, 1, new Closing(APRIL_FIRST, "已报送"),
                            null);
                }
                return 0;
            }));
            for (Stores stores : List.of(two, three)) {
                writers.add(pool.submit(() -> {
                    start.await();
                    int created = 0;
                    for (int round = 0; round < SERIES; round++) {
                        created += stores.recurrence().createDueOccurrences(APRIL_FIRST).size();
                    }
                    return created;
                }));
            }
            start.countDown();
            for (Future<Integer> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (Item item : march) {
            List<Item> occurrences = one.recurrence().occurrences(item.links().seriesId());
            assertThat(occurrences).extracting(Item::assignedOn)
                    .containsExactly(LocalDate.of(2026, 3, 2), APRIL_FIRST);
            assertThat(occurrences.get(0).status()).isEqualTo(Status.CLOSED);
        }
        HistoryVerifier.Report report = first.onServer() ? HistoryVerifier.verify(first, Optional.empty())
                : HistoryVerifier.verify(first.file());
        assertThat(report.intact()).isTrue();
    }
}
