package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.UnitFigures;
import duban.domain.UnitRow;
import duban.domain.UnitScope;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --notices DIR} and {@code --report 通报} end to end on the demo office: the real stores
 * number and record, the real drafter fills the built-in templates, and the files are read back.
 */
class DocumentCommandOnDemoTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Path database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void demoOffice() throws Exception {
        database = folder.resolve("office.db");
        try (Database db = Database.open(database)) {
            new DemoData(db.dsl(), CLOCK).seedIfEmpty();
        }
    }

    private int run(String... args) {
        List<String> arguments = new ArrayList<>(List.of("--db", database.toString()));
        arguments.addAll(List.of(args));
        out.reset();
        err.reset();
        return new DocumentCommand(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(arguments);
    }

    @Test
    void everyOpenItemWithoutANoticeIsNumberedOnceRecordedAndDraftedIntoItsLeadUnitsFolder() throws Exception {
        List<Long> waiting;
        try (Database db = Database.open(database)) {
            waiting = Stores.over(db, CLOCK).documents().itemsWithoutNotice();
        }
        assertThat(waiting).hasSizeGreaterThan(10);
        Path notices = folder.resolve("通知单");

        assertThat(run("--notices", notices.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        List<Path> files = filesUnder(notices);
        assertThat(files).hasSize(waiting.size()).allSatisfy(file -> assertThat(file.toString()).endsWith(".docx"));
        try (Database db = Database.open(database)) {
            Stores stores = Stores.over(db, CLOCK);
            List<Integer> numbers = new ArrayList<>();
            for (long itemId : waiting) {
                List<IssuedDocument> issued = stores.documents().issuedFor(itemId);
                assertThat(issued).singleElement().satisfies(document -> {
                    assertThat(document.kind()).isEqualTo(DocumentKind.NOTICE);
                    assertThat(document.year()).isEqualTo(2026);
                });
                numbers.add(issued.get(0).number());
                Item item = stores.items().find(itemId);
                String number = issued.get(0).numberText("督办");
                // The lead unit's folder holds the notice; its text names the item and its number.
                Path file = files.stream().filter(path -> path.getFileName().toString().startsWith(
                        number.replace(" ", ""))).findFirst().orElseThrow();
                assertThat(file.getParent().getFileName().toString()).isEqualTo(item.leadUnit().name());
                String text = wordText(file);
                assertThat(text).contains(number, item.title(), item.leadUnit().name()).doesNotContain("{{", "}}");
                assertThat(stores.items().history(itemId)).anySatisfy(event -> {
                    assertThat(event.kind()).isEqualTo(EventKind.NOTICE);
                    assertThat(event.note()).isEqualTo(number);
                });
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    Stream.iterate(1, n -> n + 1).limit(waiting.size()).toList());
            assertThat(stores.documents().itemsWithoutNotice()).isEmpty();
        }

        // Run again (a scheduled job the next morning): nothing left to issue, nothing drafted twice.
        assertThat(run("--notices", notices.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("没有未发督办通知单的在办事项");
        assertThat(filesUnder(notices)).hasSize(waiting.size());
    }

    @Test
    void aReadOnlyOpenIssuesNoNumberAndWritesNoFile() throws Exception {
        Path notices = folder.resolve("只读");
        assertThat(run("--read-only", "--notices", notices.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("以只读方式打开时不能发出督办通知单");
        assertThat(notices).doesNotExist();
        try (Database db = Database.open(database)) {
            assertThat(Stores.over(db, CLOCK).documents().itemsWithoutNotice()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void theQuartersReportRanksTheUnitsAs单位统计DoesInWordAndInPdf() throws Exception {
        ReportPeriod quarter = ReportPeriod.quarterOf(TODAY);
        Path word = folder.resolve("第四季度通报.docx");
        Path pdf = folder.resolve("第四季度通报.pdf");

        assertThat(run("--report", "通报", "--from", quarter.from().toString(), "--to", quarter.to().toString(),
                "--out", word.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("--report", "通报", "--from", quarter.from().toString(), "--to", quarter.to().toString(),
                "--out", pdf.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        UnitFigures unitStats;
        BulletinFigures figures;
        try (Database db = Database.open(database)) {
            Stores stores = Stores.over(db, CLOCK);
            int dueSoonDays = stores.officeSettings().load().dueSoonDays();
            // 单位统计 over the same scope: every item assigned up to the quarter's end, judged today.
            unitStats = UnitFigures.of(stores.items().loadAll(), new Deadlines(CLOCK, dueSoonDays),
                    new UnitScope(null, quarter.to(), null, false));
            figures = stores.bulletins().figures(quarter, null);
        }
        assertThat(figures.ranking().rows()).isEqualTo(unitStats.rows());
        assertThat(unitStats.rows()).hasSizeGreaterThan(5);

        List<List<String>> expected = unitStats.rows().stream().map(DocumentCommandOnDemoTest::asPrinted).toList();
        try (InputStream in = Files.newInputStream(word); XWPFDocument document = new XWPFDocument(in)) {
            XWPFTable ranking = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().strip().equals("名次"))
                    .findFirst().orElseThrow();
            List<List<String>> printed = ranking.getRows().stream().skip(1).map(DocumentCommandOnDemoTest::cells)
                    .toList();
            assertThat(printed).isEqualTo(expected);
            assertThat(document.getCharts()).hasSize(2);
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).doesNotContain("{{", "}}").contains("督办事项办理情况的通报", "各有关单位");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (UnitRow row : unitStats.rows()) {
                assertThat(text).contains(row.unit().name());
            }
            assertThat(text).contains(unitStats.totals().completionRate().percentText());
        }
    }

    private static List<String> asPrinted(UnitRow row) {
        return List.of(String.valueOf(row.rank()), row.unit().name(), String.valueOf(row.tally().total()),
                String.valueOf(row.tally().closed()), row.tally().completionRate().percentText(),
                row.tally().onTimeRate().percentText(), String.valueOf(row.tally().overdue()),
                String.valueOf(row.tally().dueSoon()));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }

    private static String wordText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
