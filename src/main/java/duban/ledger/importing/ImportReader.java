package duban.ledger.importing;

import duban.i18n.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a task list: the first sheet of an .xlsx (or .xls) workbook, or a .csv file in UTF-8
 * (with or without a byte-order mark) or, from older Excel and WPS, GB18030/GBK.
 */
public final class ImportReader {

    /** GB18030 is a superset of GBK and GB2312: what older Chinese Excel writes as "CSV". */
    static final Charset GB18030 = Charset.forName("GB18030");

    private ImportReader() {
    }

    /** Reads {@code file}, choosing the format by its extension. */
    public static ImportSheet read(Path file) throws ImportFileException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(Messages.get("import.file.missing", file.toAbsolutePath()));
        }
        return switch (extension) {
            case "xlsx", "xls" -> ImportSheet.of(name, readWorkbook(file));
            case "csv" -> ImportSheet.of(name, readCsv(file));
            default -> throw new ImportFileException(Messages.get("import.file.unsupported", name));
        };
    }

    private static List<ImportSheet.GridRow> readWorkbook(Path file) throws ImportFileException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<ImportSheet.GridRow> grid = new ArrayList<>();
            for (Row row : sheet) {
                List<ImportCell> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(cell(row.getCell(column), formatter, evaluator));
                }
                grid.add(new ImportSheet.GridRow(row.getRowNum() + 1, cells));
            }
            return grid;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Messages.get("import.file.unreadable", file.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static ImportCell cell(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return ImportCell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new ImportCell(date.toString(), date);
        }
        String text;
        try {
            text = formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException unevaluable) {
            text = formatter.formatCellValue(cell);
        }
        return ImportCell.text(text);
    }

    private static List<ImportSheet.GridRow> readCsv(Path file) throws ImportFileException {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportFileException(Messages.get("import.file.missing", file.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new ImportFileException(Messages.get("import.file.unreadable", file.getFileName(), e.getMessage()), e);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).build();
        List<ImportSheet.GridRow> grid = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<ImportCell> cells = new ArrayList<>();
                record.forEach(value -> cells.add(ImportCell.text(value)));
                grid.add(new ImportSheet.GridRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(Messages.get("import.file.unreadable", file.getFileName(), e.getMessage()), e);
        }
        return grid;
    }

    /**
     * The file's text: UTF-8 (byte-order mark removed) when the bytes are valid UTF-8, else
     * GB18030, which is what Excel in Chinese Windows saves as "CSV".
     */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    /** Comma, unless the first line is clearly separated by tabs or semicolons (exports of other tools). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        if (semicolons > commas) {
            return ';';
        }
        return ',';
    }
}
