package duban.ledger.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Task-list files as offices send them, written for the import tests. */
public final class TaskLists {

    private TaskLists() {
    }

    /** A CSV of {@code lines} (cells joined by commas, no quoting needed) in {@code charset}, BOM optional. */
    public static Path csv(Path file, Charset charset, boolean bom, List<String> lines) throws IOException {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text);
        }
        return file;
    }

    public static Path utf8Csv(Path file, List<String> lines) throws IOException {
        return csv(file, StandardCharsets.UTF_8, true, lines);
    }

    /**
     * An .xlsx whose first sheet holds {@code titleRows} merged title lines, then the rows; a
     * {@link LocalDate} value becomes a real Excel date cell.
     */
    public static Path xlsx(Path file, List<String> titleRows, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            int r = 0;
            for (String title : titleRows) {
                sheet.createRow(r).createCell(0).setCellValue(title);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 6));
                r++;
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
