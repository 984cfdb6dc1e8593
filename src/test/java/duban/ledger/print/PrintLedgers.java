package duban.ledger.print;

import duban.ui.print.TextMeasure;

import duban.ui.print.FontMeasure;

import duban.ui.print.CjkFontFile;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ProgressReport;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.WorkflowStore;
import duban.testing.TestItems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Ledgers for the printing tests: the demo office's, and made-up ones of any size with rows of varied heights. */
final class PrintLedgers {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);
    static final Deadlines DEADLINES = new Deadlines(CLOCK);
    static final LedgerHeading HEADING = new LedgerHeading("某某县人民政府办公室督办事项台账", "范围：全部督办事项", TODAY);

    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final List<Unit> UNITS = List.of(
            new Unit(1, "县发展和改革局", UnitKind.COUNTY_DEPARTMENT, 1),
            new Unit(2, "县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT, 2),
            new Unit(3, "县水利局", UnitKind.COUNTY_DEPARTMENT, 3),
            new Unit(4, "城关镇人民政府", UnitKind.TOWNSHIP, 4),
            new Unit(5, "县自然资源和规划局", UnitKind.COUNTY_DEPARTMENT, 5));
    private static final String[] PHRASES = {
        "推进城区老旧小区改造", "加快高标准农田建设", "落实河长制巡河责任", "完成 2026 年度政府工作报告第 12 项任务",
        "整治农村人居环境", "督促 G318 国道沿线安全隐患排查", "化解信访积案", "推动县域医共体建设",
        "做好防汛抗旱物资储备", "Smart City platform upgrade phase 2", "办理人大代表建议第 2026-031 号"};

    private PrintLedgers() {
    }

    /** The demo office's 46 items in a database under {@code folder}, as the ledger window would build them. */
    static Ledger demo(Path folder, Ledger.Grouping grouping) throws Exception {
        try (Database database = Database.open(folder.resolve("print.db"))) {
            new DemoData(database.dsl(), CLOCK).seedIfEmpty();
            List<Item> items = new ItemStore(database.dsl(), CLOCK).loadAll();
            Map<Long, ProgressReport> reports = new WorkflowStore(database.dsl(), CLOCK).latestReports();
            return Ledger.build(items, reports, DEADLINES, LedgerScope.ALL, Ledger.Order.ASSIGNED_ON, grouping);
        }
    }

    /**
     * {@code count} made-up items whose titles and progress run from a few characters to several
     * hundred (and, when {@code withGiant}, one row far taller than a page), seeded for repeatable runs.
     */
    static Ledger random(int count, long seed, Ledger.Grouping grouping, boolean withGiant) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        Map<Long, ProgressReport> reports = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            boolean giant = withGiant && i == count / 2 + 1;
            String title = text(random, giant ? 120 : random.nextInt(random.nextInt(10) == 0 ? 30 : 4) + 1);
            LocalDate assigned = TODAY.minusDays(random.nextInt(300));
            LocalDate deadline = assigned.plusDays(10 + random.nextInt(120));
            boolean closed = random.nextInt(4) == 0;
            Status status = closed ? Status.CLOSED : Status.values()[random.nextInt(3)];
            Unit lead = UNITS.get(random.nextInt(UNITS.size()));
            List<Unit> assist = random.nextBoolean() ? List.of(UNITS.get(random.nextInt(UNITS.size()))) : List.of();
            items.add(TestItems.item(i, title).status(status).position(i)
                    .source(Source.values()[random.nextInt(Source.values().length)]).lead(lead).assist(assist)
                    .owner(random.nextBoolean() ? "张三" : "欧阳建国").assignedOn(assigned).deadline(deadline)
                    .closedOn(closed ? deadline.minusDays(random.nextInt(20) - 5) : null).stamp(STAMP).build());
            if (random.nextInt(3) > 0) {
                int length = giant ? 200 : random.nextInt(random.nextInt(8) == 0 ? 25 : 6);
                String content = text(random, length) + (random.nextInt(5) == 0 ? "\n下一步: " + text(random, 2) : "");
                reports.put((long) i, new ProgressReport(i, i, TODAY.minusDays(random.nextInt(30)), "张三", content, STAMP));
            }
        }
        return Ledger.build(items, reports, DEADLINES, LedgerScope.ALL, Ledger.Order.ASSIGNED_ON, grouping);
    }

    /** {@code count} items of one short line each, all alike in height. */
    static Ledger uniform(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(TestItems.item(i, "整治农村人居环境 " + i).position(i).source(Source.OTHER).lead(UNITS.get(2))
                    .owner("张三").assignedOn(TODAY.minusDays(40)).deadline(TODAY.plusDays(10 + i % 20)).stamp(STAMP)
                    .build());
        }
        return Ledger.build(items, Map.of(), DEADLINES, LedgerScope.ALL, Ledger.Order.ASSIGNED_ON,
                Ledger.Grouping.NONE);
    }

    private static String text(Random random, int phrases) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < phrases; i++) {
            text.append(PHRASES[random.nextInt(PHRASES.length)]).append(i + 1 < phrases ? "，" : "");
        }
        return text.toString();
    }

    /** The measure of this machine's Chinese font, or the approximate one where none is installed. */
    static TextMeasure measure() {
        return fontMeasure() == null ? TextMeasure.approximate() : fontMeasure();
    }

    private static FontMeasure cached;

    /** The measure of this machine's Chinese font, or {@code null}. */
    static synchronized FontMeasure fontMeasure() {
        if (cached == null) {
            CjkFontFile font = CjkFontFile.find().orElse(null);
            if (font != null) {
                try {
                    cached = FontMeasure.of(font);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return cached;
    }
}
