package duban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A missing requirement fails the test in CI and skips it elsewhere; each case in a JVM with its own CI variable. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MachineRequirementTest {

    /** Calls require(false, …) and prints what came of it. */
    public static final class Probe {
        public static void main(String[] args) {
            try {
                MachineRequirement.require(true, "present");
                MachineRequirement.require(false, "no widget here");
                System.out.println("nothing thrown");
            } catch (Throwable e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }

    @Test
    void inCiAMissingRequirementFailsTheTest() throws Exception {
        assertThat(probe("true")).isEqualTo("java.lang.AssertionError: no widget here (CI=true: CI must provide it, see .ci/run)");
    }

    @Test
    void elsewhereItSkipsTheTestWithTheReason() throws Exception {
        assertThat(probe(null)).isEqualTo("org.opentest4j.TestAbortedException: no widget here");
    }

    private static String probe(String ci) throws Exception {
        ChildJvm.Command probe = ChildJvm.of(Probe.class).withoutEnvironment("CI");
        if (ci != null) {
            probe.environment(Map.of("CI", ci));
        }
        ChildJvm.Finished child = probe.run(60);
        assertThat(child.timedOut()).as("the probe finishes").isFalse();
        return child.stdout().strip();
    }
}
