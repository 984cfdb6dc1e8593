package duban.safety;

import duban.store.HistoryVerifier;

import static org.assertj.core.api.Assertions.assertThat;

import duban.safety.EventLogAudit.Reported;
import duban.store.Database;
import duban.testing.ChildJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain stays one unbroken line when two processes append to it at once and when a process
 * is killed in the middle of its writes: every committed event is numbered after the last and
 * hashed onto it, and an interrupted one leaves nothing behind.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ChainUnderLoadTest {

    @TempDir
    Path folder;

    @Test
    void twoProcessesAndAKilledOneLeaveAnIntactChain() throws Exception {
        Path file = folder.resolve("duban.db");
        try (Database database = Database.open(file)) {
            SafetyFixture.seed(database, 6);
        }
        try (ChildJvm first = StoreWorker.start(file.toString(), "120", "7", "甲", "0", "wait");
             ChildJvm second = StoreWorker.start(file.toString(), "120", "8", "乙", "0", "wait")) {
            for (ChildJvm child : List.of(first, second)) {
                assertThat(child.awaitLines("READY"::equals, 1, 90)).as("ready; %s", child.stderr()).isTrue();
            }
            first.send("GO");
            second.send("GO");
            for (ChildJvm child : List.of(first, second)) {
                assertThat(child.awaitLines(line -> line.startsWith("DONE"), 1, 180))
                        .as("finished; %s", child.stderr()).isTrue();
                assertThat(child.waitForExit(60)).isZero();
            }
        }
        HistoryVerifier.Report afterTwo = HistoryVerifier.verify(file);
        assertThat(afterTwo.chain().problem()).isNull();
        assertThat(afterTwo.intact()).isTrue();
        assertThat(afterTwo.chain().eventsChecked()).isGreaterThan(6 + 200);

        try (ChildJvm killed = StoreWorker.start(file.toString(), "1000", "9", "丙", "0", "until-killed")) {
            assertThat(killed.awaitLines("READY"::equals, 1, 90)).isTrue();
            assertThat(killed.awaitLines(Reported::isComplete, 60, 120)).as("%s", killed.stderr()).isTrue();
            killed.kill();
        }
        HistoryVerifier.Report afterKill = HistoryVerifier.verify(file);
        assertThat(afterKill.chain().problem()).isNull();
        assertThat(afterKill.intact()).isTrue();
        assertThat(afterKill.chain().eventsChecked()).isGreaterThanOrEqualTo(afterTwo.chain().eventsChecked() + 60);
        System.out.printf("chain under load: %d events after two writers, %d after a killed third, intact%n",
                afterTwo.chain().eventsChecked(), afterKill.chain().eventsChecked());

        try (Database reopened = Database.open(file)) {
            assertThat(reopened.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(HistoryVerifier.verify(file).intact()).isTrue();
    }
}
