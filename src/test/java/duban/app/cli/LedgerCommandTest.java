package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Closing;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.ledger.export.CsvExport;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.OfficeSettingsStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export FILE.csv} from the command line: no window, the scope applied, the file whole. */
class LedgerCommandTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

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

    private int run(String... args) throws Exception {
        AppOptions options = AppOptions.parse(List.of(args), database);
        return new LedgerCommand(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).export(options.database(), options.export());
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).as("byte-order mark").isEqualTo(CsvExport.BOM);
        try (Reader reader = new java.io.StringReader(text.substring(1))) {
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }

    @Test
    void theWholeLedgerIsWrittenWithABomAHeaderAndOneRowPerItem() throws Exception {
        Path csv = folder.resolve("exports").resolve("台账.csv");
        assertThat(run("--export", csv.toString())).isZero();

        List<CSVRecord> records = read(csv);
        assertThat(records.get(0).toList()).containsExactly("序号", "督办事项", "事项来源", "交办日期", "牵头单位",
                "协办单位", "责任人", "办理时限", "办理进展", "状态", "办结日期", "备注",
                "督办类别", "责任领导", "具体内容", "办结情况");
        List<Item> board;
        try (Database db = Database.open(database)) {
            board = new ItemStore(db.dsl(), CLOCK).loadBoard();
        }
        assertThat(records).hasSize(board.size() + 1);
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(1))
                .containsExactlyInAnyOrderElementsOf(board.stream().map(Item::title).toList());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("已导出 " + board.size() + " 项");
        try (Stream<Path> files = Files.list(csv.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("台账.csv");
        }
    }

    @Test
    void theRemarksNameWhoClosedAnItemAndWhoHandledItLast() throws Exception {
        Item closed;
        Item handed;
        try (Database db = Database.open(database)) {
            OfficeSettingsStore office = new OfficeSettingsStore(db.dsl(), CLOCK);
            ItemStore items = new ItemStore(db.dsl(), CLOCK);
            office.save(office.load().withOperatorName("王主任"));
            Item feedback = items.loadBoard().stream().filter(item -> item.status() == Status.AWAITING_FEEDBACK)
                    .findFirst().orElseThrow();
            closed = items.moveBetween(feedback.id(), feedback.version(), Status.CLOSED, null, null,
                    new Closing(LocalDate.of(2026, 11, 21), "已办结。"), null);
            office.save(office.load().withOperatorName("李科员"));
            Item inProgress = items.loadBoard().stream().filter(item -> item.status() == Status.IN_PROGRESS)
                    .findFirst().orElseThrow();
            handed = items.moveBetween(inProgress.id(), inProgress.version(), Status.AWAITING_FEEDBACK, null, null,
                    null, null);
        }
        Path csv = folder.resolve("留痕.csv");
        assertThat(run("--export", csv.toString())).isZero();

        List<CSVRecord> records = read(csv);
        assertThat(remarksOf(records, closed.title())).contains("销号人 王主任").doesNotContain("最近经办");
        assertThat(remarksOf(records, handed.title())).contains("最近经办 李科员").doesNotContain("销号人");

        Path xlsx = folder.resolve("留痕.xlsx");
        assertThat(run("--export", xlsx.toString())).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(rowTexts(workbook, closed.title())).anySatisfy(text -> assertThat(text).contains("销号人 王主任"));
            assertThat(rowTexts(workbook, handed.title())).anySatisfy(text -> assertThat(text).contains("最近经办 李科员"));
        }
    }

    /** The text cells of the sheet's row for {@code title}. */
    private static List<String> rowTexts(XSSFWorkbook workbook, String title) {
        for (Row row : workbook.getSheetAt(0)) {
            List<String> texts = new java.util.ArrayList<>();
            row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
            if (texts.contains(title)) {
                return texts;
            }
        }
        throw new AssertionError("no row for " + title);
    }

    private static String remarksOf(List<CSVRecord> records, String title) {
        return records.stream().filter(record -> record.get(1).equals(title)).findFirst().orElseThrow().get(11);
    }

    @Test
    void theScopeOptionsNarrowTheRows() throws Exception {
        Path csv = folder.resolve("overdue.csv");
        assertThat(run("--export", csv.toString(), "--overdue", "--status", "交办,办理中")).isZero();

        long expected;
        try (Database db = Database.open(database)) {
            Deadlines deadlines = new Deadlines(CLOCK);
            expected = new ItemStore(db.dsl(), CLOCK).loadBoard().stream()
                    .filter(item -> deadlines.stateOf(item) == DeadlineState.OVERDUE)
                    .filter(item -> item.status().name().equals("ASSIGNED") || item.status().name().equals("IN_PROGRESS"))
                    .count();
        }
        List<CSVRecord> rows = read(csv).subList(1, (int) expected + 1);
        assertThat(read(csv)).hasSize((int) expected + 1);
        assertThat(rows).allSatisfy(row -> assertThat(row.get(9)).endsWith("·逾期"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("仅逾期").contains("交办、办理中");
    }

    @Test
    void anUnknownUnitOrFormatIsRefusedWithoutWritingAnything() throws Exception {
        Path csv = folder.resolve("none.csv");
        assertThat(run("--export", csv.toString(), "--unit", "县不存在局")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("县不存在局");
        assertThat(csv).doesNotExist();

        assertThat(run("--export", folder.resolve("x.docx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(".docx");
    }

    @Test
    void aNonDatabaseFileIsRefusedAndLeftAlone() throws Exception {
        Path notADatabase = folder.resolve("notes.db");
        Files.writeString(notADatabase, "会议纪要");
        AppOptions options = AppOptions.parse(List.of("--db", notADatabase.toString(), "--export",
                folder.resolve("out.csv").toString()), database);
        int status = new LedgerCommand(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).export(options.database(), options.export());
        assertThat(status).isEqualTo(2);
        assertThat(Files.readString(notADatabase)).isEqualTo("会议纪要");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是 SQLite 数据库");
    }

    @Test
    void scopeOptionsWithoutExportOrWithBadDatesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppOptions.parse(List.of("--overdue"), database))
                .hasMessageContaining("--export");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppOptions.parse(
                List.of("--export", "x.csv", "--from", "2026/13/01"), database)).hasMessageContaining("2026/13/01");
    }
}
