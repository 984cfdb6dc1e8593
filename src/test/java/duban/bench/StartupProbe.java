package duban.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM of the start-up and memory measures: {@code StartupProbe app|minimal [args]} starts
 * {@code duban.app.Main} (with {@code -Dduban.timing=true}) or {@link MinimalApp}, passes the
 * timing line through as a figure, then lets the window settle, reports heap after GC and
 * resident size, and ends the process.
 */
public final class StartupProbe {

    private static final Pattern TIMING = Pattern.compile("duban\\.timing first-board-frame-ms=(\\d+)");
    /** How long the window runs after its first frame before memory is read (caches, lazy work). */
    private static final long SETTLE_MILLIS = Long.getLong("duban.bench.settleMillis", 1500);

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        PrintStream original = System.out;
        System.setOut(new PrintStream(new LineWatcher(original, which), true, StandardCharsets.UTF_8));
        if (which.equals("app")) {
            System.setProperty("duban.timing", "true");
            duban.app.Main.main(rest);
        } else {
            MinimalApp.main(rest);
        }
    }

    /** Passes output through and acts on the timing line once it is printed. */
    private static final class LineWatcher extends OutputStream {
        private final PrintStream target;
        private final String which;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private boolean seen;

        LineWatcher(PrintStream target, String which) {
            this.target = target;
            this.which = which;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.UTF_8);
                bytes.reset();
                lineDone(text);
            } else {
                bytes.write(b);
            }
        }

        private void lineDone(String text) {
            Matcher matcher = TIMING.matcher(text);
            if (seen || !matcher.find()) {
                return;
            }
            seen = true;
            BenchOutput.sample("startup." + which, Double.parseDouble(matcher.group(1)));
            Thread memory = new Thread(() -> {
                try {
                    Thread.sleep(SETTLE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Memory.report("memory." + which);
                target.flush();
                ProbeExit.now();
            }, "bench-memory");
            memory.setDaemon(true);
            memory.start();
        }
    }
}
