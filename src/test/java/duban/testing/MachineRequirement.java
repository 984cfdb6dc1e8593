package duban.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from the machine and cannot bring itself (a Chinese TrueType font).
 * In CI (the environment variable {@code CI=true}, as .ci/run runs) a missing requirement fails
 * the test: CI installs what the tests need, and a test that quietly stopped running would hide
 * that it no longer does. Elsewhere the test is skipped with the reason, and the run then fails
 * anyway unless src/test/resources/allowed-skips.txt lists that test with that reason.
 */
public final class MachineRequirement {

    private MachineRequirement() {
    }

    /** Whether this run is CI's. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails (in CI) or skips (elsewhere) the test with {@code reason} unless {@code present}. */
    public static void require(boolean present, String reason) {
        if (present) {
            return;
        }
        if (inCi()) {
            throw new AssertionError(reason + " (CI=true: CI must provide it, see .ci/run)");
        }
        Assumptions.abort(reason);
    }

    /** The reason given when no Chinese TrueType font is installed (allowed-skips.txt quotes it). */
    public static final String NO_CHINESE_FONT =
            "no Chinese TrueType font on this machine (install fonts-wqy-microhei, as .ci/run does)";
}
