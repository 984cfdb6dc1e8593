package duban.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line format by which a child JVM reports figures to {@link Benchmark}:
 * {@code bench-sample <measure> <value>}, one line per sample, on standard output.
 */
final class BenchOutput {

    static final String PREFIX = "bench-sample ";

    /** The stream the figures go to, kept before any code swaps {@code System.out}. */
    private static final PrintStream OUT = System.out;

    private BenchOutput() {
    }

    static void sample(String measure, double value) {
        synchronized (OUT) {
            OUT.println(PREFIX + measure + " " + String.format(Locale.ROOT, "%.4f", value));
            OUT.flush();
        }
    }

    static void millis(String measure, long nanos) {
        sample(measure, nanos / 1_000_000.0);
    }

    /** The figures a child printed, by measure name, in the order they came. */
    static Map<String, List<Double>> samples(String stdout) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        stdout.lines().filter(line -> line.startsWith(PREFIX)).forEach(line -> {
            String[] parts = line.substring(PREFIX.length()).trim().split(" ");
            samples.computeIfAbsent(parts[0], name -> new ArrayList<>()).add(Double.parseDouble(parts[1]));
        });
        return samples;
    }
}
