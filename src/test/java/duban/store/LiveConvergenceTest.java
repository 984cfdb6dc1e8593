package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.ConcurrentChangeException;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight PCs on one server, each with its own connection, store thread and change feed, moving
 * cards at random among the same 50 items: after the last write every PC's board, read again on
 * what its feed heard, equals the database within a second. The delivery latency (a write's start
 * on one PC to the feed's callback on another) is measured and printed.
 */
class LiveConvergenceTest {

    private static final int CLIENTS = 8;
    private static final int ITEMS = 50;
    /** Moves per client, as the issue asks (about 30 s here); {@code -Dduban.live.moves=60} for a quick run. */
    private static final int MOVES = Integer.getInteger("duban.live.moves", 500);
    private static final List<Status> OPEN = List.of(Status.ASSIGNED, Status.IN_PROGRESS, Status.AWAITING_FEEDBACK);

    /** One PC: its database, its one store thread (writes and reads in turn), its board as last read. */
    private static final class Pc implements ChangeFeed.Listener {
        final int number;
        final Database database;
        final Stores stores;
        final ExecutorService storeThread = Executors.newSingleThreadExecutor();
        final Map<Long, Long> writeStarts;
        final List<Long> latenciesMillis;
        volatile List<String> board = List.of();
        ChangeFeed feed;

        Pc(int number, ServerAddress address, Map<Long, Long> writeStarts, List<Long> latenciesMillis)
                throws DatabaseOpenException {
            this.number = number;
            this.database = Database.openServer(address, null, false);
            this.stores = Stores.over(database, TestClock.startingToday());
            this.writeStarts = writeStarts;
            this.latenciesMillis = latenciesMillis;
        }

        @Override
        public void changed(ChangeFeed.Changes changes) {
            long now = System.nanoTime();
            for (ChangeFeed.ItemChange change : changes.items()) {
                Long started = writeStarts.get(change.itemId());
                if (started != null) {
                    latenciesMillis.add(TimeUnit.NANOSECONDS.toMillis(now - started));
                }
            }
            storeThread.submit(this::read);
        }

        void read() {
            board = describe(stores.items().loadBoard());
        }

        @Override
        public void offline(Instant since) {
            throw new AssertionError("PC " + number + " went offline");
        }

        @Override
        public void online(Instant at) {
        }

        void close() throws InterruptedException {
            feed.close();
            storeThread.shutdown();
            storeThread.awaitTermination(10, TimeUnit.SECONDS);
            database.close();
        }
    }

    /** The board as comparable lines: each card's column and place in it. */
    private static List<String> describe(List<Item> items) {
        return items.stream().map(item -> item.id() + " " + item.status() + " " + item.position() + " v" + item.version())
                .sorted().toList();
    }

    @Test
    void eightPcsMovingAtRandomAllConvergeOnTheDatabaseWithinASecond() throws Exception {
        String name = PostgresServer.freshMigratedDatabase("live_convergence");
        ServerAddress address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
        try (Database setUp = Database.openServer(address, null, false)) {
            Stores stores = Stores.over(setUp, TestClock.startingToday());
            Unit unit = stores.units().add("县财政局", UnitKind.COUNTY_DEPARTMENT);
            for (int i = 1; i <= ITEMS; i++) {
                stores.items().create(new ItemDraft("第" + i + "项", "", Source.OTHER, Category.ROUTINE, unit.id(),
                        List.of(), "张三", null, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 18)));
            }
        }
        Map<Long, Long> writeStarts = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Pc> pcs = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Pc pc = new Pc(i, address, writeStarts, latencies);
            pc.feed = ChangeFeed.start(pc.database, pc);
            pc.storeThread.submit(pc::read).get();
            pcs.add(pc);
        }
        for (Pc pc : pcs) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!pc.feed.listening() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(pc.feed.listening()).isTrue();
        }

        ExecutorService drivers = Executors.newFixedThreadPool(CLIENTS);
        List<Future<int[]>> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (Pc pc : pcs) {
            outcomes.add(drivers.submit(() -> randomMoves(pc, writeStarts)));
        }
        int moved = 0;
        int refused = 0;
        for (Future<int[]> outcome : outcomes) {
            int[] counts = outcome.get(5, TimeUnit.MINUTES);
            moved += counts[0];
            refused += counts[1];
        }
        long lastWrite = System.nanoTime();
        drivers.shutdown();

        List<String> truth;
        try (Database checker = Database.openServer(address, null, true)) {
            truth = describe(new ItemStore(checker.dsl(), TestClock.startingToday()).loadBoard());
        }
        long convergedAfter = -1;
        while (System.nanoTime() - lastWrite < TimeUnit.SECONDS.toNanos(1)) {
            if (pcs.stream().allMatch(pc -> pc.board.equals(truth))) {
                convergedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastWrite);
                break;
            }
            Thread.sleep(10);
        }
        for (Pc pc : pcs) {
            assertThat(pc.board).as("PC %d's board a second after the last write", pc.number).isEqualTo(truth);
        }
        double seconds = (lastWrite - started) / 1e9;
        List<Long> sorted;
        synchronized (latencies) {
            sorted = latencies.stream().sorted().toList();
        }
        long median = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf("live: %d clients, %d moves saved (%d refused as changed elsewhere) in %.1f s = %.0f moves/s; "
                        + "write start -> other PC's callback: median %d ms, p95 %d ms, max %d ms (%d deliveries); "
                        + "all boards equal the database %d ms after the last write%n",
                CLIENTS, moved, refused, seconds, moved / seconds, median, p95, sorted.get(sorted.size() - 1),
                sorted.size(), convergedAfter);
        // The target is 1 s (the issue); this figure starts before the writer waits for the write lock
        // behind seven others, so the bound is looser, for a loaded machine. The convergence above
        // is the requirement; the bench's S2 row measures the delivery alone.
        assertThat(p95).as("p95 delivery latency").isLessThanOrEqualTo(2000);
        for (Pc pc : pcs) {
            pc.close();
        }
    }

    /** One PC's random moves on its own store thread; returns {saved, refused}. */
    private static int[] randomMoves(Pc pc, Map<Long, Long> writeStarts) throws Exception {
        Random random = new Random(1000 + pc.number);
        int saved = 0;
        int refused = 0;
        for (int i = 0; i < MOVES; i++) {
            boolean done = pc.storeThread.submit(() -> {
                List<Item> board = pc.stores.items().loadBoard();
                Item item = board.get(random.nextInt(board.size()));
                Status to = OPEN.get(random.nextInt(OPEN.size()));
                List<Item> column = board.stream().filter(other -> other.status() == to && other.id() != item.id()).toList();
                int at = random.nextInt(column.size() + 1);
                Long previous = at == 0 ? null : column.get(at - 1).id();
                Long next = at == column.size() ? null : column.get(at).id();
                writeStarts.put(item.id(), System.nanoTime());
                try {
                    pc.stores.items().moveBetween(item.id(), item.version(), to, previous, next, null, "");
                    pc.read(); // the board shows its own writes at once (the feed leaves them out)
                    return true;
                } catch (ConcurrentChangeException changedElsewhere) {
                    return false;
                }
            }).get();
            if (done) {
                saved++;
            } else {
                refused++;
            }
        }
        return new int[] {saved, refused};
    }
}
