package duban.bench;

import duban.testing.ChildJvm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 8 (run it with {@code bench/run}): builds the data sets, runs every
 * measure in fresh child JVMs, and prints one table of medians and 95th percentiles, each beside
 * its reference measured in the same run, the ratio and the target. Where a target is missed it
 * records a JFR profile of that measure and prints its hottest frames.
 */
public final class Benchmark {

    /** How a run is sized; {@link #smoke()} is the few-second version that {@code mvn test} runs. */
    record Config(List<Integer> itemCounts, int large, int small, int startups, int warmup, int eventSamples,
                  int scrollFrames, int storeSamples, int ledgerRuns, boolean xvfb, boolean profile, boolean smoke,
                  Path work) {

        static Config full(Path work, boolean xvfb, boolean profile) {
            return new Config(List.of(0, 1_000, 10_000), 10_000, 1_000, 5, 20, 300, 600, 400, 5, xvfb, profile,
                    false, work);
        }

        static Config smoke(Path work) {
            return smoke(work, false);
        }

        static Config smoke(Path work, boolean xvfb) {
            return new Config(List.of(100), 100, 100, 1, 1, 3, 12, 5, 1, xvfb, false, true, work);
        }
    }

    private final Config config;
    private final PrintStream out;
    private final Map<String, Samples> results = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> headlessFlags;

    Benchmark(Config config, PrintStream out) throws IOException {
        this.config = config;
        this.out = out;
        this.headlessFlags = surefireArgLine();
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Path work = Path.of("target", "bench");
        Config config = options.contains("--smoke") ? Config.smoke(work, options.contains("--xvfb"))
                : Config.full(work, options.contains("--xvfb"), !options.contains("--no-profile"));
        Benchmark benchmark = new Benchmark(config, System.out);
        if (options.contains("--durability")) {
            benchmark.runDurability();
        } else if (options.contains("--shared")) {
            benchmark.runShared();
        } else if (options.contains("--documents")) {
            benchmark.runDocuments();
        } else if (options.contains("--attachments")) {
            benchmark.runAttachments();
        } else if (PerfSections.asked(options)) {
            new PerfSections(benchmark, config, System.out, options).run(); // --startup, --memory, --drop (issue 18)
        } else {
            benchmark.run();
        }
        System.exit(benchmark.failures().isEmpty() ? 0 : 1);
    }

    Map<String, Samples> results() {
        return results;
    }

    List<String> failures() {
        return failures;
    }

    /** Runs every measure and prints the table (and the profiles of missed targets). */
    void run() throws Exception {
        Files.createDirectories(config.work().resolve("data"));
        Map<Integer, Path> dataSets = new LinkedHashMap<>();
        for (int count : config.itemCounts()) {
            Path file = config.work().resolve("data").resolve("items-" + count + ".db");
            long start = System.nanoTime();
            int written = BenchData.write(file, count);
            progress("data set of %d items written in %.1f s", written, (System.nanoTime() - start) / 1e9);
            dataSets.put(count, file);
        }
        Path large = dataSets.get(config.large());
        Path small = dataSets.get(config.small());

        // 1 and 7: start-ups, the board on every data set and the minimal application, interleaved.
        for (int round = 0; round < config.startups(); round++) {
            for (Map.Entry<Integer, Path> set : dataSets.entrySet()) {
                probe("@" + set.getKey(), 120, StartupProbe.class, List.of(), "app", "--db", copy(set.getValue()));
            }
            probe("", 120, StartupProbe.class, List.of(), "minimal");
        }
        if (config.smoke()) {
            // One JVM for the three board measures keeps the smoke run short.
            probe("@" + config.large(), 180, BoardProbe.class, List.of("-Dduban.bench.screenshot=true"), copy(large),
                    "" + config.large(),
                    "" + config.warmup(), "" + config.eventSamples(), "", "drag", "search", "scroll");
        } else {
            for (String measure : List.of("drag", "search", "scroll")) {
                for (int count : List.of(config.large(), config.small())) {
                    int samples = measure.equals("scroll") ? config.scrollFrames() : config.eventSamples();
                    probe("@" + count, 600, BoardProbe.class, List.of(), copy(dataSets.get(count)), "" + count,
                            "" + config.warmup(), "" + samples, "", measure);
                }
            }
        }
        probe("@" + config.large(), 600, StoreProbe.class, List.of(), copy(large), "" + config.warmup(),
                "" + config.storeSamples());
        probeSynchronousModes(large);
        for (int count : config.smoke() ? List.of(config.large()) : List.of(config.large(), config.small())) {
            probe("@" + count, 900, LedgerProbe.class, List.of(), dataSets.get(count).toString(),
                    config.work().resolve("ledger").toString(), config.smoke() ? "0" : "1", "" + config.ledgerRuns(),
                    "-" + count);
        }
        List<Row> rows = rows();
        printTable(rows);
        if (config.profile()) {
            profileMisses(rows, dataSets);
        }
        printFailedProbes();
    }

    /**
     * {@code bench/run --durability}: only the move transaction under synchronous FULL and NORMAL,
     * on the large data set (written if missing), and its row of the table.
     */
    void runDurability() throws Exception {
        Path large = config.work().resolve("data").resolve("items-" + config.large() + ".db");
        if (!Files.exists(large)) {
            Files.createDirectories(large.getParent());
            BenchData.write(large, config.large());
        }
        probeSynchronousModes(large);
        printTable(rows().stream().filter(row -> row.key().startsWith(SYNCHRONOUS_FULL)).toList());
    }

    private static final String SYNCHRONOUS_FULL = "store.move.full";

    /** Items on the server and in the file for the shared-mode section. */
    private static final int SHARED_ITEMS = 1_000;

    /**
     * {@code bench/run --shared}: the shared-mode section on the tests' embedded PostgreSQL server
     * (one child JVM, {@link SharedProbe}): the move transaction on the server beside a SQLite
     * file, commit on one PC to another PC's change-feed callback, eight PCs' throughput.
     */
    void runShared() throws Exception {
        int items = config.smoke() ? 100 : SHARED_ITEMS;
        int samples = config.smoke() ? 12 : config.storeSamples() / 2;
        probe("", 900, SharedProbe.class, List.of(), "" + items, "" + config.warmup(), "" + samples);
        // Start-up to the first board frame at the large data set: on the server and on the file, interleaved.
        Path file = config.work().resolve("data").resolve("items-" + config.large() + ".db");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            BenchData.write(file, config.large());
        }
        String database = duban.testing.PostgresServer.freshMigratedDatabase("bench_startup");
        String address = duban.testing.PostgresServer.address(database);
        long writing = System.nanoTime();
        BenchData.writeOnServer(duban.store.ServerAddress.parse(address).orElseThrow(), config.large());
        progress("%d items written on the server in %.1f s", config.large(), (System.nanoTime() - writing) / 1e9);
        for (int round = 0; round < config.startups(); round++) {
            probe(".server", 180, StartupProbe.class, List.of(), "app", "--db", address);
            probe(".file", 180, StartupProbe.class, List.of(), "app", "--db", copy(file));
        }
        // --copy-to at the large data set, with its checks: the file onto the server and back.
        probe("", 600, CopyProbe.class, List.of(), copy(file), config.smoke() ? "1" : "3");
        out.println();
        out.println("| # | Measure | Data | Median | p95 | n | Target | Met |");
        out.println("|---|---|---|---:|---:|---:|---|---|");
        String data = fmt(items) + " items";
        sharedRow("S1", "Move transaction on PostgreSQL, ItemStore.moveBetween (ms)", data, "shared.move.pg", null);
        sharedRow("S1", "  the same on a SQLite file (ms)", data, "shared.move.sqlite", null);
        sharedRow("S2", "Commit on one PC → change-feed callback on another (ms); a file's watcher polls every 2 s",
                data, "shared.notify", 1000.0);
        sharedRow("S3", "Move transaction with 8 PCs moving at once (ms)", data, "shared.move8", null);
        sharedRow("S3", "Moves per second, 8 PCs at once", data, "shared.throughput", null);
        String large = fmt(config.large()) + " items";
        sharedRow("S4", "Start-up to first board frame on the server (ms)", large, "startup.app.server", null);
        sharedRow("S4", "  the same on a SQLite file (ms)", large, "startup.app.file", null);
        sharedRow("S5", "--copy-to from the file onto the server, checked (ms)", large, "shared.copy.toServer", null);
        sharedRow("S5", "  and from the server into a new file (ms)", large, "shared.copy.toFile", null);
        printFailedProbes();
    }

    /** Items of the quarter behind the documents section. */
    private static final int DOCUMENT_ITEMS = 10_000;

    /**
     * {@code bench/run --documents}: the office's documents (issue 16) at 10,000 items: the figures
     * of a quarterly 通报, reconstructed week by week from about six events per item ({@link BulletinProbe}).
     */
    void runDocuments() throws Exception {
        int items = config.smoke() ? 100 : DOCUMENT_ITEMS;
        Path file = config.work().resolve("data").resolve("bulletin-" + items + ".db");
        probe("", 1800, BulletinProbe.class, List.of(), file.toString(), "" + items, "" + config.warmup() / 4,
                "" + (config.smoke() ? 3 : 20));
        out.println();
        out.println("| # | Measure | Data | Median | p95 | n | Target | Met |");
        out.println("|---|---|---|---:|---:|---:|---|---|");
        String data = fmt(items) + " items, " + fmt((int) result("bulletin.events").median()) + " events";
        sharedRow("D1", "通报 figures for a quarter: read, 14 weeks replayed, ranking (ms)", data, "bulletin.quarter",
                3000.0);
        sharedRow("D1", "  the same, CPU time of the reading thread (ms)", data, "bulletin.quarter.cpu", null);
        sharedRow("D2", "The quarter's 通报 drafted from the built-in template as .docx (ms)", data,
                "bulletin.draft.docx", null);
        sharedRow("D3", "  and as PDF with the embedded CJK font and both charts (ms)", data, "bulletin.draft.pdf",
                null);
        printFailedProbes();
    }

    /**
     * {@code bench/run --attachments} (issue 17): 1,000 files of 2 MB attached to items on a file,
     * each in its own transaction; the file's size, the times, listing, streaming one back, memory.
     */
    void runAttachments() throws Exception {
        int count = config.smoke() ? 20 : 1000;
        Path file = config.work().resolve("data").resolve("attachments-" + count + ".db");
        Files.createDirectories(file.getParent());
        probe("", 3600, AttachmentProbe.class, List.of("-Xmx512m"), file.toString(), "" + count, "" + 2 * 1024 * 1024);
        out.println();
        out.println("| # | Measure | Data | Median | p95 | n | Target | Met |");
        out.println("|---|---|---|---:|---:|---:|---|---|");
        String data = fmt(count) + " files of 2 MB";
        sharedRow("A1", "File size after attaching (MB)", data, "attach.fileMegabytes", null);
        sharedRow("A2", "Attaching all, one transaction each (ms)", data, "attach.all", null);
        sharedRow("A3", "  one file: read, type, SHA-256, row + bytes + ATTACH event (ms)", data, "attach.one", null);
        sharedRow("A4", "Listing an item's attachments (ms)", data, "attach.list", null);
        sharedRow("A5", "Streaming one back, SHA-256 checked (ms)", data, "attach.stream", null);
        sharedRow("A6", "--verify over the file, every attachment hashed (ms)", data, "attach.verify", null);
        sharedRow("A7", "  intact (1 = yes)", data, "attach.verifyIntact", null);
        sharedRow("A8", "Heap after a full GC (MB; -Xmx512m)", data, "attach.memory.heap", null);
        sharedRow("A9", "Resident set size (MB)", data, "attach.memory.rss", null);
        printFailedProbes();
    }

    void printFailedProbes() {
        if (!failures.isEmpty()) {
            out.println();
            out.println("Failed probes:");
            failures.forEach(failure -> out.println("  " + failure));
        }
    }

    private void sharedRow(String number, String name, String data, String key, Double p95Target) {
        Samples m = result(key);
        String met = p95Target == null || m.isEmpty() ? "" : m.p95() <= p95Target ? "yes" : "**no**";
        out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %s | %s |%n", number, name, data, num(m.median()),
                num(m.p95()), m.count(), p95Target == null ? "" : "p95 ≤ " + num(p95Target), met);
    }

    private void probeSynchronousModes(Path dataSet) throws Exception {
        probe("@" + config.large(), 600, StoreProbe.class, List.of(), copy(dataSet), "" + config.warmup(),
                "" + config.storeSamples(), "sync");
    }

    // ---- the child JVMs ------------------------------------------------------------------------

    void probe(String suffix, long timeout, Class<?> main, List<String> extraFlags, String... args)
            throws Exception {
        progress("%s %s", main.getSimpleName(), String.join(" ", args));
        ChildJvm.Finished child = ChildJvm.of(main).flags(childFlags()).flags(extraFlags).environment(environment())
                .args(args).run(timeout);
        Map<String, List<Double>> samples = BenchOutput.samples(child.stdout());
        samples.forEach((measure, values) -> results.merge(measure + suffix, Samples.of(values), Samples::plus));
        if (child.status() != 0 || samples.isEmpty()) {
            String errors = child.stderr().lines().filter(line -> !line.isBlank()).limit(25)
                    .reduce("", (a, b) -> a + "\n    " + b);
            failures.add(main.getSimpleName() + " " + String.join(" ", args) + errors);
        }
    }

    /** Headless: surefire's Monocle flags from pom.xml. Under Xvfb: the platform's own glass, on DISPLAY. */
    List<String> childFlags() {
        if (!config.xvfb()) {
            return headlessFlags;
        }
        return List.of("-Dfile.encoding=UTF-8");
    }

    private Map<String, String> environment() {
        return Map.of();
    }

    /** The surefire argLine of pom.xml, so that the children run exactly as the tests do. */
    static List<String> surefireArgLine() throws IOException {
        Path pom = Path.of("pom.xml");
        Matcher matcher = Pattern.compile("<argLine>([^<]*)</argLine>").matcher(Files.readString(pom));
        if (!matcher.find()) {
            throw new IllegalStateException("no surefire argLine in " + pom.toAbsolutePath());
        }
        // Maven fills in its own properties (the tests' home folder is under the build directory);
        // a child started by hand gets the same value, or it would take the text for a path.
        String argLine = matcher.group(1).trim()
                .replace("${project.build.directory}", Path.of("target").toAbsolutePath().toString());
        return List.of(argLine.split("\\s+"));
    }

    /** A fresh copy of a data set, so that no measure sees another's moves. */
    String copy(Path dataSet) throws IOException {
        Path runs = config.work().resolve("runs");
        Files.createDirectories(runs);
        Path copy = runs.resolve(dataSet.getFileName().toString().replace(".db", "") + "-" + System.nanoTime() + ".db");
        Files.copy(dataSet, copy);
        return copy.toString();
    }

    private void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    // ---- the table -----------------------------------------------------------------------------

    /** One line of the table: a measure, its reference, and the target it is judged by. */
    record Row(String number, String name, String set, String key, String referenceName, String referenceKey,
               Target target, String profileKey) {
    }

    /** A target: on the measure's median or p95, as an absolute figure or as a ratio to the reference. */
    record Target(String text, Judge judge) {
        interface Judge {
            boolean met(Samples measured, Samples reference);
        }

        static Target none() {
            return new Target("", null);
        }
    }

    List<Row> rows() {
        int large = config.large();
        int small = config.small();
        String l = "@" + large;
        String s = "@" + small;
        List<Row> rows = new ArrayList<>();
        for (int count : config.itemCounts()) {
            Target target = count == large
                    ? new Target("≤ 1.5× ref", (m, r) -> m.median() <= 1.5 * r.median()) : Target.none();
            rows.add(new Row("1", "Start-up to first board frame (ms)", fmt(count) + " items", "startup.app@" + count,
                    "minimal JavaFX app", "startup.minimal", target, count == large ? "startup" : null));
        }
        String refSet = fmt(small) + " items";
        rows.add(new Row("2", "Drop → committed transaction (ms)", fmt(large) + " items", "drag.commit" + l,
                "same at " + refSet, "drag.commit" + s, Target.none(), null));
        rows.add(new Row("2", "Drop → frame showing the card (ms)", fmt(large) + " items", "drag.frame" + l,
                "same at " + refSet, "drag.frame" + s, new Target("p95 ≤ 16", (m, r) -> m.p95() <= 16), "drag"));
        // Where the drop's time to its frame goes (the rest is the wait for the next 60 Hz tick).
        rows.add(new Row("2", "  of which: the board's handling of the drop (ms)", fmt(large) + " items",
                "drag.handle" + l, "same at " + refSet, "drag.handle" + s, Target.none(), null));
        rows.add(new Row("2", "  of which: CSS and layout of the frame that shows it (ms)", fmt(large) + " items",
                "drag.pulse" + l, "same at " + refSet, "drag.pulse" + s, Target.none(), null));
        rows.add(new Row("2", "  frames begun until the card shows", fmt(large) + " items",
                "drag.frames" + l, "same at " + refSet, "drag.frames" + s, Target.none(), null));
        rows.add(new Row("3", "Move transaction, ItemStore.moveBetween (ms)", fmt(large) + " items",
                "store.move.jooq" + l, "plain JDBC, same statements", "store.move.jdbc" + l,
                new Target("≤ 3× ref", (m, r) -> m.median() <= 3 * r.median()), "store"));
        rows.add(new Row("3", "Move transaction, synchronous FULL (ms)", fmt(large) + " items",
                SYNCHRONOUS_FULL + l, "same, synchronous NORMAL (WAL)", "store.move.normal" + l, Target.none(), null));
        rows.add(new Row("4", "Filter keystroke → repainted columns (ms)", fmt(large) + " items", "search.key" + l,
                "same at " + refSet, "search.key" + s, new Target("p95 ≤ 30", (m, r) -> m.p95() <= 30), "search"));
        rows.add(new Row("5", "Scroll frame: scroll → laid out (ms)", fmt(large / 2) + " cards", "scroll.frame" + l,
                "column of " + fmt(small / 2), "scroll.frame" + s, new Target("p95 ≤ 16", (m, r) -> m.p95() <= 16),
                "scroll"));
        rows.add(new Row("5", "Scroll frame interval (ms)", fmt(large / 2) + " cards", "scroll.interval" + l,
                "column of " + fmt(small / 2), "scroll.interval" + s, Target.none(), null));
        rows.add(new Row("6", "Ledger pagination for print (ms)", fmt(large) + " rows", "ledger.layout-" + large + l,
                fmt(small) + " rows", "ledger.layout-" + small + s, Target.none(), null));
        rows.add(new Row("6", "Ledger XLSX export (ms)", fmt(large) + " rows", "ledger.xlsx-" + large + l,
                fmt(small) + " rows", "ledger.xlsx-" + small + s, new Target("p95 ≤ 3000", (m, r) -> m.p95() <= 3000),
                "ledger"));
        rows.add(new Row("6", "Ledger PDF export (ms)", fmt(large) + " rows", "ledger.pdf-" + large + l,
                fmt(small) + " rows", "ledger.pdf-" + small + s, new Target("p95 ≤ 10000", (m, r) -> m.p95() <= 10000),
                "ledger"));
        rows.add(new Row("7", "Heap after GC (MB)", fmt(large) + " items", "memory.app.heap@" + large,
                "minimal JavaFX app", "memory.minimal.heap", Target.none(), null));
        rows.add(new Row("7", "Heap committed after GC (MB)", fmt(large) + " items", "memory.app.heapCommitted@" + large,
                "minimal JavaFX app", "memory.minimal.heapCommitted", Target.none(), null));
        rows.add(new Row("7", "Non-heap committed (MB)", fmt(large) + " items", "memory.app.nonHeap@" + large,
                "minimal JavaFX app", "memory.minimal.nonHeap", Target.none(), null));
        rows.add(new Row("7", "Process RSS (MB)", fmt(large) + " items", "memory.app.rss@" + large,
                "minimal JavaFX app", "memory.minimal.rss",
                new Target("≤ 1.5× ref + 100", (m, r) -> m.median() <= 1.5 * r.median() + 100), "memory"));
        return rows;
    }

    Samples result(String key) {
        return results.getOrDefault(key, Samples.of(List.of()));
    }

    /** Whether the row's target is missed (false when it has none or a figure is missing). */
    boolean missed(Row row) {
        Samples measured = result(row.key());
        Samples reference = result(row.referenceKey());
        return row.target().judge() != null && !measured.isEmpty() && !reference.isEmpty()
                && !row.target().judge().met(measured, reference);
    }

    void printTable(List<Row> rows) {
        out.println();
        out.println("| # | Measure | Data | Median | p95 | n | Reference | Ref median | Ref p95 | Ratio (median) | Target | Met |");
        out.println("|---|---|---|---:|---:|---:|---|---:|---:|---:|---|---|");
        for (Row row : rows) {
            Samples m = result(row.key());
            Samples r = result(row.referenceKey());
            String met = row.target().judge() == null || m.isEmpty() || r.isEmpty() ? ""
                    : missed(row) ? "**no**" : "yes";
            String ratio = m.isEmpty() || r.isEmpty() || r.median() == 0 ? "–"
                    : String.format(Locale.ROOT, "%.2f×", m.median() / r.median());
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s |%n", row.number(),
                    row.name(), row.set(), num(m.median()), num(m.p95()), m.count(), row.referenceName(),
                    num(r.median()), num(r.p95()), ratio, row.target().text(), met);
        }
        Samples jooq = result("store.statements.jooq@" + config.large());
        Samples jdbc = result("store.statements.jdbc@" + config.large());
        Samples pages = result("ledger.pages-" + config.large() + "@" + config.large());
        out.println();
        out.printf(Locale.ROOT, "Statements per move: jOOQ %s, plain JDBC %s. Ledger of %s rows: %s pages (A4 landscape).%n",
                num(jooq.median()), num(jdbc.median()), fmt(config.large()), num(pages.median()));
        out.printf(Locale.ROOT, "Child JVMs: %s.%n", config.xvfb() ? "Xvfb, DISPLAY=" + System.getenv("DISPLAY")
                + ", " + String.join(" ", childFlags()) : "headless Monocle, " + String.join(" ", childFlags()));
    }

    /** The measures whose targets were missed, each run once more under JFR, with its hottest frames. */
    private void profileMisses(List<Row> rows, Map<Integer, Path> dataSets) throws Exception {
        List<String> profiled = new ArrayList<>();
        for (Row row : rows) {
            if (!missed(row) || row.profileKey() == null || profiled.contains(row.profileKey())) {
                continue;
            }
            profiled.add(row.profileKey());
            Path jfrFolder = config.work().resolve("jfr").toAbsolutePath();
            Files.createDirectories(jfrFolder);
            Path recording = jfrFolder.resolve(row.profileKey() + ".jfr");
            Files.deleteIfExists(recording);
            List<String> jfr = List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
            String large = copy(dataSets.get(config.large()));
            String count = "" + config.large();
            Map<String, Samples> before = new LinkedHashMap<>(results);
            switch (row.profileKey()) {
                case "startup", "memory" -> probe("#jfr", 180, StartupProbe.class, jfr, "app", "--db", large);
                case "drag", "search", "scroll" -> probe("#jfr", 600, BoardProbe.class, jfr, large, count,
                        "" + config.warmup(), "" + (row.profileKey().equals("scroll") ? config.scrollFrames()
                                : config.eventSamples()), "", row.profileKey());
                case "store" -> probe("#jfr", 600, StoreProbe.class, jfr, large, "" + config.warmup(),
                        "" + config.storeSamples());
                case "ledger" -> probe("#jfr", 900, LedgerProbe.class, jfr, dataSets.get(config.large()).toString(),
                        config.work().resolve("ledger").toString(), "0", "1", "-jfr");
                default -> throw new IllegalStateException(row.profileKey());
            }
            results.clear();
            results.putAll(before); // profiled runs are slower: their figures stay out of the table
            out.println();
            out.println("JFR profile of \"" + row.name() + "\" (target " + row.target().text() + " missed): " + recording);
            if (Files.exists(recording)) {
                Hotspots.summarise(recording, out);
            } else {
                out.println("  (no recording was written)");
            }
        }
    }

    private static String num(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
