package duban.store;

import duban.domain.Closing;
import duban.domain.ConcurrentChangeException;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One officer's board on its own server connection, for the shared-mode concurrency and fault
 * tests: random moves (between neighbours read from its own, possibly stale, view) and edits of
 * the items it sees, each retried after a {@link ConcurrentChangeException} once the item is read
 * again, as the board does. Every write carries a tag of its own (a move's note, an edit's title),
 * so that the event log can be checked against what the client was told was saved.
 */
final class BoardClient implements AutoCloseable {

    /** How often a write is tried again after a conflict before the client gives it up. */
    private static final int ATTEMPTS = 50;
    /** Writes between two reloads of the whole board (a board reloads within a second of others' changes). */
    private static final int RELOAD_EVERY = 5;

    final String name;
    final Database database;
    private final ItemStore items;
    private final Random random;
    private final Map<Long, Item> view = new LinkedHashMap<>();
    /** The tags of the writes the store acknowledged. */
    final List<String> acknowledged = new ArrayList<>();
    /** The tags of writes that failed with the connection: saved or not, but never twice. */
    final List<String> unknown = new ArrayList<>();
    int conflicts;
    int connectionFailures;
    /** Writes tried so far, the number of the next one's tag. */
    private int writes;

    BoardClient(ServerAddress address, String name, long seed, Clock clock) throws DatabaseOpenException {
        this.name = name;
        this.database = Database.openServer(address, null, false);
        this.items = new ItemStore(database.dsl(), clock);
        this.random = new Random(seed);
        reload();
    }

    private void reload() {
        view.clear();
        for (Item item : items.loadBoard()) {
            view.put(item.id(), item);
        }
    }

    /**
     * One random write, tagged {@code name-number}: tried until acknowledged, again after each
     * conflict with the item read afresh. A write that fails with the connection is tried once
     * more with the version it had (the user's retry, which the version check makes idempotent),
     * then given up as unknown.
     */
    void randomWrite(int number) {
        String tag = name + "-" + number;
        writes = number + 1;
        List<Item> visible = new ArrayList<>(view.values());
        Item item = visible.get(random.nextInt(visible.size()));
        boolean move = random.nextInt(10) < 7;
        write(item, move, tag);
        if (writes % RELOAD_EVERY == 0) {
            readAgain(() -> {
                reload();
                return null;
            });
        }
    }

    private void write(Item seen, boolean move, String tag) {
        Item item = seen;
        boolean afterFailure = false;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Item after = move ? move(item, tag) : edit(item, tag);
                acknowledged.add(tag);
                view.put(after.id(), after);
                return;
            } catch (ConcurrentChangeException changedElsewhere) {
                conflicts++;
                item = reloadItem(item.id());
                if (afterFailure) {
                    // Perhaps the failed try was saved after all: the item's version moved on.
                    unknown.add(tag);
                    return;
                }
            } catch (org.jooq.exception.DataAccessException failed) {
                if (afterFailure) {
                    unknown.add(tag);
                    return;
                }
                connectionFailures++;
                afterFailure = true;
                pause();
            }
        }
        throw new AssertionError(tag + " never got through");
    }

    private Item reloadItem(long itemId) {
        Item fresh = readAgain(() -> items.find(itemId));
        view.put(itemId, fresh);
        return fresh;
    }

    /**
     * A read, tried again for up to half a minute while the server is away (a board reloads again
     * later): a server restarting under load takes seconds.
     */
    private <T> T readAgain(java.util.function.Supplier<T> read) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return read.get();
            } catch (org.jooq.exception.DataAccessException failed) {
                if (System.nanoTime() > giveUp) {
                    throw failed;
                }
                pause();
            }
        }
    }

    private Item move(Item item, String tag) {
        Status to = Status.values()[random.nextInt(Status.values().length)];
        List<Item> column = view.values().stream()
                .filter(other -> other.status() == to && other.id() != item.id())
                .sorted(Comparator.comparingDouble(Item::position)).toList();
        int at = random.nextInt(column.size() + 1);
        Long previous = at > 0 ? column.get(at - 1).id() : null;
        Long next = at < column.size() ? column.get(at).id() : null;
        Closing closing = to.isClosed() ? new Closing(LocalDate.of(2026, 11, 21), "已办结") : null;
        return items.moveBetween(item.id(), item.version(), to, previous, next, closing, tag);
    }

    private Item edit(Item item, String tag) {
        ItemDraft was = ItemDraft.of(item);
        return items.update(item.id(), item.version(), new ItemDraft(tag, was.details(), was.source(),
                was.category(), was.leadUnitId(), was.assistUnitIds(), was.owner(), was.leader(), was.assignedOn(),
                was.deadline()));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Runs {@code writes} random writes on each of {@code clients}, each client on its own thread,
     * and returns the seconds it took.
     */
    static double runTogether(List<BoardClient> clients, int writes) throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(clients.size());
        long start = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (BoardClient client : clients) {
                int first = client.writes;
                running.add(threads.submit(() -> {
                    for (int n = first; n < first + writes; n++) {
                        client.randomWrite(n);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> client : running) {
                client.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The board as the client would now load it. */
    List<Item> board() {
        return items.loadBoard();
    }

    @Override
    public void close() {
        database.close();
    }
}
