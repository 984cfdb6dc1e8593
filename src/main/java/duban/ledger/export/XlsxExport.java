package duban.ledger.export;


import duban.domain.DeadlineState;
import duban.domain.FormulaGuard;
import duban.domain.Progress;
import duban.i18n.Messages;
import duban.ledger.ExportColumn;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerRow;
import duban.ui.files.SafeFiles;
import duban.ui.print.DateWords;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 督办台账 as an Excel workbook that opens cleanly in Excel and WPS: one sheet with the title,
 * the scope and production date, a frozen, filtered header repeated on every printed page, the
 * rows with real dates and wrapped text, group headings and subtotals, and the totals. Streamed
 * (SXSSF) so that ten thousand rows take a fraction of a second and little memory. Every text is a
 * typed string cell, never a formula, so =HYPERLINK(…) in a 督办事项 is shown as written and needs
 * no guard (unlike the CSV export's cells; see {@link FormulaGuard#guardForStringCell}).
 */
public final class XlsxExport {

    /** Row indexes (0-based) of the fixed rows above the table. */
    static final int TITLE_ROW = 0;
    static final int SCOPE_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_BODY_ROW = 3;

    /** The date format of 交办日期, 办理时限 and 办结日期 cells, as Excel writes it. */
    static final String DATE_FORMAT = "yyyy-mm-dd";

    /** Excel's header and footer codes for the page number and the number of pages. */
    private static final String PAGE_NUMBER = "&P";
    private static final String PAGE_COUNT = "&N";

    private static final int PROGRESS_EVERY = 100;
    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final short BODY_POINTS = 11;
    private static final short TITLE_POINTS = 18;
    /** The height of one line of 11 pt text, and the padding above and below it, in points. */
    private static final float LINE_POINTS = 14.5f;
    private static final float ROW_PADDING_POINTS = 5f;
    /** Widest the short columns get (units of one digit; a Chinese character is 2); longer text wraps. */
    private static final int SHORT_COLUMN_CAP = 24;

    private XlsxExport() {
    }

    /**
     * Writes {@code ledger} to {@code target} (replacing it), or nothing at all when the export
     * fails or is cancelled.
     *
     * @param title      the office's ledger title, e.g. ××县人民政府办公室督办事项台账
     * @param producedOn the date the ledger is produced (制表日期), printed under the title
     * @param progress   told every 100 rows; its {@link java.util.concurrent.CancellationException} stops the export
     */
    public static void write(Ledger ledger, String title, LocalDate producedOn, Path target, Progress progress)
            throws IOException {
        SafeFiles.writeAtomically(target, file -> {
            // Closing an SXSSF workbook also deletes its temporary sheet files, cancelled or not.
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
                new SheetWriter(workbook, ledger, progress).write(title, producedOn);
                workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
            }
            progress.advance(ledger.rows().size(), ledger.rows().size());
        });
    }

    /** Prints {@code sheet} on A4 landscape, one page wide and as many long as it takes, centred. */
    public static void printOnA4Landscape(org.apache.poi.ss.usermodel.Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }

    /** _x0041_ and the like: what OOXML reads as an escaped character (Excel and POI show "A"). */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    /**
     * {@code text} as a cell must hold it to be shown as written: a literal _x0041_ in a 督办事项
     * is written _x005F_x0041_ (the escaped underscore), as Excel itself writes it.
     */
    public static String literal(String text) {
        return OOXML_ESCAPE.matcher(text).replaceAll("_x005F_$1");
    }

    /** Preferred width of a column, before the content is known: room for long text to wrap. */
    private static int widthCap(LedgerColumn column) {
        return switch (column) {
            case TITLE, REMARKS -> 40;
            case PROGRESS -> 48;
            default -> SHORT_COLUMN_CAP;
        };
    }

    /** Column widths that fit the header and the content, capped so that long text wraps. */
    private static Map<LedgerColumn, Integer> columnWidths(List<LedgerRow> rows) {
        Map<LedgerColumn, Integer> widths = new EnumMap<>(LedgerColumn.class);
        for (LedgerColumn column : LedgerColumn.values()) {
            // The header's filter button takes about three units beside its text, plus the cell's padding.
            int width = TextWidth.of(column.header()) + 4;
            for (LedgerRow row : rows) {
                width = Math.max(width, TextWidth.of(column.text(row)) + 2);
            }
            widths.put(column, Math.min(width, Math.max(widthCap(column), TextWidth.of(column.header()) + 4)));
        }
        return widths;
    }

    /** Writes one ledger into one workbook, with the few styles every cell shares. */
    private static final class SheetWriter {

        private static final LedgerColumn[] COLUMNS = LedgerColumn.values();
        private static final int LAST_COLUMN = COLUMNS.length - 1;
        /** The columns after the ledger's, for importing the file again: shown in Excel, not printed. */
        private static final ExportColumn[] EXTRA = ExportColumn.values();
        private static final int LAST_EXTRA_COLUMN = LAST_COLUMN + EXTRA.length;

        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final Ledger ledger;
        private final Progress progress;
        private final Map<LedgerColumn, Integer> widths;

        private final CellStyle title;
        private final CellStyle scope;
        private final CellStyle producedOn;
        private final CellStyle header;
        private final CellStyle textLeft;
        private final CellStyle textOneLine;
        private final CellStyle textCentre;
        private final CellStyle textOverdue;
        private final CellStyle number;
        private final CellStyle date;
        private final CellStyle groupHeading;
        private final CellStyle subtotal;
        private final CellStyle totals;

        SheetWriter(SXSSFWorkbook workbook, Ledger ledger, Progress progress) {
            this.workbook = workbook;
            this.ledger = ledger;
            this.progress = progress;
            this.sheet = workbook.createSheet(Messages.get("xlsx.sheetName"));
            this.widths = columnWidths(ledger.rows());

            // The workbook's default font sets Excel's width unit and every unstyled cell.
            Font plain = workbook.getFontAt(0);
            plain.setFontName(Messages.get("xlsx.font"));
            plain.setFontHeightInPoints(BODY_POINTS);
            Font bold = font(BODY_POINTS, true, IndexedColors.AUTOMATIC);
            Font red = font(BODY_POINTS, false, IndexedColors.RED);

            title = style(font(TITLE_POINTS, true, IndexedColors.AUTOMATIC), HorizontalAlignment.CENTER, false);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            scope = style(plain, HorizontalAlignment.LEFT, false);
            scope.setVerticalAlignment(VerticalAlignment.CENTER);
            producedOn = style(plain, HorizontalAlignment.RIGHT, false);
            producedOn.setVerticalAlignment(VerticalAlignment.CENTER);

            header = bordered(bold, HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            textLeft = bordered(plain, HorizontalAlignment.LEFT);
            // The extra columns keep the printed rows' heights: one line each, the whole text in the cell.
            textOneLine = bordered(plain, HorizontalAlignment.LEFT);
            textOneLine.setWrapText(false);
            textCentre = bordered(plain, HorizontalAlignment.CENTER);
            textOverdue = bordered(red, HorizontalAlignment.CENTER);
            number = bordered(plain, HorizontalAlignment.CENTER);
            date = bordered(plain, HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));

            groupHeading = bordered(bold, HorizontalAlignment.LEFT);
            groupHeading.setVerticalAlignment(VerticalAlignment.CENTER);
            groupHeading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            groupHeading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            subtotal = bordered(plain, HorizontalAlignment.RIGHT);
            subtotal.setVerticalAlignment(VerticalAlignment.CENTER);
            totals = bordered(bold, HorizontalAlignment.LEFT);
            totals.setVerticalAlignment(VerticalAlignment.CENTER);
        }

        void write(String titleText, LocalDate producedOnDate) {
            for (LedgerColumn column : COLUMNS) {
                sheet.setColumnWidth(column.ordinal(), widths.get(column) * 256);
            }
            for (ExportColumn column : EXTRA) {
                sheet.setColumnWidth(extraIndex(column), (TextWidth.of(column.header()) + 6) * 256);
            }
            writeTitle(titleText, producedOnDate);
            writeHeader();
            int next = writeBody();
            merged(next, Messages.get("xlsx.totals", ledger.totals().describe()), totals, 1);
            setUpPage(producedOnDate, next - 1);
        }

        private void writeTitle(String titleText, LocalDate producedOnDate) {
            merged(TITLE_ROW, titleText, title, 2.2f);
            Row row = sheet.createRow(SCOPE_ROW);
            row.setHeightInPoints(LINE_POINTS + ROW_PADDING_POINTS);
            // The scope on the left, the production date on the right, over the last three columns.
            int dateFrom = LAST_COLUMN - 2;
            fill(row, 0, dateFrom - 1, ledger.scope().describe(), scope);
            fill(row, dateFrom, LAST_COLUMN, producedOnText(producedOnDate), producedOn);
            sheet.addMergedRegion(new CellRangeAddress(SCOPE_ROW, SCOPE_ROW, 0, dateFrom - 1));
            sheet.addMergedRegion(new CellRangeAddress(SCOPE_ROW, SCOPE_ROW, dateFrom, LAST_COLUMN));
        }

        private void writeHeader() {
            Row row = sheet.createRow(HEADER_ROW);
            row.setHeightInPoints(LINE_POINTS + 2 * ROW_PADDING_POINTS);
            for (LedgerColumn column : COLUMNS) {
                Cell cell = row.createCell(column.ordinal());
                cell.setCellValue(column.header());
                cell.setCellStyle(header);
            }
            for (ExportColumn column : EXTRA) {
                Cell cell = row.createCell(extraIndex(column));
                cell.setCellValue(column.header());
                cell.setCellStyle(header);
            }
        }

        private static int extraIndex(ExportColumn column) {
            return LAST_COLUMN + 1 + column.ordinal();
        }

        /** Writes the groups and their rows; returns the index of the next free row. */
        private int writeBody() {
            boolean grouped = ledger.grouping() != Ledger.Grouping.NONE;
            int total = ledger.rows().size();
            int done = 0;
            int next = FIRST_BODY_ROW;
            progress.advance(0, total);
            for (Ledger.Group group : ledger.groups()) {
                if (grouped) {
                    String heading = Messages.get("xlsx.groupHeading", group.heading(),
                            String.valueOf(group.rows().size()));
                    merged(next++, heading, groupHeading, 1);
                }
                for (LedgerRow row : group.rows()) {
                    writeRow(next++, row);
                    done++;
                    if (done % PROGRESS_EVERY == 0) {
                        progress.advance(done, total);
                    }
                }
                if (grouped) {
                    merged(next++, Messages.get("xlsx.subtotal", group.subtotal().describe()), subtotal, 1);
                }
            }
            return next;
        }

        private void writeRow(int index, LedgerRow ledgerRow) {
            Row row = sheet.createRow(index);
            int lines = 1;
            for (LedgerColumn column : COLUMNS) {
                Cell cell = row.createCell(column.ordinal());
                switch (column) {
                    case NUMBER -> {
                        if (ledgerRow.isSubRow()) {
                            cell.setCellValue(ledgerRow.numberText());   // 1.1 as written, not the number 1.1
                        } else {
                            cell.setCellValue(ledgerRow.number());
                        }
                        cell.setCellStyle(number);
                    }
                    case ASSIGNED_ON -> dateCell(cell, ledgerRow.assignedOn());
                    case DEADLINE -> dateCell(cell, ledgerRow.deadline());
                    case CLOSED_ON -> dateCell(cell, ledgerRow.closedOn());
                    default -> {
                        String text = column.text(ledgerRow);
                        cell.setCellValue(literal(FormulaGuard.guardForStringCell(text)));
                        cell.setCellStyle(textStyle(column, ledgerRow));
                        lines = Math.max(lines, TextWidth.lineCount(text, widths.get(column)));
                    }
                }
            }
            for (ExportColumn column : EXTRA) {
                Cell cell = row.createCell(extraIndex(column));
                cell.setCellValue(literal(FormulaGuard.guardForStringCell(column.text(ledgerRow))));
                cell.setCellStyle(textOneLine);
            }
            // A streamed sheet cannot measure wrapped text, and Excel does not grow rows on opening.
            row.setHeightInPoints(lines * LINE_POINTS + ROW_PADDING_POINTS);
        }

        private CellStyle textStyle(LedgerColumn column, LedgerRow row) {
            return switch (column) {
                case SOURCE, OWNER -> textCentre;
                case STATUS -> row.deadlineState() == DeadlineState.OVERDUE && !row.item().withdrawn()
                        ? textOverdue : textCentre;
                default -> textLeft;
            };
        }

        private void dateCell(Cell cell, LocalDate value) {
            if (value != null) {
                cell.setCellValue(value);
            }
            cell.setCellStyle(date);
        }

        /** A row whose one text spans every column, bordered like the table when the style is. */
        private void merged(int index, String text, CellStyle style, float lineHeights) {
            Row row = sheet.createRow(index);
            int lines = TextWidth.lineCount(text, widths.values().stream().mapToInt(Integer::intValue).sum());
            row.setHeightInPoints(lineHeights * Math.max(1, lines) * LINE_POINTS + ROW_PADDING_POINTS);
            fill(row, 0, LAST_COLUMN, text, style);
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, LAST_COLUMN));
        }

        /** Puts {@code text} in the first cell and gives every cell of the span the style (for borders). */
        private static void fill(Row row, int first, int last, String text, CellStyle style) {
            for (int column = first; column <= last; column++) {
                Cell cell = row.createCell(column);
                cell.setCellStyle(style);
                if (column == first) {
                    cell.setCellValue(literal(text));
                }
            }
        }

        private void setUpPage(LocalDate producedOnDate, int lastBodyRow) {
            sheet.createFreezePane(0, FIRST_BODY_ROW);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastBodyRow), 0,
                    LAST_EXTRA_COLUMN));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            // The printed page is the ledger's own columns, as the print preview has them.
            workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, LAST_COLUMN, 0, lastBodyRow + 1);

            printOnA4Landscape(sheet);
            sheet.setMargin(PageMargin.LEFT, 0.4);
            sheet.setMargin(PageMargin.RIGHT, 0.4);
            sheet.setMargin(PageMargin.TOP, 0.5);
            sheet.setMargin(PageMargin.BOTTOM, 0.6);
            sheet.setMargin(PageMargin.HEADER, 0.3);
            sheet.setMargin(PageMargin.FOOTER, 0.3);
            sheet.getFooter().setCenter(Messages.get("xlsx.footer", PAGE_NUMBER, PAGE_COUNT));
            sheet.getFooter().setRight(producedOnText(producedOnDate));
        }

        private static String producedOnText(LocalDate day) {
            return Messages.get("xlsx.producedOn", DateWords.of(day));
        }

        private Font font(short points, boolean bold, IndexedColors colour) {
            Font font = workbook.createFont();
            font.setFontName(Messages.get("xlsx.font"));
            font.setFontHeightInPoints(points);
            font.setBold(bold);
            if (colour != IndexedColors.AUTOMATIC) {
                font.setColor(colour.getIndex());
            }
            return font;
        }

        private CellStyle style(Font font, HorizontalAlignment alignment, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setWrapText(wrap);
            return style;
        }

        /** A table cell: thin borders, wrapped, at the top of its row. */
        private CellStyle bordered(Font font, HorizontalAlignment alignment) {
            CellStyle style = style(font, alignment, true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
