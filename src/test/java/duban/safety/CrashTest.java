package duban.safety;

import static org.assertj.core.api.Assertions.assertThat;

import duban.safety.EventLogAudit.ItemRow;
import duban.safety.EventLogAudit.Reported;
import duban.store.Database;
import duban.testing.ChildJvm;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the application's store with SIGKILL in the middle of a burst of 1,000 moves and edits,
 * three times at different points on the same file, and checks after each kill that the file is
 * whole, holds every change reported committed and nothing beyond the one in flight, and that
 * every item is the replay of its event log.
 *
 * <p>The child runs {@code until-killed}: it never finishes on its own (its burst done, it waits
 * with the database open), so the kill lands after at least the requested number of commits
 * however slow the parent is to react, and normally while the child is still writing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashTest {

    private static final int OPERATIONS = 1_000;
    private static final int[] KILL_AFTER = {50, 300, 700};

    @TempDir
    Path folder;

    @Test
    void killedMidBurstTheFileKeepsExactlyWhatWasCommitted() throws Exception {
        Path file = folder.resolve("duban.db");
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, 20);
        }
        for (int killAfter : KILL_AFTER) {
            int versionsBefore;
            try (Database database = Database.open(file)) {
                versionsBefore = new EventLogAudit(database.dsl()).versionSum();
            }
            List<Reported> reported;
            boolean killedAlive;
            boolean atTheBarrier;
            long millis;
            try (ChildJvm child = StoreWorker.start(file.toString(), String.valueOf(OPERATIONS),
                    String.valueOf(killAfter), "进程" + killAfter, "0", "until-killed")) {
                assertThat(child.awaitLines("READY"::equals, 1, 90)).as("child started").isTrue();
                long started = System.nanoTime();
                assertThat(child.awaitLines(Reported::isComplete, killAfter, 120))
                        .as("child reached %d committed changes; stderr: %s", killAfter, child.stderr()).isTrue();
                killedAlive = child.kill();
                millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
                List<String> lines = child.drain(30);
                assertThat(lines).as("no DONE: the child waits for the kill").noneMatch(line -> line.startsWith("DONE"));
                atTheBarrier = lines.stream().anyMatch(line -> line.startsWith("WAITING"));
                assertThat(lines).as("no errors in the child").noneMatch(line -> line.startsWith("ERROR"));
                reported = lines.stream().filter(Reported::isComplete).map(Reported::parse).toList();
            }
            assertThat(killedAlive).isTrue();
            assertThat(reported.size()).isBetween(killAfter, OPERATIONS);

            try (Database reopened = Database.open(file)) {
                assertThat(reopened.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
                EventLogAudit audit = new EventLogAudit(reopened.dsl());
                assertThat(reported.stream().map(audit::checkReported).filter(problem -> problem != null).toList())
                        .as("every change reported committed is in the log as reported").isEmpty();
                Map<Long, Reported> lastPerItem = new LinkedHashMap<>();
                reported.forEach(r -> lastPerItem.put(r.itemId(), r));
                for (Reported last : lastPerItem.values()) {
                    ItemRow row = audit.items.get(last.itemId());
                    assertThat(row.version()).as("item %d", last.itemId()).isGreaterThanOrEqualTo(last.version());
                    if (row.version() == last.version()) {
                        assertThat(row.status()).isEqualTo(last.status());
                        if (last.kind().equals("MOVE")) {
                            assertThat(row.position()).isEqualTo(Double.parseDouble(last.value()));
                        } else {
                            assertThat(row.title()).isEqualTo(last.value());
                        }
                    }
                }
                int unreported = audit.versionSum() - versionsBefore - reported.size();
                assertThat(unreported).as("committed but not reported: at most the one in flight").isBetween(0, 1);
                assertThat(audit.eventCount()).isEqualTo(audit.versionSum());
                assertThat(audit.replayMismatches()).as("state = replay of the event log").isEmpty();
                System.out.printf("crash test: killed %s after %d reported commits (%d requested), %d committed"
                                + " unreported (in flight), %.0f ops/s in the child, integrity ok, %d events replayed%n",
                        atTheBarrier ? "waiting at the barrier" : "mid-burst", reported.size(), killAfter, unreported,
                        reported.size() * 1000.0 / millis, audit.eventCount());
            }
        }
    }

    /** The barrier itself: a child whose burst ended before the parent's kill waits for it instead of finishing. */
    @Test
    void aChildThatFinishedItsBurstWaitsForTheKill() throws Exception {
        Path file = folder.resolve("duban.db");
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, 3);
        }
        try (ChildJvm child = StoreWorker.start(file.toString(), "5", "1", "等待", "0", "until-killed")) {
            assertThat(child.awaitLines(line -> line.startsWith("WAITING"), 1, 120))
                    .as("the child did its 5 operations and waits; stderr: %s", child.stderr()).isTrue();
            Thread.sleep(500); // a slow parent: the child must still be there
            assertThat(child.kill()).as("still alive when killed").isTrue();
            assertThat(child.drain(30)).noneMatch(line -> line.startsWith("DONE"))
                    .filteredOn(Reported::isComplete).hasSize(5);
        }
    }
}
