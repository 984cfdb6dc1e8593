package duban.safety;

import static org.assertj.core.api.Assertions.assertThat;

import duban.safety.EventLogAudit.Reported;
import duban.store.Database;
import duban.testing.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application processes move and edit the same six items in one file at the same time, each
 * reading an item, pausing a moment, then writing with the version it read: a stale write must
 * be refused (and retried after reading again), never lost, and no SQLITE_BUSY may reach the caller.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoWritersTest {

    private static final int OPERATIONS_EACH = 300;

    @TempDir
    Path folder;

    @Test
    void twoProcessesOnOneFileLoseNothingAndEveryConflictIsCaught() throws Exception {
        Path file = folder.resolve("duban.db");
        int versionsBefore;
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, 6);
            versionsBefore = new EventLogAudit(database.dsl()).versionSum();
        }
        List<String> allLines = new ArrayList<>();
        long millis;
        try (ChildJvm first = start(file, "甲", 11); ChildJvm second = start(file, "乙", 22)) {
            assertThat(first.awaitLines("READY"::equals, 1, 90)).as("first ready; %s", first.stderr()).isTrue();
            assertThat(second.awaitLines("READY"::equals, 1, 90)).as("second ready; %s", second.stderr()).isTrue();
            long started = System.nanoTime();
            first.send("GO");
            second.send("GO");
            for (ChildJvm child : List.of(first, second)) {
                assertThat(child.awaitLines(line -> line.startsWith("DONE"), 1, 180))
                        .as("child finished; stderr: %s", child.stderr()).isTrue();
                assertThat(child.waitForExit(60)).isZero();
                allLines.addAll(child.drain(30));
            }
            millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        }

        Map<String, Integer> errorsByType = new TreeMap<>();
        allLines.stream().filter(line -> line.startsWith("ERROR ")).forEach(line ->
                errorsByType.merge(line.split(" ")[1] + " " + line.split(" ")[2], 1, Integer::sum));
        long conflicts = allLines.stream().filter(line -> line.startsWith("CONFLICT ")).count();
        List<Reported> reported = allLines.stream().filter(Reported::isComplete).map(Reported::parse).toList();
        System.out.printf("two writers: %d committed changes in %.1f s (%.0f ops/s together), %d conflicts"
                        + " detected and retried, exceptions by type: %s%n",
                reported.size(), millis / 1000.0, reported.size() * 1000.0 / millis, conflicts, errorsByType);

        assertThat(errorsByType).as("no SQLITE_BUSY or other failure reached the caller").isEmpty();
        assertThat(reported).hasSize(2 * OPERATIONS_EACH);
        Set<String> claimed = new HashSet<>();
        for (Reported r : reported) {
            // Optimistic locking's promise: a write lands on exactly the version its writer read.
            assertThat(r.version()).as("a write based on a stale read of item %d: a lost update", r.itemId())
                    .isEqualTo(r.versionRead() + 1);
            assertThat(claimed.add(r.itemId() + "@" + r.version()))
                    .as("two writers both claim item %d version %d: a lost update", r.itemId(), r.version()).isTrue();
        }
        try (Database reopened = Database.open(file)) {
            assertThat(reopened.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
            EventLogAudit audit = new EventLogAudit(reopened.dsl());
            assertThat(reported.stream().map(audit::checkReported).filter(problem -> problem != null).toList())
                    .as("every committed change is in the log as its writer reported it").isEmpty();
            assertThat(audit.versionSum() - versionsBefore).as("one version step per committed change")
                    .isEqualTo(reported.size());
            assertThat(audit.replayMismatches()).as("final state = replay of the event log").isEmpty();
        }
        assertThat(conflicts).as("the race was real: stale writes happened and were refused").isPositive();

    }

    private static ChildJvm start(Path file, String name, long seed) throws java.io.IOException {
        return StoreWorker.start(file.toString(), String.valueOf(OPERATIONS_EACH), String.valueOf(seed), name, "1", "wait");
    }
}
