package duban.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Makes a skipped test fail the build unless src/test/resources/allowed-skips.txt lists it with
 * its reason: a test that stops running in CI (no font, running as root, a stray @Disabled)
 * must not pass for green. Registered for every JUnit Platform run through
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener.
 *
 * <p>A listener cannot fail a run (the launcher only logs what it throws), so it writes the
 * skips that are not allowed to {@link #UNLISTED} and the build fails on that file: pom.xml's
 * {@code fail-on-unlisted-skips} step right after surefire in {@code mvn test}, which prints it.
 */
public final class SkipCheck implements TestExecutionListener {

    /** The skips of the last run that allowed-skips.txt does not list, one per line; absent when none. */
    public static final Path UNLISTED = Path.of("target", "skip-check", "unlisted-skips.txt");
    /** Every skip of the last run, listed or not, for the record. */
    public static final Path ALL = Path.of("target", "skip-check", "skips.txt");
    static final String ALLOWED_RESOURCE = "/allowed-skips.txt";

    private final List<Skip> skips = new ArrayList<>();
    private final List<Allowed> allowed;
    private final Path unlisted;
    private final Path all;

    /** The listener surefire (or an IDE) loads. */
    public SkipCheck() {
        this(readAllowed(), UNLISTED, ALL);
    }

    SkipCheck(List<Allowed> allowed, Path unlisted, Path all) {
        this.allowed = allowed;
        this.unlisted = unlisted;
        this.all = all;
    }

    /** A skipped or aborted test (or class): what it is and the reason it gave. */
    record Skip(String className, String methodName, String displayName, String reason) {
        String describe() {
            return className + (methodName.isEmpty() ? "" : "#" + methodName) + " (" + displayName + "): " + reason;
        }
    }

    /** A line of allowed-skips.txt: {@code class[#method] | reason}; the skip's reason must contain the listed one. */
    record Allowed(String className, String methodName, String reason) {
        boolean covers(Skip skip) {
            return className.equals(skip.className())
                    && (methodName.isEmpty() || methodName.equals(skip.methodName()))
                    && skip.reason().contains(reason);
        }

        static Allowed parse(String line) {
            int bar = line.indexOf('|');
            if (bar < 0 || line.substring(bar + 1).isBlank()) {
                throw new IllegalArgumentException("allowed-skips.txt: a line is `class[#method] | reason`, not: " + line);
            }
            String test = line.substring(0, bar).strip();
            int hash = test.indexOf('#');
            return new Allowed(hash < 0 ? test : test.substring(0, hash), hash < 0 ? "" : test.substring(hash + 1),
                    line.substring(bar + 1).strip());
        }
    }

    static List<Allowed> parseAllowed(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(Allowed::parse).toList();
    }

    private static List<Allowed> readAllowed() {
        try (InputStream in = SkipCheck.class.getResourceAsStream(ALLOWED_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parseAllowed(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        try {
            Files.deleteIfExists(unlisted);
            Files.deleteIfExists(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private synchronized void record(TestIdentifier test, String reason) {
        Optional<TestSource> source = test.getSource();
        String className = "";
        String methodName = "";
        if (source.isPresent() && source.get() instanceof MethodSource method) {
            className = method.getClassName();
            methodName = method.getMethodName();
        } else if (source.isPresent() && source.get() instanceof ClassSource type) {
            className = type.getClassName();
        } else {
            className = test.getUniqueId();
        }
        skips.add(new Skip(className, methodName, test.getDisplayName(), String.valueOf(reason)));
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        List<String> notAllowed = notAllowed().stream().map(Skip::describe).toList();
        try {
            if (!skips.isEmpty()) {
                Files.createDirectories(all.getParent());
                Files.write(all, skips.stream().map(Skip::describe).toList(), StandardCharsets.UTF_8);
            }
            if (!notAllowed.isEmpty()) {
                Files.createDirectories(unlisted.getParent());
                Files.write(unlisted, notAllowed, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The skips so far that no line of allowed-skips.txt covers. */
    synchronized List<Skip> notAllowed() {
        return skips.stream().filter(skip -> allowed.stream().noneMatch(entry -> entry.covers(skip))).toList();
    }
}
