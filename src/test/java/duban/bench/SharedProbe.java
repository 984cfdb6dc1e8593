package duban.bench;

import duban.domain.Category;
import duban.domain.ConcurrentChangeException;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.ChangeFeed;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.ServerAddress;
import duban.store.Stores;
import duban.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The child JVM of the shared-mode section ({@code bench/run --shared}): on the tests' embedded
 * PostgreSQL server, {@code SharedProbe ITEMS WARMUP SAMPLES} measures the move transaction on the
 * server beside the same on a SQLite file, the time from a commit on one PC to the change feed's
 * callback on another, and the throughput of eight PCs moving at once.
 */
public final class SharedProbe {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final int CLIENTS = 8;

    private SharedProbe() {
    }

    public static void main(String[] args) throws Exception {
        int items = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int samples = Integer.parseInt(args[2]);
        String name = PostgresServer.freshMigratedDatabase("bench_shared");
        ServerAddress address = ServerAddress.parse(PostgresServer.address(name)).orElseThrow();
        Path file = Files.createTempDirectory("duban-bench-shared").resolve("items.db");
        try (Database server = Database.openServer(address, null, false); Database sqlite = Database.open(file)) {
            fill(server, items);
            fill(sqlite, items);
            moves("shared.move.pg", server, warmup, samples);
            moves("shared.move.sqlite", sqlite, warmup, samples);
        }
        delivery(address, warmup, samples);
        throughput(address, Math.max(20, samples / 4));
        ProbeExit.now();
    }

    private static void fill(Database database, int count) {
        Stores stores = Stores.over(database, CLOCK);
        Unit unit = stores.units().add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        database.dsl().transaction(tx -> {
            ItemStore items = new ItemStore(tx.dsl(), CLOCK);
            for (int i = 1; i <= count; i++) {
                items.create(new ItemDraft("第" + i + "项督办事项", "", Source.OTHER, Category.ROUTINE, unit.id(), List.of(),
                        "张三", null, LocalDate.now(CLOCK), LocalDate.now(CLOCK).plusDays(30)));
            }
        });
    }

    /** One move to the bottom of the other column (交办 ⇄ 办理中), as a drop does; returns its duration. */
    private static long moveOnce(ItemStore store, Random random) {
        List<Item> board = store.loadBoard();
        Item item = board.get(random.nextInt(board.size()));
        Status to = item.status() == Status.ASSIGNED ? Status.IN_PROGRESS : Status.ASSIGNED;
        Long last = board.stream().filter(other -> other.status() == to).reduce((a, b) -> b).map(Item::id).orElse(null);
        long start = System.nanoTime();
        store.moveBetween(item.id(), item.version(), to, last, null, null, "");
        return System.nanoTime() - start;
    }

    private static void moves(String measure, Database database, int warmup, int samples) {
        ItemStore store = new ItemStore(database.dsl(), CLOCK);
        Random random = new Random(7);
        for (int i = 0; i < warmup + samples; i++) {
            long nanos = moveOnce(store, random);
            if (i >= warmup) {
                BenchOutput.millis(measure, nanos);
            }
        }
    }

    /** A commit on one PC to the callback of another PC's change feed, moves spaced so that none coalesce. */
    private static void delivery(ServerAddress address, int warmup, int samples) throws Exception {
        LinkedBlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        try (Database writer = Database.openServer(address, null, false);
             Database reader = Database.openServer(address, null, false)) {
            ChangeFeed feed = ChangeFeed.start(reader, new ChangeFeed.Listener() {
                @Override
                public void changed(ChangeFeed.Changes changes) {
                    heard.add(System.nanoTime());
                }

                @Override
                public void offline(Instant since) {
                }

                @Override
                public void online(Instant at) {
                }
            });
            while (!feed.listening()) {
                Thread.sleep(10);
            }
            ItemStore store = new ItemStore(writer.dsl(), CLOCK);
            Random random = new Random(11);
            for (int i = 0; i < warmup / 2 + samples / 2; i++) {
                heard.clear();
                moveOnce(store, random);
                long committed = System.nanoTime();
                Long callback = heard.poll(5, TimeUnit.SECONDS);
                if (i >= warmup / 2 && callback != null) {
                    BenchOutput.millis("shared.notify", callback - committed);
                }
                Thread.sleep(ChangeFeed.COALESCE.toMillis() + 50);
            }
            feed.close();
        }
    }

    /** Eight PCs, each its own connection and thread, moving at once; moves per second and each move's time. */
    private static void throughput(ServerAddress address, int movesEach) throws Exception {
        ExecutorService pcs = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int pc = 0; pc < CLIENTS; pc++) {
            int seed = pc;
            done.add(pcs.submit(() -> {
                int saved = 0;
                try (Database database = Database.openServer(address, null, false)) {
                    ItemStore store = new ItemStore(database.dsl(), CLOCK);
                    Random random = new Random(100 + seed);
                    for (int i = 0; i < movesEach; i++) {
                        try {
                            BenchOutput.millis("shared.move8", moveOnce(store, random));
                            saved++;
                        } catch (ConcurrentChangeException changedElsewhere) {
                            // another PC moved it first: refused, as the board would say
                        }
                    }
                }
                return saved;
            }));
        }
        int saved = 0;
        for (Future<Integer> pc : done) {
            saved += pc.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pcs.shutdown();
        BenchOutput.sample("shared.throughput", saved / seconds);
    }
}
