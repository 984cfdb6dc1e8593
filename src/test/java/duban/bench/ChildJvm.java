package duban.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One fresh JVM running a probe: the same java and class path as this one, the chosen flags, and
 * the figures it prints collected by measure name. Its standard error is kept for the report.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** What a probe reported: figures by measure, and its error output when it failed. */
    record Outcome(Map<String, List<Double>> samples, boolean failed, String errors) {
    }

    static Outcome run(List<String> jvmFlags, Map<String, String> environment, long timeoutSeconds, Class<?> main,
                       List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        StringBuilder errors = new StringBuilder();
        Thread errorReader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (errors) {
                        errors.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
        errorReader.setDaemon(true);
        errorReader.start();
        Thread outReader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(BenchOutput.PREFIX)) {
                        String[] parts = line.substring(BenchOutput.PREFIX.length()).trim().split(" ");
                        synchronized (samples) {
                            samples.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(Double.parseDouble(parts[1]));
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
        outReader.setDaemon(true);
        outReader.start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        outReader.join(5000);
        errorReader.join(2000);
        boolean failed = !ended || process.exitValue() != 0;
        String errorText;
        synchronized (errors) {
            errorText = (ended ? "" : "timed out after " + timeoutSeconds + " s\n") + errors;
        }
        synchronized (samples) {
            return new Outcome(new LinkedHashMap<>(samples), failed, errorText);
        }
    }
}
