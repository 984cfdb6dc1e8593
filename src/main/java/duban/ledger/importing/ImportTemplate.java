package duban.ledger.importing;

import duban.domain.Category;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.i18n.Messages;
import duban.ui.files.SafeFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: an .xlsx with the header row (bold, frozen), one example row, column
 * widths that fit, date cells and drop-down lists for 事项来源 and 督办类别.
 */
public final class ImportTemplate {

    /** The template's columns in order, with their widths in characters. */
    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.TITLE, ImportColumn.DETAILS, ImportColumn.SOURCE,
            ImportColumn.CATEGORY, ImportColumn.ASSIGNED_ON, ImportColumn.LEAD_UNIT, ImportColumn.ASSIST_UNITS,
            ImportColumn.OWNER, ImportColumn.LEADER, ImportColumn.DEADLINE, ImportColumn.REMARKS);
    private static final int[] WIDTHS = {44, 48, 14, 10, 12, 22, 30, 10, 10, 12, 28};
    private static final int EXAMPLE_ROWS_WITH_LISTS = 1000;

    private ImportTemplate() {
    }

    public static void write(Path target) throws IOException {
        SafeFiles.writeAtomically(target, file -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet(Messages.get("import.template.sheet"));
                Font bold = workbook.createFont();
                bold.setBold(true);
                CellStyle header = workbook.createCellStyle();
                header.setFont(bold);
                header.setAlignment(HorizontalAlignment.CENTER);
                header.setVerticalAlignment(VerticalAlignment.CENTER);
                header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                header.setBorderBottom(BorderStyle.THIN);
                CellStyle text = workbook.createCellStyle();
                text.setWrapText(true);
                text.setVerticalAlignment(VerticalAlignment.TOP);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                date.setVerticalAlignment(VerticalAlignment.TOP);

                Row headerRow = sheet.createRow(0);
                headerRow.setHeightInPoints(22);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Cell cell = headerRow.createCell(i);
                    cell.setCellValue(COLUMNS.get(i).header());
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(i, WIDTHS[i] * 256);
                }
                sheet.createFreezePane(0, 1);

                Row example = sheet.createRow(1);
                List<Object> values = List.of(Messages.get("import.template.exampleTitle"),
                        Messages.get("import.template.exampleDetails"), Source.WORK_REPORT.label(),
                        Category.KEY.label(), LocalDate.of(2026, 3, 1), Messages.get("import.template.exampleLead"),
                        Messages.get("import.template.exampleAssists"), Messages.get("import.template.exampleOwner"),
                        Messages.get("import.template.exampleLeader"), LocalDate.of(2026, 12, 31), "");
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = example.createCell(i);
                    if (values.get(i) instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) values.get(i));
                        cell.setCellStyle(text);
                    }
                }
                addList(sheet, COLUMNS.indexOf(ImportColumn.SOURCE), Source.values());
                addList(sheet, COLUMNS.indexOf(ImportColumn.CATEGORY), Category.values());
                workbook.write(out);
            }
        });
    }

    /** A drop-down of the labels under the header, so that the values are ones the import knows. */
    private static void addList(Sheet sheet, int column, Labeled[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] labels = Stream.of(values).map(Labeled::label).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(labels),
                new CellRangeAddressList(1, EXAMPLE_ROWS_WITH_LISTS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
