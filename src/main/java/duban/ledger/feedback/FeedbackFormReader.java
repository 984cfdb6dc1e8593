package duban.ledger.feedback;

import duban.domain.feedback.FeedbackEntry;
import duban.domain.feedback.ReturnedForm;
import duban.i18n.Messages;
import duban.ledger.importing.ImportFileException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a returned 反馈表: the unit and database it was made for (from its hidden sheet) and its item
 * rows. Anything else (an .xls, a damaged file, a workbook that is not our form) is refused with an
 * {@link ImportFileException} whose Chinese message says what to do; the cause goes to the log.
 */
public final class FeedbackFormReader {

    /** A form lists one unit's open items: far fewer rows than this, which bounds what is read. */
    static final int MAX_ROWS = 5_000;
    /** A returned form is a few hundred kilobytes; anything much bigger is not one. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(FeedbackFormReader.class.getName());

    private FeedbackFormReader() {
    }

    /** Reads the returned form {@code file}. */
    public static ReturnedForm read(Path file) throws ImportFileException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(Messages.get("import.file.missing", file.toAbsolutePath()));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFileException(Messages.get("feedback.file.notOurForm", name));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot open the returned form " + file, e);
            throw new ImportFileException(Messages.get("feedback.file.cannotOpen", name), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new ImportFileException(Messages.get("feedback.file.oldFormat", name));
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportFileException(Messages.get("feedback.file.damaged", name));
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return read(workbook, name);
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // POI reports a damaged package in many ways (its own exceptions, IO, XML, runtime).
            LOG.log(Level.WARNING, "Cannot read the returned form " + file, e);
            throw new ImportFileException(Messages.get("feedback.file.damaged", name), e);
        }
    }

    private static ReturnedForm read(XSSFWorkbook workbook, String name) throws ImportFileException {
        Sheet identity = workbook.getSheet(FeedbackSheet.IDENTITY_SHEET);
        Sheet sheet = workbook.getSheet(FeedbackSheet.TITLE);
        if (identity == null || sheet == null) {
            throw new ImportFileException(Messages.get("feedback.file.notOurForm", name));
        }
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        Map<String, String> keys = new HashMap<>();
        for (Row row : identity) {
            keys.put(text(row.getCell(0), formatter), text(row.getCell(1), formatter));
        }
        long unitId;
        try {
            unitId = Long.parseLong(keys.getOrDefault(FeedbackSheet.KEY_UNIT_ID, ""));
        } catch (NumberFormatException e) {
            throw new ImportFileException(Messages.get("feedback.file.notOurForm", name), e);
        }
        String databaseId = keys.getOrDefault(FeedbackSheet.KEY_DATABASE_ID, "");
        String unitName = keys.getOrDefault(FeedbackSheet.KEY_UNIT_NAME, "");
        Row header = sheet.getRow(FeedbackSheet.HEADER_ROW);
        if (header == null || !FeedbackSheet.HEADERS[0].equals(text(header.getCell(FeedbackSheet.ITEM_NUMBER), formatter))) {
            throw new ImportFileException(Messages.get("feedback.file.notOurForm", name));
        }
        List<FeedbackEntry> entries = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), FeedbackSheet.FIRST_DATA_ROW + MAX_ROWS);
        for (int index = FeedbackSheet.FIRST_DATA_ROW; index <= last; index++) {
            Row row = sheet.getRow(index);
            if (row == null) {
                continue;
            }
            FeedbackEntry entry = new FeedbackEntry(index + 1, text(row.getCell(FeedbackSheet.ITEM_NUMBER), formatter),
                    text(row.getCell(FeedbackSheet.PROGRESS), formatter),
                    text(row.getCell(FeedbackSheet.COMPLETION), formatter),
                    text(row.getCell(FeedbackSheet.CLOSE_REQUEST), formatter),
                    text(row.getCell(FeedbackSheet.CONTACT), formatter));
            if (!entry.itemNumber().isEmpty() || entry.isFilled() || !entry.closeRequest().isEmpty()) {
                entries.add(entry);
            }
        }
        return new ReturnedForm(name, unitId, unitName, databaseId, entries);
    }

    /** The cell as Excel shows it (a formula's cached value; nothing is evaluated). */
    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
