package duban.ledger.feedback;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in an exported 反馈表 as a unit would in Excel (the tests' hand). */
public final class FeedbackForms {

    private FeedbackForms() {
    }

    /** Fills the row of item {@code itemId} (which the form must list). */
    public static void fill(Path file, long itemId, String progress, String completion, String closeRequest,
                            String contact) throws Exception {
        edit(file, sheet -> {
            Row row = rowOf(sheet, String.valueOf(itemId));
            write(row, progress, completion, closeRequest, contact);
        });
    }

    /** Adds a row below the form's rows naming {@code itemNumber}, as a unit might add one by hand. */
    public static void addRow(Path file, String itemNumber, String progress, String closeRequest) throws Exception {
        edit(file, sheet -> {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(FeedbackSheet.ITEM_NUMBER).setCellValue(itemNumber);
            write(row, progress, "", closeRequest, "");
        });
    }

    /** Changes the hidden database identity, as if the form came from another office. */
    public static void setDatabaseId(Path file, String databaseId) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet identity = workbook.getSheet(FeedbackSheet.IDENTITY_SHEET);
            for (Row row : identity) {
                if (row.getCell(0).getStringCellValue().equals(FeedbackSheet.KEY_DATABASE_ID)) {
                    row.getCell(1).setCellValue(databaseId);
                }
            }
            save(workbook, file);
        }
    }

    private static void write(Row row, String progress, String completion, String closeRequest, String contact) {
        set(row, FeedbackSheet.PROGRESS, progress);
        set(row, FeedbackSheet.COMPLETION, completion);
        set(row, FeedbackSheet.CLOSE_REQUEST, closeRequest);
        set(row, FeedbackSheet.CONTACT, contact);
    }

    private static void set(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            cell.setCellValue(value);
        }
    }

    private static Row rowOf(Sheet sheet, String itemNumber) {
        DataFormatter formatter = new DataFormatter();
        for (int i = FeedbackSheet.FIRST_DATA_ROW; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && formatter.formatCellValue(row.getCell(FeedbackSheet.ITEM_NUMBER)).equals(itemNumber)) {
                return row;
            }
        }
        throw new AssertionError("the form has no row for item " + itemNumber);
    }

    private interface SheetEdit {
        void apply(Sheet sheet);
    }

    private static void edit(Path file, SheetEdit edit) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            edit.apply(workbook.getSheet(FeedbackSheet.TITLE));
            save(workbook, file);
        }
    }

    private static void save(XSSFWorkbook workbook, Path file) throws Exception {
        Path saved = file.resolveSibling(file.getFileName() + ".saving");
        try (OutputStream out = Files.newOutputStream(saved)) {
            workbook.write(out);
        }
        Files.move(saved, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
