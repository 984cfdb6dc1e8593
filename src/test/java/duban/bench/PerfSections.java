package duban.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue 18's sections of {@code bench/run}, each alone so that a shared machine runs only what is
 * asked: {@code --startup} (start-up to the first board frame at 10,000 and 100,000 items beside
 * the minimal window, with the memory of the same processes), {@code --memory} (the same, plus one
 * run of each under Native Memory Tracking to show where the resident memory goes) and
 * {@code --drop} (a card dropped at 10,000 items: the board's handling and its frame's CSS and
 * layout). {@code --rounds=N} sets the start-ups per data set, {@code --items=10000} keeps one set.
 */
final class PerfSections {

    private static final int LARGE = 10_000;
    private static final int HUGE = 100_000;

    private final Benchmark benchmark;
    private final Benchmark.Config config;
    private final PrintStream out;
    private final List<String> options;

    PerfSections(Benchmark benchmark, Benchmark.Config config, PrintStream out, List<String> options) {
        this.benchmark = benchmark;
        this.config = config;
        this.out = out;
        this.options = options;
    }

    static boolean asked(List<String> options) {
        return options.contains("--startup") || options.contains("--memory") || options.contains("--drop");
    }

    void run() throws Exception {
        List<Benchmark.Row> rows = new ArrayList<>();
        if (options.contains("--startup") || options.contains("--memory")) {
            rows.addAll(startups());
        }
        if (options.contains("--drop")) {
            rows.addAll(drops());
        }
        out.println();
        out.println("Load before the table (uptime): " + load());
        benchmark.printTable(rows);
        if (options.contains("--memory")) {
            printNativeMemory();
        }
        benchmark.printFailedProbes();
    }

    /** The app's start-ups (with its launch options) and the minimal window's, interleaved, round by round. */
    private List<Benchmark.Row> startups() throws Exception {
        List<Integer> counts = itemCounts();
        List<Path> sets = new ArrayList<>();
        for (int count : counts) {
            sets.add(dataSet(count));
        }
        int rounds = intOption("--rounds=", config.startups());
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < counts.size(); i++) {
                benchmark.probe("@" + counts.get(i), 240, StartupProbe.class, AppLaunch.options(), "app", "--db",
                        benchmark.copy(sets.get(i)));
            }
            benchmark.probe("", 120, StartupProbe.class, List.of(), "minimal");
        }
        if (options.contains("--memory")) {
            List<String> tracked = List.of("-XX:NativeMemoryTracking=summary");
            for (int i = 0; i < counts.size(); i++) {
                List<String> flags = new ArrayList<>(AppLaunch.options());
                flags.addAll(tracked);
                benchmark.probe("@" + counts.get(i) + "#nmt", 240, StartupProbe.class, flags, "app", "--db",
                        benchmark.copy(sets.get(i)));
            }
            benchmark.probe("#nmt", 120, StartupProbe.class, tracked, "minimal");
        }
        List<Benchmark.Row> rows = new ArrayList<>();
        for (int count : counts) {
            double ratio = count >= HUGE ? 2.0 : 1.5;
            rows.add(new Benchmark.Row("1", "Start-up to first board frame (ms)", fmt(count) + " items",
                    "startup.app@" + count, "minimal JavaFX app", "startup.minimal",
                    new Benchmark.Target("≤ " + ratio + "× ref", (m, r) -> m.median() <= ratio * r.median()), null));
        }
        for (int count : counts) {
            rows.add(new Benchmark.Row("7", "Heap after GC (MB)", fmt(count) + " items", "memory.app.heap@" + count,
                    "minimal JavaFX app", "memory.minimal.heap", Benchmark.Target.none(), null));
            rows.add(new Benchmark.Row("7", "Non-heap committed (MB)", fmt(count) + " items",
                    "memory.app.nonHeap@" + count, "minimal JavaFX app", "memory.minimal.nonHeap",
                    Benchmark.Target.none(), null));
            Benchmark.Target target = count >= HUGE
                    ? new Benchmark.Target("< 500", (m, r) -> m.median() < 500)
                    : new Benchmark.Target("≤ 1.5× ref + 100", (m, r) -> m.median() <= 1.5 * r.median() + 100);
            rows.add(new Benchmark.Row("7", "Process RSS (MB)", fmt(count) + " items", "memory.app.rss@" + count,
                    "minimal JavaFX app", "memory.minimal.rss", target, null));
        }
        return rows;
    }

    /** Cards dropped at 10,000 items, beside the same at 1,000. */
    private List<Benchmark.Row> drops() throws Exception {
        int small = config.small();
        for (int count : List.of(LARGE, small)) {
            List<String> flags = new ArrayList<>(AppLaunch.options());
            flags.add("-Dtestfx.setup.timeout=600000"); // a busy machine takes minutes to the board
            benchmark.probe("@" + count, 900, BoardProbe.class, flags, benchmark.copy(dataSet(count)),
                    "" + count, "" + config.warmup(), "" + intOption("--samples=", config.eventSamples()), "", "drag");
        }
        String l = "@" + LARGE;
        String s = "@" + small;
        String set = fmt(LARGE) + " items";
        String ref = "same at " + fmt(small) + " items";
        return List.of(
                new Benchmark.Row("2", "Drop → frame showing the card (ms)", set, "drag.frame" + l, ref, "drag.frame" + s,
                        Benchmark.Target.none(), null),
                new Benchmark.Row("2", "Work in that frame: handling + its CSS and layout (ms)", set, "drag.work" + l, ref,
                        "drag.work" + s, new Benchmark.Target("p95 < 16.7", (m, r) -> m.p95() < 16.7), null),
                new Benchmark.Row("2", "  of which: the board's handling of the drop (ms)", set, "drag.handle" + l, ref,
                        "drag.handle" + s, Benchmark.Target.none(), null),
                new Benchmark.Row("2", "  of which: CSS and layout of the frame that shows it (ms)", set,
                        "drag.pulse" + l, ref, "drag.pulse" + s, Benchmark.Target.none(), null),
                new Benchmark.Row("2", "  the FX thread's CPU time, drop to that frame (ms)", set, "drag.cpu" + l, ref,
                        "drag.cpu" + s, Benchmark.Target.none(), null),
                new Benchmark.Row("2", "  the FX thread's CPU time, drop to the next gesture (ms)", set, "drag.cpuAfter" + l,
                        ref, "drag.cpuAfter" + s, Benchmark.Target.none(), null),
                new Benchmark.Row("2", "  collector pauses, drop to that frame (ms)", set, "drag.gc" + l, ref,
                        "drag.gc" + s, Benchmark.Target.none(), null),
                new Benchmark.Row("2", "  frames begun until the card shows", set, "drag.frames" + l, ref,
                        "drag.frames" + s, Benchmark.Target.none(), null),
                new Benchmark.Row("2", "Drop → committed transaction (ms)", set, "drag.commit" + l, ref,
                        "drag.commit" + s, Benchmark.Target.none(), null));
    }

    /** The NMT runs' committed memory by category (MB), the app's beside the minimal window's. */
    private void printNativeMemory() {
        Map<String, String> columns = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (int count : itemCounts()) {
            names.add("app@" + fmt(count));
        }
        names.add("minimal");
        out.println();
        out.println("Native Memory Tracking, committed MB (one run each, after the board's first frame and a full GC):");
        out.println("| Category | " + String.join(" | ", names) + " |");
        out.println("|---|" + "---:|".repeat(names.size()));
        benchmark.results().keySet().stream()
                .filter(key -> key.startsWith("nmt.") && key.endsWith("#nmt"))
                .map(key -> key.substring("nmt.".length(), key.indexOf('.', "nmt.".length())))
                .distinct().sorted().forEach(category -> columns.put(category, ""));
        for (String category : columns.keySet()) {
            StringBuilder line = new StringBuilder("| " + category + " |");
            for (int count : itemCounts()) {
                line.append(' ').append(num(benchmark.result("nmt." + category + ".app@" + count + "#nmt"))).append(" |");
            }
            line.append(' ').append(num(benchmark.result("nmt." + category + ".minimal#nmt"))).append(" |");
            out.println(line);
        }
    }

    private List<Integer> itemCounts() {
        int only = intOption("--items=", 0);
        return only > 0 ? List.of(only) : List.of(LARGE, HUGE);
    }

    /** The data set of {@code count} items, written once and kept (the same count always gives the same file). */
    private Path dataSet(int count) throws Exception {
        Path file = config.work().resolve("data").resolve("items-" + count + ".db");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            long start = System.nanoTime();
            if (count > LARGE && count % LARGE == 0) {
                BenchData.scaled(dataSet(LARGE), file, count / LARGE);
            } else {
                BenchData.write(file, count);
            }
            System.err.printf(Locale.ROOT, "[bench] data set of %d items written in %.1f s%n", count,
                    (System.nanoTime() - start) / 1e9);
        }
        return file;
    }

    private int intOption(String prefix, int otherwise) {
        return options.stream().filter(option -> option.startsWith(prefix))
                .map(option -> Integer.parseInt(option.substring(prefix.length()))).findFirst().orElse(otherwise);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (1, 5, 15 min), "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String num(Samples samples) {
        return samples.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", samples.median());
    }

    private static String fmt(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
