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
