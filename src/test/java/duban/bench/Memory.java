package duban.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's heap after a full collection and its resident set size, in MB. */
final class Memory {

    private Memory() {
    }

    /** Collects garbage until the heap stops shrinking, then reports both figures. */
    static void report(String prefix) {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= previous) {
                break;
            }
            previous = used;
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        BenchOutput.sample(prefix + ".heap", heap / (1024.0 * 1024.0));
        BenchOutput.sample(prefix + ".rss", residentKilobytes() / 1024.0);
        BenchOutput.sample(prefix + ".heapCommitted",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / (1024.0 * 1024.0));
        BenchOutput.sample(prefix + ".nonHeap",
                ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted() / (1024.0 * 1024.0));
        nativeMemory(prefix.replace("memory.", ""));
    }

    private static final java.util.regex.Pattern NMT_CATEGORY =
            java.util.regex.Pattern.compile("^-\\s*([A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)", java.util.regex.Pattern.MULTILINE);

    /**
     * Under {@code -XX:NativeMemoryTracking=summary}: the committed memory of each of the JVM's
     * categories (Java Heap, Class, Thread, Code, GC, Internal, Other…), as {@code nmt.CATEGORY.WHICH}.
     */
    private static void nativeMemory(String which) {
        try {
            javax.management.ObjectName name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            Object summary = ManagementFactory.getPlatformMBeanServer().invoke(name, "vmNativeMemory",
                    new Object[] {new String[] {"summary"}}, new String[] {String[].class.getName()});
            java.util.regex.Matcher matcher = NMT_CATEGORY.matcher(String.valueOf(summary));
            while (matcher.find()) {
                BenchOutput.sample("nmt." + matcher.group(1).trim().replace(' ', '_') + "." + which,
                        Long.parseLong(matcher.group(2)) / 1024.0);
            }
        } catch (javax.management.JMException | RuntimeException e) {
            // No tracking in this JVM: nothing to report.
        }
    }

    /** VmRSS from /proc/self/status (Linux), or -1 where there is none. */
    static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
