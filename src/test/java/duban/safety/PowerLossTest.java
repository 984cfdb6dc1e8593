package duban.safety;

import duban.domain.Closing;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.safety.EventLogAudit.ItemRow;
import duban.store.Database;
import duban.store.ItemStore;
import duban.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut, simulated: while a thread runs a burst of moves and edits through the
 * application's store, the database file and its {@code -wal} are copied as they are at random
 * instants (without the {@code -shm}, which SQLite rebuilds), and every copy must open with
 * {@link Database#open}, pass {@code PRAGMA integrity_check}, and equal the state after some
 * number k of the burst's transactions, every item and its history (k at least the transactions
 * that had returned before the copy began).
 *
 * <p>Copying two files is not atomic. The order that makes a pair a real instant: the main file
 * first, then the WAL, and the pair is kept only if the WAL's header (its salts) was the same
 * before the main file was read and after the WAL was: then no WAL restart happened in between,
 * the WAL was only appended to (a torn last frame is what a cut leaves, and SQLite must ignore
 * it), and every page a checkpoint wrote into the main file meanwhile is also in the copied WAL,
 * which replays it over the main file. The other order (WAL, then main file) is unsound: a
 * checkpoint in between puts pages newer than the copied WAL into the main file. A copy reads
 * what the operating system holds (written but perhaps not yet synced), so it stands for a cut
 * that keeps every write made so far; what synchronous NORMAL may lose beyond that (the WAL's
 * tail since the last sync) is again a prefix, as the WAL's checksums reject a partly written
 * tail, and is stated in the README.
 */
class PowerLossTest {

    private static final long SEED = Long.getLong("duban.powerLoss.seed", 13_2026L);
    private static final int COPIES = 24;
    private static final int ITEMS = 20;
    private static final int MAX_TRANSACTIONS = 5_000;
    private static final int FIRST_COPY_AFTER = 3;

    @TempDir
    Path folder;

    /** What the file must hold after some number of the burst's transactions. */
    record State(Map<Long, ItemRow> items, Map<Long, Integer> events) {
    }

    /** A copy and how many transactions had returned before it began and after it ended. */
    record Copy(Path file, int committedBefore, int committedAfter) {
    }

    @Test
    @Timeout(120)
    void everyCopyTakenMidBurstOpensIsWholeAndIsAPrefixOfTheBurst() throws Exception {
        Path file = folder.resolve("duban.db");
        Random random = new Random(SEED);
        List<State> states = new CopyOnWriteArrayList<>();
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, ITEMS);
            EventLogAudit audit = new EventLogAudit(database.dsl());
            Map<Long, Integer> events = new LinkedHashMap<>();
            audit.events.forEach((id, list) -> events.put(id, list.size()));
            states.add(new State(Map.copyOf(audit.items), Map.copyOf(events)));
        }
        long writerSeed = random.nextLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Database database = Database.open(file)) {
                // A checkpoint every 20 pages instead of 1,000, so that a short burst crosses many
                // checkpoints and WAL restarts, the moments when the main file changes.
                database.dsl().execute("PRAGMA wal_autocheckpoint = 20");
                burst(database, new Random(writerSeed), states, stop);
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        }, "power-loss-burst");
        writer.start();
        while (states.size() <= FIRST_COPY_AFTER && writer.isAlive()) {
            Thread.sleep(1); // the writer's own open comes first; the copies are of the burst
        }

        List<Copy> copies = new ArrayList<>();
        int refused = 0;
        Path copiesFolder = Files.createDirectories(folder.resolve("copies"));
        int copyAfter = FIRST_COPY_AFTER;
        while (copies.size() < COPIES && writer.isAlive()) {
            copyAfter += 1 + random.nextInt(6);
            while (states.size() <= copyAfter && writer.isAlive()) {
                Thread.sleep(1);
            }
            // Then a random instant within the next transaction(s): its WAL frames may be half written.
            java.util.concurrent.locks.LockSupport.parkNanos(random.nextInt(5_000_000));
            int before = states.size() - 1;
            Path target = copiesFolder.resolve("copy-" + copies.size() + ".db");
            if (copyAsOnDisk(file, target)) {
                copies.add(new Copy(target, before, states.size() - 1));
            } else {
                refused++;
            }
        }
        stop.set(true);
        writer.join(60_000);
        assertThat(writerFailure.get()).as("seed %d: the burst failed", SEED).isNull();
        assertThat(copies).as("seed %d: copies taken mid-burst (%d refused for a WAL restart)", SEED, refused)
                .hasSize(COPIES);
        int transactions = states.size() - 1;
        assertThat(copies.get(COPIES - 1).committedBefore()).as("seed %d: copies spread over the burst", SEED)
                .isGreaterThanOrEqualTo(FIRST_COPY_AFTER + COPIES);
        System.out.printf("power-loss simulation, seed %d: %d transactions, %d copies (%d taken again after a WAL restart)%n",
                SEED, transactions, copies.size(), refused);

        for (Copy copy : copies) {
            String what = "seed " + SEED + ", " + copy.file().getFileName() + " taken after " + copy.committedBefore()
                    + " of " + transactions + " transactions";
            try (Database opened = Database.open(copy.file())) {
                assertThat(opened.dsl().fetchValue("PRAGMA integrity_check")).as(what).isEqualTo("ok");
                EventLogAudit audit = new EventLogAudit(opened.dsl());
                int k = audit.versionSum() - versionSum(states.get(0));
                assertThat(k).as(what + ": transactions in the copy").isBetween(copy.committedBefore(),
                        Math.min(transactions, copy.committedAfter() + 1));
                Map<Long, Integer> events = new LinkedHashMap<>();
                audit.events.forEach((id, list) -> events.put(id, list.size()));
                assertThat(new State(audit.items, events)).as(what + ": the state after " + k + " transactions")
                        .isEqualTo(states.get(k));
            }
        }
    }

    /** Moves and edits items at random until told to stop; records the state after each transaction. */
    private static void burst(Database database, Random random, List<State> states, AtomicBoolean stop) {
        ItemStore items = new ItemStore(database.dsl(), TestClock.startingToday(SafetyFixture.ZONE));
        List<Long> ids = items.loadAll().stream().map(Item::id).toList();
        Map<Long, ItemRow> rows = new LinkedHashMap<>(states.get(0).items());
        Map<Long, Integer> events = new LinkedHashMap<>(states.get(0).events());
        for (int op = 1; op <= MAX_TRANSACTIONS && !stop.get(); op++) {
            long id = ids.get(random.nextInt(ids.size()));
            Item before = items.find(id);
            Item after;
            if (random.nextInt(10) < 6) {
                Status to = Status.values()[random.nextInt(Status.values().length)];
                after = items.move(id, before.version(), to, 1 + random.nextInt(1_000_000) / 1000.0,
                        new Closing(LocalDate.of(2026, 11, 20), "办结 " + op), null);
            } else {
                ItemDraft draft = ItemDraft.of(before);
                after = items.update(id, before.version(), new ItemDraft("事项 " + id + " 第" + op + "次修改",
                        draft.details(), draft.source(), draft.category(), draft.leadUnitId(), draft.assistUnitIds(),
                        draft.owner(), draft.leader(), draft.assignedOn(), draft.deadline()));
            }
            rows.put(id, new ItemRow(id, after.status().name(), after.position(), after.title(),
                    after.closedOn() == null ? null : after.closedOn().toString(), after.version()));
            events.merge(id, 1, Integer::sum);
            states.add(new State(Map.copyOf(rows), Map.copyOf(events)));
        }
    }

    /**
     * Copies {@code file} and then its WAL to {@code target}; false (nothing kept) when the WAL
     * was restarted meanwhile, which would pair a main file with a WAL of another generation.
     */
    private static boolean copyAsOnDisk(Path file, Path target) throws IOException {
        Path wal = Path.of(file + "-wal");
        byte[] headerBefore = walHeader(wal);
        byte[] main = Files.readAllBytes(file);
        byte[] walBytes = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] headerAfter = walHeader(wal);
        byte[] copiedHeader = Arrays.copyOf(walBytes, Math.min(walBytes.length, 32));
        if (!Arrays.equals(headerBefore, headerAfter) || !Arrays.equals(headerBefore, copiedHeader)) {
            return false;
        }
        Files.write(target, main);
        Files.write(Path.of(target + "-wal"), walBytes);
        return true;
    }

    private static byte[] walHeader(Path wal) throws IOException {
        if (!Files.exists(wal)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(wal)) {
            return in.readNBytes(32);
        }
    }

    private static int versionSum(State state) {
        return state.items().values().stream().mapToInt(ItemRow::version).sum();
    }
}
