package duban.bench;

import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.documents.drafting.TemplateDrafter;
import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.Letterhead;
import duban.store.BulletinStore;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.testing.MovableClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A child JVM of {@code bench/run --documents}: {@code BulletinProbe FILE COUNT WARMUP RUNS} writes
 * (once, untimed) {@code COUNT} items assigned over the third quarter of 2026, each with about six
 * events written through the stores on a moving clock (registered, 办理中, a report, a reminder or
 * an extension for some, 待反馈, then closed or sent back), and times the quarter's 通报 figures:
 * {@link BulletinStore#figures}, reading and computing, fourteen weeks each judged from the history.
 */
public final class BulletinProbe {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ReportPeriod QUARTER = ReportPeriod.quarterOf(LocalDate.of(2026, 7, 1));
    /** The day the figures are drafted on: the quarter has ended. */
    static final LocalDate DRAFTED_ON = LocalDate.of(2026, 12, 1);

    private BulletinProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        MovableClock clock = new MovableClock(DRAFTED_ON.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            write(file, count, clock);
            System.err.printf("[bench] %d items with their history written in %.1f s%n", count,
                    (System.nanoTime() - start) / 1e9);
            on(clock, DRAFTED_ON);
        }
        try (Database database = Database.open(file)) {
            BenchOutput.sample("bulletin.events", database.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT));
            BulletinStore bulletins = new BulletinStore(database.dsl(), clock);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < warmup + runs; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                BulletinFigures figures = bulletins.figures(QUARTER, null);
                long took = System.nanoTime() - start;
                long cpuTook = threads.getCurrentThreadCpuTime() - cpu;
                if (figures.overview().inScope() == 0 || figures.weeks().size() != 14) {
                    throw new IllegalStateException("unexpected figures: " + figures.overview());
                }
                if (i >= warmup) {
                    BenchOutput.millis("bulletin.quarter", took);
                    // On a busy machine the wall time waits for the cores; the thread's CPU time does not.
                    BenchOutput.millis("bulletin.quarter.cpu", cpuTook);
                }
                draft(figures, file.resolveSibling("bulletin-" + count), i >= warmup);
            }
        }
        ProbeExit.now();
    }

    /** Drafts the 通报 of {@code figures} from the built-in template as .docx and as PDF, timing each. */
    private static void draft(BulletinFigures figures, Path folder, boolean timed) throws Exception {
        Files.createDirectories(folder);
        DocumentDrafter drafter = new TemplateDrafter();
        DocumentContent content = new DocumentContent.Bulletin(figures, Letterhead.DEFAULT, DRAFTED_ON);
        for (DocumentFormat format : DocumentFormat.values()) {
            Path out = folder.resolve("通报" + format.extension());
            long start = System.nanoTime();
            drafter.write(content, null, format, out, () -> false);
            long took = System.nanoTime() - start;
            if (timed) {
                String key = "bulletin.draft." + format.name().toLowerCase(java.util.Locale.ROOT);
                BenchOutput.millis(key, took);
                BenchOutput.sample(key + ".bytes", Files.size(out));
            }
        }
    }

    private static void on(MovableClock clock, LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(10, 0).atZone(ZONE).toInstant()));
    }

    private static void write(Path file, int count, MovableClock clock) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(20261201L + count);
        try (Database database = Database.open(file)) {
            database.dsl().transaction(tx -> {
                UnitStore unitStore = new UnitStore(tx.dsl());
                List<Unit> units = new ArrayList<>();
                for (int u = 1; u <= 30; u++) {
                    units.add(unitStore.add("单位" + u, u <= 20 ? UnitKind.COUNTY_DEPARTMENT : UnitKind.TOWNSHIP));
                }
                ItemStore items = new ItemStore(tx.dsl(), clock, () -> "督查室");
                WorkflowStore workflow = new WorkflowStore(tx.dsl(), clock, () -> "督查室");
                Source[] sources = Source.values();
                for (int i = 0; i < count; i++) {
                    LocalDate assigned = QUARTER.from().plusDays(random.nextInt(85));
                    LocalDate deadline = assigned.plusDays(10 + random.nextInt(50));
                    on(clock, assigned);
                    Item item = items.create(new ItemDraft("事项 " + (i + 1), "", sources[i % sources.length],
                            Category.ROUTINE, units.get(random.nextInt(units.size())).id(), List.of(), "责任人", null,
                            assigned, deadline));
                    LocalDate day = assigned.plusDays(1 + random.nextInt(3));
                    on(clock, day);
                    item = items.move(item.id(), item.version(), Status.IN_PROGRESS, 1024.0 * (i + 1), null, null);
                    day = day.plusDays(3 + random.nextInt(8));
                    on(clock, day);
                    item = workflow.addReport(item.id(), day, "联络员", "按计划推进");
                    day = day.plusDays(2 + random.nextInt(8));
                    on(clock, day);
                    if (i % 4 == 0) {
                        item = workflow.extend(item.id(), item.version(), item.currentDeadline().plusDays(15),
                                "需协调", "分管领导", day);
                    } else {
                        item = workflow.addReminder(item.id(), day, ReminderMethod.PHONE, ReminderLevel.BLUE, null);
                    }
                    day = day.plusDays(2 + random.nextInt(10));
                    on(clock, day);
                    item = items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024.0 * (i + 1), null, null);
                    day = day.plusDays(1 + random.nextInt(5));
                    on(clock, day);
                    if (i % 3 != 2) {
                        items.move(item.id(), item.version(), Status.CLOSED, 1024.0 * (i + 1),
                                new Closing(day, "已办结"), null);
                    } else {
                        items.sendBack(item.id(), item.version(), null, null, "材料不全");
                    }
                }
            });
        }
    }
}
