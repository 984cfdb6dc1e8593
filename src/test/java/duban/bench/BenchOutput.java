package duban.bench;

import java.io.PrintStream;
import java.util.Locale;

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
}
