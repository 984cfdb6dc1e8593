package duban.safety;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.domain.ConcurrentChangeException;
import duban.store.Database;
import duban.store.ItemStore;
import duban.testing.ChildJvm;
import duban.testing.TestClock;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sqlite.SQLiteException;

/**
 * The child JVM of the crash and two-writer tests: the application's own store on a shared file,
 * doing a burst of moves and edits and printing one line per committed change, flushed at once,
 * so that the parent knows exactly what was committed when it kills this process.
 *
 * <p>Arguments: database file, operations, random seed, worker name, pause in ms between reading
 * an item and writing it (widens the window for conflicts), then optionally {@code wait} to wait
 * for a line on stdin before starting, or {@code until-killed}: the crash test's barrier, where the
 * worker never finishes on its own but, its operations done, prints {@code WAITING} and blocks
 * until it is killed (or its parent goes away), so that a kill can never come too late. Lines:
 * <pre>
 * READY
 * OK itemId versionRead versionWritten kind status position|title END
 * CONFLICT itemId
 * ERROR exceptionClass sqliteCode message
 * DONE ops conflicts errors millis     (not in until-killed mode)
 * WAITING ops conflicts errors millis  (until-killed mode only)
 * </pre>
 */
public final class StoreWorker {

    private StoreWorker() {
    }

    /** Starts a worker in its own JVM with {@code args} (see above); close it when done. */
    static ChildJvm start(String... args) throws IOException {
        return ChildJvm.of(StoreWorker.class).flags("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8")
                .args(args).start();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int operations = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        String name = args[3];
        int pauseMillis = Integer.parseInt(args[4]);
        boolean waitForGo = args.length > 5 && args[5].equals("wait");
        boolean untilKilled = args.length > 5 && args[5].equals("until-killed");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

        Database database = Database.open(file);
        Clock clock = TestClock.startingToday(SafetyFixture.ZONE);
        ItemStore items = new ItemStore(database.dsl(), clock);
        List<Long> ids = items.loadAll().stream().map(Item::id).toList();
        out.println("READY");
        out.flush();
        if (waitForGo) {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (untilKilled) {
            exitWhenTheParentIsGone();
        }
        long started = System.nanoTime();
        int conflicts = 0;
        int errors = 0;
        for (int op = 1; op <= operations; op++) {
            long id = ids.get(random.nextInt(ids.size()));
            boolean move = random.nextInt(10) < 6;
            Status to = Status.values()[random.nextInt(Status.values().length)];
            double position = 1 + random.nextInt(1_000_000) / 1000.0;
            String title = "事项 " + id + " · " + name + " 第" + op + "次修改";
            boolean committed = false;
            for (int attempt = 0; !committed && attempt < 1000; attempt++) {
                try {
                    Item before = items.find(id);
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                    Item after;
                    if (move) {
                        Closing closing = new Closing(LocalDate.now(clock), name + " 办结 " + op);
                        after = items.move(id, before.version(), to, position, closing, null);
                        out.println("OK " + id + " " + before.version() + " " + after.version() + " MOVE " + after.status() + " "
                                + after.position() + " END");
                    } else {
                        ItemDraft draft = ItemDraft.of(before);
                        after = items.update(id, before.version(), new ItemDraft(title, draft.details(),
                                draft.source(), draft.category(), draft.leadUnitId(), draft.assistUnitIds(),
                                draft.owner(), draft.leader(), draft.assignedOn(), draft.deadline()));
                        out.println("OK " + id + " " + before.version() + " " + after.version() + " EDIT " + after.status() + " "
                                + after.title() + " END");
                    }
                    out.flush();
                    committed = true;
                } catch (ConcurrentChangeException stale) {
                    conflicts++;
                    out.println("CONFLICT " + id);
                    out.flush();
                } catch (RuntimeException e) {
                    errors++;
                    out.println("ERROR " + e.getClass().getName() + " " + sqliteCode(e) + " "
                            + String.valueOf(e.getMessage()).replace('\n', ' '));
                    out.flush();
                    break; // counted, not retried: the parent fails on any error
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (untilKilled) {
            out.println("WAITING " + operations + " " + conflicts + " " + errors + " " + millis);
            out.flush();
            Thread.sleep(Long.MAX_VALUE); // the barrier: the kill comes while the database is still open
        }
        out.println("DONE " + operations + " " + conflicts + " " + errors + " " + millis);
        out.flush();
        database.close();
    }

    /**
     * Halts this JVM when stdin ends, i.e. when the parent closed it or died: a worker waiting to be
     * killed must not outlive a test run that was itself stopped (a timeout, a killed build).
     */
    private static void exitWhenTheParentIsGone() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent in this mode; read until the end
                }
            } catch (java.io.IOException gone) {
                // the same as the end
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The SQLite result code somewhere in the cause chain (SQLITE_BUSY is what we look for), or NONE. */
    private static String sqliteCode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().name();
            }
        }
        return "NONE";
    }
}
