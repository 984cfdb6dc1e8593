package duban.ledger.export;

import duban.domain.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.DeadlineState;
import duban.ledger.DemoOffice;
import duban.ledger.Ledger;
import duban.ledger.ExportColumn;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerRow;
import duban.ledger.LedgerScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 督办台账 as XLSX, read back with POI: cells, types, layout, grouping, cancelling and a large ledger. */
class XlsxExportTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);
    private static final String TITLE = "××县人民政府办公室督办事项台账";

    @TempDir
    Path folder;

    private DemoOffice office;

    @BeforeEach
    void seed() throws Exception {
        office = DemoOffice.open(folder.resolve("ledger.db"), CLOCK);
    }

    @AfterEach
    void close() {
        office.close();
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    private Ledger ledger(LedgerScope scope, Ledger.Grouping grouping) {
        return office.ledger(scope, grouping);
    }

    @Test
    void theSheetHoldsTheTitleTheHeaderEveryRowWithItsTypesAndTheTotals() throws IOException {
        Ledger ledger = ledger(LedgerScope.ALL.withWithdrawn(true), Ledger.Grouping.NONE);
        Path file = folder.resolve("台账.xlsx");
        List<Long> reported = new ArrayList<>();
        XlsxExport.write(ledger, TITLE, TODAY, file, recording(reported));

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("督办台账");
            assertThat(sheet).isNotNull();

            assertThat(text(sheet, XlsxExport.TITLE_ROW, 0)).isEqualTo(TITLE);
            assertThat(sheet.getMergedRegions()).contains(spanning(XlsxExport.TITLE_ROW, 0, 11));
            assertThat(font(sheet, XlsxExport.TITLE_ROW, 0).getBold()).isTrue();
            assertThat(font(sheet, XlsxExport.TITLE_ROW, 0).getFontHeightInPoints())
                    .isGreaterThan(font(sheet, XlsxExport.FIRST_BODY_ROW, 1).getFontHeightInPoints());
            assertThat(text(sheet, XlsxExport.SCOPE_ROW, 0)).isEqualTo(ledger.scope().describe()).contains("含已撤销");
            assertThat(rowTexts(sheet.getRow(XlsxExport.SCOPE_ROW))).contains("制表日期：2026年11月21日");

            Row header = sheet.getRow(XlsxExport.HEADER_ROW);
            // The ledger's columns, then what an import of the file needs besides (not printed).
            assertThat(rowTexts(header)).containsExactlyElementsOf(Stream.concat(
                    Stream.of(LedgerColumn.values()).map(LedgerColumn::header),
                    Stream.of(ExportColumn.values()).map(ExportColumn::header)).toList());
            assertThat(workbook.getPrintArea(0)).endsWith("$A$1:$L$" + (XlsxExport.FIRST_BODY_ROW + ledger.rows().size() + 1));
            XSSFCellStyle headerStyle = (XSSFCellStyle) header.getCell(0).getCellStyle();
            assertThat(headerStyle.getFont().getBold()).isTrue();
            assertThat(headerStyle.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);

            List<LedgerRow> rows = ledger.rows();
            assertThat(rows).hasSizeGreaterThan(40);
            for (int i = 0; i < rows.size(); i++) {
                assertRowEquals(sheet.getRow(XlsxExport.FIRST_BODY_ROW + i), rows.get(i));
            }
            int totalsRow = XlsxExport.FIRST_BODY_ROW + rows.size();
            assertThat(text(sheet, totalsRow, 0)).isEqualTo("合计：" + ledger.totals().describe())
                    .contains("另有已撤销 1 项");
            assertThat(sheet.getMergedRegions()).contains(spanning(totalsRow, 0, 11));
            assertThat(font(sheet, totalsRow, 0).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(totalsRow);

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) XlsxExport.FIRST_BODY_ROW);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:P" + totalsRow);

            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");

            // Long text wraps in capped columns; short columns fit their longest entry.
            int titleWidth = sheet.getColumnWidth(LedgerColumn.TITLE.ordinal()) / 256;
            assertThat(titleWidth).isBetween(20, 40);
            assertThat(sheet.getColumnWidth(LedgerColumn.ASSIGNED_ON.ordinal()) / 256).isBetween(10, 16);
            assertThat(sheet.getColumnWidth(LedgerColumn.NUMBER.ordinal()) / 256).isLessThan(10);
            assertThat(rows).anySatisfy(row -> assertThat(TextWidth.of(row.title())).isGreaterThan(titleWidth));
            float oneLine = sheet.getRow(XlsxExport.HEADER_ROW).getHeightInPoints();
            assertThat(Stream.iterate(XlsxExport.FIRST_BODY_ROW, i -> i + 1).limit(rows.size())
                    .map(i -> sheet.getRow(i).getHeightInPoints())).anySatisfy(h -> assertThat(h).isGreaterThan(oneLine));
            // A few shared styles, never one per cell.
            assertThat(workbook.getNumCellStyles()).isLessThan(20);
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(TITLE);
        }
        assertThat(reported).containsSubsequence(0L, (long) ledger.rows().size());
    }

    @Test
    void aGroupedLedgerHasAHeadingAndASubtotalForEveryGroup() throws IOException {
        Ledger ledger = ledger(LedgerScope.ALL, Ledger.Grouping.LEAD_UNIT);
        assertThat(ledger.groups()).hasSizeGreaterThan(3);
        Path file = folder.resolve("grouped.xlsx");
        XlsxExport.write(ledger, TITLE, TODAY, file, Progress.NONE);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int index = XlsxExport.FIRST_BODY_ROW;
            for (Ledger.Group group : ledger.groups()) {
                assertThat(text(sheet, index, 0)).isEqualTo(group.heading() + "（共 " + group.rows().size() + " 项）");
                assertThat(sheet.getMergedRegions()).contains(spanning(index, 0, 11));
                assertThat(font(sheet, index, 0).getBold()).isTrue();
                index++;
                for (LedgerRow row : group.rows()) {
                    assertRowEquals(sheet.getRow(index++), row);
                }
                assertThat(text(sheet, index, 0)).isEqualTo("小计：" + group.subtotal().describe());
                assertThat(sheet.getMergedRegions()).contains(spanning(index, 0, 11));
                index++;
            }
            assertThat(text(sheet, index, 0)).isEqualTo("合计：" + ledger.totals().describe());
            assertThat(sheet.getLastRowNum()).isEqualTo(index);
        }
    }

    @Test
    void anEmptyLedgerStillHasItsTitleHeaderAndTotals() throws IOException {
        Ledger empty = ledger(LedgerScope.ALL.withAssignedBetween(TODAY.plusDays(1), null), Ledger.Grouping.LEAD_UNIT);
        assertThat(empty.rows()).isEmpty();
        Path file = folder.resolve("empty.xlsx");
        XlsxExport.write(empty, TITLE, TODAY, file, Progress.NONE);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(rowTexts(sheet.getRow(XlsxExport.HEADER_ROW)))
                    .hasSize(LedgerColumn.values().length + ExportColumn.values().length);
            assertThat(text(sheet, XlsxExport.FIRST_BODY_ROW, 0)).isEqualTo("合计：" + empty.totals().describe())
                    .startsWith("合计：共 0 项");
            assertThat(sheet.getLastRowNum()).isEqualTo(XlsxExport.FIRST_BODY_ROW);
        }
    }

    @Test
    void aCancelledExportLeavesNoFileNoPartFileAndNoTemporarySheet() throws IOException {
        Path poiTemp = Files.createDirectories(folder.resolve("poi-temp"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        Path out = Files.createDirectories(folder.resolve("out"));
        Ledger large = repeated(ledger(LedgerScope.ALL, Ledger.Grouping.NONE), 1_000);
        List<Long> reported = new ArrayList<>();
        Progress cancelAt300 = new Progress() {
            @Override
            public void update(long done, long total) {
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return reported.get(reported.size() - 1) >= 300;
            }
        };

        assertThatThrownBy(() -> XlsxExport.write(large, TITLE, TODAY, out.resolve("台账.xlsx"), cancelAt300))
                .isInstanceOf(CancellationException.class);

        assertThat(reported).containsExactly(0L, 100L, 200L, 300L);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
        try (Stream<Path> left = Files.walk(poiTemp)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void tenThousandRowsAreWrittenQuickly() throws IOException {
        Ledger large = repeated(ledger(LedgerScope.ALL, Ledger.Grouping.NONE), 10_000);
        Path file = folder.resolve("large.xlsx");
        List<Long> reported = new ArrayList<>();
        long started = System.nanoTime();
        XlsxExport.write(large, TITLE, TODAY, file, Progress.NONE);
        long first = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        XlsxExport.write(large, TITLE, TODAY, file, recording(reported));
        long second = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("XLSX export of %d rows: %d ms (first in this JVM: %d ms), %d KB%n",
                large.rows().size(), second, first, Files.size(file) / 1024);

        assertThat(reported).hasSize(10_000 / 100 + 2).last().isEqualTo(10_000L);
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int last = XlsxExport.FIRST_BODY_ROW + 9_999;
            assertRowEquals(sheet.getRow(last), large.rows().get(9_999));
            assertThat(text(sheet, last + 1, 0)).startsWith("合计：共 ");
        }
    }

    // ---- helpers ----

    private static void assertRowEquals(Row sheetRow, LedgerRow row) {
        assertThat(sheetRow).as("row for 序号 %d", row.number()).isNotNull();
        for (LedgerColumn column : LedgerColumn.values()) {
            Cell cell = sheetRow.getCell(column.ordinal());
            String where = "序号 " + row.number() + ", " + column.header();
            switch (column) {
                case NUMBER -> {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getNumericCellValue()).as(where).isEqualTo(row.number());
                }
                case ASSIGNED_ON -> assertDate(cell, row.assignedOn(), where);
                case DEADLINE -> assertDate(cell, row.deadline(), where);
                case CLOSED_ON -> assertDate(cell, row.closedOn(), where);
                default -> {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).as(where).isEqualTo(column.text(row));
                    assertThat(cell.getCellStyle().getWrapText()).as(where).isTrue();
                }
            }
        }
        for (ExportColumn column : ExportColumn.values()) {
            Cell cell = sheetRow.getCell(LedgerColumn.values().length + column.ordinal());
            String where = "序号 " + row.number() + ", " + column.header();
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(column.text(row));
        }
    }

    private static void assertDate(Cell cell, LocalDate expected, String where) {
        if (expected == null) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.BLANK);
            return;
        }
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo(XlsxExport.DATE_FORMAT);
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(expected);
    }

    /** The ledger's rows repeated (renumbered) up to {@code count} rows, with totals counted over them. */
    private static Ledger repeated(Ledger source, int count) {
        List<LedgerRow> rows = new ArrayList<>();
        List<LedgerRow> demo = source.rows();
        for (int i = 0; i < count; i++) {
            LedgerRow r = demo.get(i % demo.size());
            rows.add(new LedgerRow(i + 1, r.item(), r.deadlineState(), r.title(), r.source(), r.assignedOn(),
                    r.leadUnit(), r.assistUnits(), r.owner(), r.deadline(), r.originalDeadline(), r.progress(),
                    r.status(), r.closedOn(), r.remarks()));
        }
        int closed = (int) rows.stream().filter(r -> r.deadlineState().isClosed()).count();
        int onTime = (int) rows.stream().filter(r -> r.deadlineState() == DeadlineState.CLOSED_ON_TIME).count();
        int overdue = (int) rows.stream().filter(r -> r.deadlineState() == DeadlineState.OVERDUE).count();
        Ledger.Totals totals = new Ledger.Totals(count, 0, closed, onTime, overdue);
        return new Ledger(source.scope(), Ledger.Grouping.NONE, List.of(new Ledger.Group("", rows, totals)), totals);
    }

    private static Progress recording(List<Long> reported) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static CellRangeAddress spanning(int row, int firstColumn, int lastColumn) {
        return new CellRangeAddress(row, row, firstColumn, lastColumn);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static org.apache.poi.xssf.usermodel.XSSFFont font(XSSFSheet sheet, int row, int column) {
        return ((XSSFCellStyle) sheet.getRow(row).getCell(column).getCellStyle()).getFont();
    }

    private static List<String> rowTexts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            String value = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
            if (!value.isEmpty()) {
                texts.add(value);
            }
        }
        return texts;
    }
}
