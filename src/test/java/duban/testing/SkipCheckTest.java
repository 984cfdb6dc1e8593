package duban.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The check that fails a run with a skip that allowed-skips.txt does not list, run on sample tests. */
class SkipCheckTest {

    @TempDir
    Path folder;

    /** Sample tests, run only by this test's own launcher (surefire leaves nested classes alone). */
    static class Samples {
        @Test
        void passes() {
        }

        @Test
        void needsAWidget() {
            Assumptions.abort("no widget on this machine");
        }

        @Test
        @Disabled("not written yet")
        void disabled() {
        }
    }

    /** A disabled class: JUnit skips it whole, without running its methods. */
    @Disabled("the whole class is off")
    static class DisabledSamples {
        @Test
        void neverRuns() {
        }
    }

    @Test
    void aSkipThatIsNotListedIsWrittenOutAndAListedOneIsNot() throws Exception {
        SkipCheck check = run(List.of("duban.testing.SkipCheckTest$Samples#needsAWidget | no widget"),
                Samples.class, DisabledSamples.class);

        assertThat(check.notAllowed()).extracting(SkipCheck.Skip::methodName, SkipCheck.Skip::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("disabled", "not written yet"),
                        org.assertj.core.groups.Tuple.tuple("", "the whole class is off"));
        List<String> written = Files.readAllLines(folder.resolve("unlisted.txt"), StandardCharsets.UTF_8);
        assertThat(written).hasSize(2).anyMatch(line -> line.startsWith("duban.testing.SkipCheckTest$Samples#disabled")
                && line.endsWith("not written yet"));
        assertThat(Files.readAllLines(folder.resolve("all.txt"))).hasSize(3);
    }

    @Test
    void aListedTestSkippedForAnotherReasonIsNotAllowed() throws Exception {
        SkipCheck check = run(List.of("duban.testing.SkipCheckTest$Samples | no gadget",
                "duban.testing.SkipCheckTest$Samples#disabled | not written yet"), Samples.class);

        assertThat(check.notAllowed()).extracting(SkipCheck.Skip::methodName).containsExactly("needsAWidget");
    }

    @Test
    void aClassLineCoversEveryMethodOfTheClassAndNoSkipLeavesNoFile() throws Exception {
        SkipCheck check = run(List.of("# a comment", "", "duban.testing.SkipCheckTest$Samples | o",
                "duban.testing.SkipCheckTest$DisabledSamples | whole class"), Samples.class, DisabledSamples.class);

        assertThat(check.notAllowed()).isEmpty();
        assertThat(folder.resolve("unlisted.txt")).doesNotExist();
    }

    @Test
    void aLineWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> SkipCheck.parseAllowed(List.of("duban.store.ReadOnlyFileTest")))
                .hasMessageContaining("class[#method] | reason");
        assertThatThrownBy(() -> SkipCheck.parseAllowed(List.of("duban.store.ReadOnlyFileTest |  ")))
                .hasMessageContaining("class[#method] | reason");
    }

    /** The project's own list parses, and each line names a test class that exists. */
    @Test
    void theProjectsListIsWellFormedAndNamesRealClasses() throws Exception {
        try (var in = SkipCheck.class.getResourceAsStream(SkipCheck.ALLOWED_RESOURCE)) {
            assertThat(in).as("allowed-skips.txt on the test class path").isNotNull();
            for (SkipCheck.Allowed entry : SkipCheck.parseAllowed(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList())) {
                assertThat(Class.forName(entry.className())).as(entry.className()).isNotNull();
            }
        }
    }

    private SkipCheck run(List<String> allowedLines, Class<?>... classes) {
        SkipCheck check = new SkipCheck(SkipCheck.parseAllowed(allowedLines), folder.resolve("unlisted.txt"),
                folder.resolve("all.txt"));
        // Its own launcher, without the listeners registered for the whole run (this class's among them).
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        var request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> type : classes) {
            request.selectors(selectClass(type));
        }
        launcher.execute(request.build(), check);
        return check;
    }
}
