package duban.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A class's {@code main} in a JVM of its own: the same java and class path as the test's, the
 * flags, arguments and environment the test chooses. Its standard output is read line by line on
 * a thread (so a test can wait for lines with a timeout and never hangs), its standard error kept
 * for the failure message. Start one with {@code ChildJvm.of(Main.class).flags(…).args(…)}, then
 * either {@link Command#run} it to its end or {@link Command#start} it and talk to it.
 */
public final class ChildJvm implements AutoCloseable {

    /** Put on the queue when stdout ends (the process exited or was killed). */
    private static final String END_OF_OUTPUT = "\u0000EOF";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final StringBuilder errors = new StringBuilder();
    private boolean ended;

    private ChildJvm(Process process) {
        this.process = process;
        daemon("child-stdout-" + process.pid(), () -> {
            try {
                readLines(process.getInputStream(), lines::add);
            } finally {
                lines.add(END_OF_OUTPUT);
            }
        });
        daemon("child-stderr-" + process.pid(), () -> readLines(process.getErrorStream(), line -> {
            synchronized (errors) {
                errors.append(line).append('\n');
            }
        }));
    }

    /** What to run: {@code main} with no flags, arguments or changes to the environment yet. */
    public static Command of(Class<?> main) {
        return new Command(main);
    }

    /** A child that ran to its end (or was killed at the timeout): its exit status and output. */
    public record Finished(int status, boolean timedOut, String stdout, String stderr) {

        /** This, when the child ended by itself; an AssertionError naming the timeout when not. */
        public Finished ended() {
            if (timedOut) {
                throw new AssertionError("the child did not finish in time; stderr: " + stderr);
            }
            return this;
        }
    }

    /**
     * Waits (up to {@code timeoutSeconds} in all) until a line matching {@code wanted} has come
     * {@code count} times; returns false when output ended first.
     */
    public boolean awaitLines(Predicate<String> wanted, int count, int timeoutSeconds) throws InterruptedException {
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
    public List<String> drain(int timeoutSeconds) throws InterruptedException {
        awaitLines(line -> false, 1, timeoutSeconds);
        return List.copyOf(seen);
    }

    /** SIGKILL on Unix (TerminateProcess on Windows): no shutdown hook, no flush, no close. */
    public boolean kill() throws InterruptedException {
        boolean wasAlive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return wasAlive;
    }

    /** Writes one line to the child's standard input. */
    public void send(String line) {
        try {
            Writer writer = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            writer.write(line + "\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit status; an AssertionError when the child is still running after the timeout. */
    public int waitForExit(int timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not exit within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    /** What the child wrote to standard error so far. */
    public String stderr() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    /**
     * Waits for the end (killing the child at the timeout) and returns its status and all its
     * output; what it printed before a timeout is kept.
     */
    public Finished finish(long timeoutSeconds) throws InterruptedException {
        boolean exited = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        // The readers end when the pipes close; a grandchild holding them open must not hang the test.
        while (!ended) {
            String line = lines.poll(5, TimeUnit.SECONDS);
            if (line == null || line.equals(END_OF_OUTPUT)) {
                ended = true;
            } else {
                seen.add(line);
            }
        }
        StringBuilder stdout = new StringBuilder();
        seen.forEach(line -> stdout.append(line).append('\n'));
        String stderr = (exited ? "" : "timed out after " + timeoutSeconds + " s\n") + stderr();
        return new Finished(exited ? process.exitValue() : -1, !exited, stdout.toString(), stderr);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void readLines(InputStream stream, Consumer<String> sink) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                sink.accept(line);
            }
        } catch (IOException ignored) {
            // the process is gone: what was read is all there is
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The command line of a child JVM, built up before it starts. */
    public static final class Command {

        private final Class<?> main;
        private final List<String> prefix = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Set<String> unset = new LinkedHashSet<>();

        private Command(Class<?> main) {
            this.main = main;
        }

        /** A program that runs the JVM, such as {@code setpriv … --}, before {@code java}. */
        public Command prefix(List<String> words) {
            prefix.addAll(words);
            return this;
        }

        /** JVM flags, before the class path ({@code -Xmx256m}, {@code -Dfile.encoding=UTF-8} …). */
        public Command flags(String... jvmFlags) {
            return flags(List.of(jvmFlags));
        }

        /** JVM flags, before the class path. */
        public Command flags(List<String> jvmFlags) {
            flags.addAll(jvmFlags);
            return this;
        }

        /** The arguments of {@code main}. */
        public Command args(String... mainArgs) {
            return args(List.of(mainArgs));
        }

        /** The arguments of {@code main}. */
        public Command args(List<String> mainArgs) {
            args.addAll(mainArgs);
            return this;
        }

        /** Variables set in the child's environment (the rest is the test's own). */
        public Command environment(Map<String, String> variables) {
            environment.putAll(variables);
            unset.removeAll(variables.keySet());
            return this;
        }

        /** A variable of the test's environment that the child must not see. */
        public Command withoutEnvironment(String name) {
            environment.remove(name);
            unset.add(name);
            return this;
        }

        /** The whole command: prefix, java, flags, class path, main class, arguments. */
        public List<String> commandLine() {
            List<String> command = new ArrayList<>(prefix);
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(args);
            return command;
        }

        /** Starts the child; close it (try-with-resources) so that none outlives the test. */
        public ChildJvm start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder(commandLine());
            builder.environment().keySet().removeAll(unset);
            builder.environment().putAll(environment);
            return new ChildJvm(builder.start());
        }

        /** Runs the child to its end, killing it after {@code timeoutSeconds}. */
        public Finished run(long timeoutSeconds) throws IOException, InterruptedException {
            try (ChildJvm child = start()) {
                return child.finish(timeoutSeconds);
            }
        }
    }
}
