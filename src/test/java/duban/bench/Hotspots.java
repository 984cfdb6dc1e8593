package duban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest frames of a JFR recording's {@code jdk.ExecutionSample} events, as
 * {@code jfr print --events jdk.ExecutionSample} would show them summed: per thread, the methods
 * on top of the stack, and the first of our own ({@code duban.*}) methods on the stack.
 */
final class Hotspots {

    private static final int TOP = 12;

    private Hotspots() {
    }

    /** {@code java duban.bench.Hotspots FILE.jfr...}: the summary of recordings made earlier. */
    public static void main(String[] args) throws IOException {
        for (String file : args) {
            System.out.println(file + ":");
            summarise(Path.of(file), System.out);
        }
    }

    static void summarise(Path recording, PrintStream out) throws IOException {
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        Map<String, Integer> threads = new LinkedHashMap<>();
        Map<String, Integer> topFrames = new LinkedHashMap<>();
        Map<String, Integer> ownFrames = new LinkedHashMap<>();
        Map<String, Integer> allocated = new LinkedHashMap<>();
        long allocatedTotal = 0;
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ObjectAllocationSample") && event.getStackTrace() != null) {
                long megabytes = event.getLong("weight");
                allocatedTotal += megabytes;
                event.getStackTrace().getFrames().stream().filter(frame -> frame.isJavaFrame()
                                && frame.getMethod().getType().getName().startsWith("duban.")
                                && !frame.getMethod().getType().getName().startsWith("duban.bench."))
                        .findFirst()
                        .ifPresent(frame -> allocated.merge(name(frame), (int) (megabytes / 1024), Integer::sum));
                continue;
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            total++;
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread, 1, Integer::sum);
            List<RecordedFrame> frames = stack.getFrames();
            topFrames.merge(thread + " | " + name(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(frame -> frame.isJavaFrame()
                            && frame.getMethod().getType().getName().startsWith("duban.")
                            && !frame.getMethod().getType().getName().startsWith("duban.bench."))
                    .findFirst()
                    .ifPresent(frame -> ownFrames.merge(thread + " | " + name(frame), 1, Integer::sum));
            frames.stream().filter(frame -> frame.isJavaFrame()
                            && frame.getMethod().getType().getName().startsWith("duban.")
                            && !frame.getMethod().getType().getName().startsWith("duban.bench."))
                    .map(frame -> thread + " | " + name(frame)).distinct()
                    .forEach(method -> inclusive.merge(method, 1, Integer::sum));
        }
        out.println("  " + total + " execution samples. By thread:");
        print(threads, total, out);
        out.println("  Top frames (thread | method):");
        print(topFrames, total, out);
        out.println("  First duban.* frame on the stack (thread | method):");
        print(ownFrames, total, out);
        out.println("  duban.* methods anywhere on the stack, inclusive (thread | method):");
        print(inclusive, total, out);
        out.printf(java.util.Locale.ROOT, "  Allocation (jdk.ObjectAllocationSample, %,d MB sampled) by first duban.* frame, in KB:%n",
                allocatedTotal / (1024 * 1024));
        print(allocated, (int) Math.max(1, allocatedTotal / 1024), out);
    }

    private static void print(Map<String, Integer> counts, int total, PrintStream out) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(entry -> out.printf(java.util.Locale.ROOT, "    %5d  %5.1f%%  %s%n", entry.getValue(),
                        100.0 * entry.getValue() / Math.max(1, total), entry.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
