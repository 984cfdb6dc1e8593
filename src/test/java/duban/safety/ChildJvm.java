package duban.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link StoreWorker} in its own JVM (same java, same class path), with its stdout read line
 * by line on a thread so that the test can wait for lines with a timeout and never hangs.
 */
final class ChildJvm implements AutoCloseable {

    /** Put on the queue when stdout ends (the process exited or was killed). */
    private static final String END_OF_OUTPUT = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final StringBuilder errors = new StringBuilder();
    private boolean ended;

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> pump(), "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        Thread errorReader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (errors) {
                        errors.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        }, "child-stderr-" + process.pid());
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Starts {@code StoreWorker} with {@code args}. */
    static ChildJvm start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                StoreWorker.class.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // killed: what was read is all there is
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    /**
     * Waits (up to {@code timeoutSeconds} in all) until a line matching {@code wanted} has come
     * {@code count} times; returns false when output ended first.
     */
    boolean awaitLines(Predicate<String> wanted, int count, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int matched = (int) seen.stream().filter(wanted).count();
        while (matched < count) {
            if (ended) {
                return false;
            }
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("timed out after " + timeoutSeconds + " s waiting for output; last lines: "
                        + seen.subList(Math.max(0, seen.size() - 5), seen.size()) + "\nstderr: " + stderr());
            }
            if (line.equals(END_OF_OUTPUT)) {
                ended = true;
                return false;
            }
            seen.add(line);
            if (wanted.test(line)) {
                matched++;
            }
        }
        return true;
    }

    /** Reads the rest of stdout until the process has closed it; returns every line seen. */
    List<String> drain(int timeoutSeconds) throws InterruptedException {
        awaitLines(line -> false, 1, timeoutSeconds);
        return List.copyOf(seen);
    }

    /** SIGKILL on Unix (TerminateProcess on Windows): no shutdown hook, no flush, no close. */
    boolean kill() throws InterruptedException {
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return wasAlive;
    }

    void send(String line) {
        try {
            Writer writer = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            writer.write(line + "\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int waitForExit(int timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not exit within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    String stderr() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
