package duban.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import duban.app.cli.ImportCommand;
import duban.app.Main;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.store.Database;
import duban.store.UnitStore;
import duban.testing.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big sheets in a small heap: a 1,000,000-row sheet is refused at the row limit, quickly and in
 * bounded memory, by the command line and the reader; the largest sheet accepted (10,000 rows,
 * shared strings, every column filled) is read in a 64 MB heap; a zip bomb inflating to 256 MB
 * is refused in the same heap. Each runs in a JVM of its own whose -Xmx is the bound; the time
 * and heap figures are written to target/import-figures.txt.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LargeSheetTest {

    /** The heap every child runs in: far below what a whole 1,000,000-row sheet or the bomb would need. */
    private static final int HEAP_MB = 64;

    @TempDir
    static Path folder;

    private static Path millionRows;

    @BeforeAll
    static void writeTheMillionRowSheet() throws Exception {
        long start = System.nanoTime();
        millionRows = HostileFiles.manyRows(folder.resolve("一百万行.xlsx"), 1_000_000);
        record("1,000,000-row sheet written (direct zip, " + Files.size(millionRows) / (1024 * 1024) + " MB) in ms",
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void theCommandLineRefusesAMillionRowsInASmallHeapWithTheLimitInTheMessage() throws Exception {
        Path database = folder.resolve("office.db");
        try (Database db = Database.open(database)) {
            new UnitStore(db.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        }
        String databaseBefore = HostileFilesTest.checksum(database);

        ChildJvm.Finished run = BoundedHeapChild.run(Main.class, HEAP_MB, "--db", database.toString(), "--import", millionRows.toString());

        String expected = Messages.get("import.file.tooManyRows", "一百万行.xlsx", "10,000");
        assertThat(expected).contains("10,000 行");
        assertThat(run.status()).as(run.stderr()).isEqualTo(ImportCommand.CANNOT_RUN);
        assertThat(run.stderr().lines().toList()).as(run.stderr()).last().isEqualTo(expected);
        assertThat(run.stdout()).isEmpty();
        assertThat(HostileFilesTest.checksum(database)).isEqualTo(databaseBefore);
    }

    @Test
    void readingStopsAtTheLimitSoAMillionRowsAreRefusedQuicklyInBoundedMemory() throws Exception {
        Map<String, String> figures = probe(millionRows);

        assertThat(figures).containsEntry("REFUSED", Messages.get("import.file.tooManyRows", "一百万行.xlsx", "10,000"));
        record("1,000,000 rows refused: ms", Long.parseLong(figures.get("MILLIS")));
        record("1,000,000 rows refused: peak heap MB (in a " + HEAP_MB + " MB heap)", Long.parseLong(figures.get("PEAK_HEAP_MB")));
    }

    @Test
    void theLargestAcceptedSheetIsReadAndPreviewedInASmallHeap() throws Exception {
        Path file = largestAccepted(folder.resolve("一万行.xlsx"));

        Map<String, String> figures = probe(file);

        assertThat(figures).containsEntry("ROWS", String.valueOf(ImportReader.MAX_DATA_ROWS));
        record("10,000-row sheet (" + Files.size(file) / 1024 + " KB, shared strings, 11 columns) read and previewed: ms",
                Long.parseLong(figures.get("MILLIS")));
        record("10,000-row sheet: peak heap MB (in a " + HEAP_MB + " MB heap)", Long.parseLong(figures.get("PEAK_HEAP_MB")));
        record("10,000-row sheet: heap held after a full GC with the preview kept, MB", Long.parseLong(figures.get("RETAINED_MB")));
    }

    @Test
    void aZipBombInflatingTo256MegabytesIsRefusedInASmallHeap() throws Exception {
        long start = System.nanoTime();
        Path bomb = HostileFiles.zipBomb(folder.resolve("炸弹.xlsx"), 256);
        record("zip bomb (" + Files.size(bomb) / 1024 + " KB inflating to 256 MB) written in ms", (System.nanoTime() - start) / 1_000_000);

        Map<String, String> figures = probe(bomb);

        assertThat(figures).containsEntry("REFUSED", Messages.get("import.file.zipBomb", "炸弹.xlsx", "100"));
        record("zip bomb refused: ms", Long.parseLong(figures.get("MILLIS")));
        record("zip bomb refused: peak heap MB (in a " + HEAP_MB + " MB heap)", Long.parseLong(figures.get("PEAK_HEAP_MB")));
    }

    /**
     * 10,000 task rows under a title line and the header, as SXSSF writes them with a shared
     * strings table (what Excel writes; the table is held in memory whole), every column filled.
     */
    private static Path largestAccepted(Path file) throws IOException {
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("××县人民政府办公室督办事项台账");
            String[] header = {"督办事项", "具体内容", "事项来源", "督办类别", "交办日期", "牵头单位", "协办单位", "责任人",
                    "责任领导", "办理时限", "备注"};
            Row headerRow = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            String details = "按照县委县政府工作部署, 完成城东、城南片区老旧小区的管网、屋面和道路改造, 每月 25 日前报送进展, "
                    + "年底前全面完成并组织验收。";
            for (int i = 1; i <= ImportReader.MAX_DATA_ROWS; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("推进第" + i + "批次老旧小区改造和城区供水管网更新工程建设");
                row.createCell(1).setCellValue(details + "(第" + i + "项)");
                row.createCell(2).setCellValue("政府工作报告");
                row.createCell(3).setCellValue("重点督办");
                row.createCell(4).setCellValue(LocalDate.of(2026, 3, 1).plusDays(i % 30));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue("县住房和城乡建设局");
                row.createCell(6).setCellValue("县财政局、城关镇");
                row.createCell(7).setCellValue("责任人" + i);
                row.createCell(8).setCellValue("李副县长");
                row.createCell(9).setCellValue(LocalDate.of(2026, 12, 31));
                row.getCell(9).setCellStyle(date);
                row.createCell(10).setCellValue("备注" + i);
            }
            workbook.write(out);
        }
        record("10,000-row sheet written with SXSSF in ms", (System.nanoTime() - start) / 1_000_000);
        return file;
    }

    private static Map<String, String> probe(Path file) throws Exception {
        ChildJvm.Finished run = BoundedHeapChild.run(ImportProbe.class, HEAP_MB, file.toString());
        assertThat(run.status()).as("the probe ends normally (no OutOfMemoryError): %s", run.stderr()).isZero();
        Map<String, String> figures = new LinkedHashMap<>();
        run.stdout().lines().forEach(line -> {
            int space = line.indexOf(' ');
            figures.put(line.substring(0, space), line.substring(space + 1));
        });
        return figures;
    }

    private static void record(String what, long value) throws IOException {
        String line = what + ": " + value + System.lineSeparator();
        System.out.print(line);
        Files.writeString(Path.of("target", "import-figures.txt"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
