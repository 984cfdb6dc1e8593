package duban.ledger.feedback;

import duban.domain.FormulaGuard;
import duban.domain.Item;
import duban.domain.feedback.FeedbackEntry;
import duban.domain.feedback.FeedbackForm;
import duban.i18n.Messages;
import duban.ledger.export.XlsxExport;
import duban.ui.files.SafeFiles;
import duban.ui.print.DateWords;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a 反馈表 (.xlsx) for one lead unit: its open items with number, title, deadline and state
 * locked (sheet protection on, without a password), the four columns it fills in unlocked, 申请办结
 * a 是/否 dropdown; the unit's id and the database's identity on a very hidden sheet. The file is
 * written whole or not at all ({@link SafeFiles}).
 */
public final class FeedbackFormWriter {

    private static final short BODY_POINTS = 11;
    private static final int ROWS_FOR_EMPTY_FORM = 1;

    private FeedbackFormWriter() {
    }

    /** Writes {@code form} into the folder {@code folder} under its own name; returns the file. */
    public static Path writeInto(FeedbackForm form, Path folder) throws IOException {
        Path file = folder.resolve(form.fileName());
        write(form, file);
        return file;
    }

    /** Writes {@code form} to {@code file}, replacing it. */
    public static void write(FeedbackForm form, Path file) throws IOException {
        SafeFiles.writeAtomically(file, target -> {
            try (XSSFWorkbook workbook = build(form); OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        });
    }

    static XSSFWorkbook build(FeedbackForm form) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        XSSFSheet sheet = workbook.createSheet(FeedbackSheet.TITLE);
        int lastColumn = FeedbackSheet.HEADERS.length - 1;

        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        text(title, 0, FeedbackSheet.TITLE, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
        text(sheet.createRow(1), 0, Messages.get("feedback.form.unitLine", form.unit().name(), DateWords.of(form.date())),
                styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
        Row instruction = sheet.createRow(2);
        instruction.setHeightInPoints(32);
        text(instruction, 0, Messages.get("feedback.form.instruction"), styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, lastColumn));

        Row header = sheet.createRow(FeedbackSheet.HEADER_ROW);
        for (int column = 0; column <= lastColumn; column++) {
            text(header, column, FeedbackSheet.HEADERS[column], styles.header);
            sheet.setColumnWidth(column, FeedbackSheet.WIDTHS[column] * 256);
        }
        int rowIndex = FeedbackSheet.FIRST_DATA_ROW;
        for (Item item : form.items()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, FeedbackSheet.ITEM_NUMBER, String.valueOf(item.id()), styles.lockedCentre);
            text(row, FeedbackSheet.TITLE_COLUMN, item.title(), styles.locked);
            text(row, FeedbackSheet.DEADLINE, DateWords.of(item.currentDeadline()), styles.lockedCentre);
            text(row, FeedbackSheet.STATUS, item.status().label(), styles.lockedCentre);
            for (int column = FeedbackSheet.PROGRESS; column <= lastColumn; column++) {
                row.createCell(column).setCellStyle(column == FeedbackSheet.CLOSE_REQUEST ? styles.inputCentre : styles.input);
            }
            // Room for a few lines of 办理进展; Excel does not grow a row when text is typed into it.
            row.setHeightInPoints(Math.max(48, 16 * (item.title().length() / 18 + 1)));
        }
        int lastDataRow = Math.max(rowIndex, FeedbackSheet.FIRST_DATA_ROW + ROWS_FOR_EMPTY_FORM) - 1;
        if (!form.items().isEmpty()) {
            addYesNoList(sheet, FeedbackSheet.FIRST_DATA_ROW, lastDataRow);
        }
        // Protection without a password: it keeps the locked columns from being changed by mistake;
        // resizing rows and columns stays allowed so long text can be read.
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.createFreezePane(0, FeedbackSheet.FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(FeedbackSheet.HEADER_ROW, FeedbackSheet.HEADER_ROW, 0, lastColumn));
        XlsxExport.printOnA4Landscape(sheet);
        writeIdentity(workbook, form);
        workbook.setActiveSheet(0);
        return workbook;
    }

    private static void addYesNoList(XSSFSheet sheet, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint yesNo = helper.createExplicitListConstraint(
                new String[] {FeedbackEntry.YES, FeedbackEntry.NO});
        DataValidation validation = helper.createValidation(yesNo,
                new CellRangeAddressList(firstRow, lastRow, FeedbackSheet.CLOSE_REQUEST, FeedbackSheet.CLOSE_REQUEST));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(FeedbackSheet.HEADERS[FeedbackSheet.CLOSE_REQUEST], Messages.get("feedback.form.yesNoError"));
        validation.setEmptyCellAllowed(true);
        // XSSF's quirk: true shows the dropdown arrow.
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** The unit and the database, on a sheet Excel's 取消隐藏 does not list: what an import checks. */
    private static void writeIdentity(XSSFWorkbook workbook, FeedbackForm form) {
        XSSFSheet identity = workbook.createSheet(FeedbackSheet.IDENTITY_SHEET);
        String[][] pairs = {
            {FeedbackSheet.KEY_UNIT_ID, String.valueOf(form.unit().id())},
            {FeedbackSheet.KEY_UNIT_NAME, form.unit().name()},
            {FeedbackSheet.KEY_DATABASE_ID, form.databaseId()},
            {FeedbackSheet.KEY_FORM_DATE, form.date().toString()},
        };
        for (int i = 0; i < pairs.length; i++) {
            Row row = identity.createRow(i);
            row.createCell(0).setCellValue(pairs[i][0]);
            row.createCell(1).setCellValue(XlsxExport.literal(pairs[i][1]));
        }
        identity.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(identity), SheetVisibility.VERY_HIDDEN);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(XlsxExport.literal(FormulaGuard.guardForStringCell(value)));
        cell.setCellStyle(style);
    }

    /** The few cell styles of the form; every cell is locked unless its style says otherwise. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle lockedCentre;
        final CellStyle input;
        final CellStyle inputCentre;

        Styles(XSSFWorkbook workbook) {
            Font body = workbook.getFontAt(0);
            body.setFontName(Messages.get("xlsx.font"));
            body.setFontHeightInPoints(BODY_POINTS);
            Font bold = workbook.createFont();
            bold.setFontName(Messages.get("xlsx.font"));
            bold.setFontHeightInPoints(BODY_POINTS);
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setFontName(Messages.get("xlsx.font"));
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);

            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = workbook.createCellStyle();
            plain.setWrapText(true);
            plain.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook, HorizontalAlignment.CENTER);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked = bordered(workbook, HorizontalAlignment.LEFT);
            lockedCentre = bordered(workbook, HorizontalAlignment.CENTER);
            input = unlocked(workbook, HorizontalAlignment.LEFT);
            inputCentre = unlocked(workbook, HorizontalAlignment.CENTER);
        }

        private static CellStyle unlocked(XSSFWorkbook workbook, HorizontalAlignment alignment) {
            CellStyle style = bordered(workbook, alignment);
            style.setLocked(false);
            // A pale yellow marks where to write, as paper forms shade their blanks.
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
