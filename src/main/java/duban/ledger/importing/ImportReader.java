package duban.ledger.importing;

import duban.i18n.Messages;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads a task list: the first sheet of an .xlsx (streamed) or .xls workbook, or a .csv file in
 * UTF-8 (with or without a byte-order mark) or, from older Excel and WPS, GB18030/GBK. A file
 * that cannot be read (damaged, encrypted, not a spreadsheet, empty, too large, locked) is
 * refused with an {@link ImportFileException} whose Chinese message says what to do; the cause
 * goes to the log.
 */
public final class ImportReader {

    /** The most task rows one import takes: far above an office's list, and what keeps memory bounded. */
    public static final int MAX_DATA_ROWS = 10_000;
    /** Columns right of the 256th (IV, the last of an .xls) are not read: a task list has a dozen. */
    static final int MAX_COLUMNS = 256;
    /** The largest .csv read (it is decoded in memory whole). */
    static final long MAX_CSV_BYTES = 32L * 1024 * 1024;
    /** An .xlsx part (a sheet's XML, the shared strings) may inflate to at most this. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** A part that inflates more than 100 times (compressed below 1% of its size) is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The shared strings, held in memory whole, may hold at most this many strings and characters. */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHARED_STRING_CHARS = 20_000_000;

    /** GB18030 is a superset of GBK and GB2312: what older Chinese Excel writes as "CSV". */
    static final Charset GB18030 = Charset.forName("GB18030");

    private static final System.Logger LOG = System.getLogger(ImportReader.class.getName());

    private ImportReader() {
    }

    /** Reads {@code file}, choosing the format by its extension and, for workbooks, by its content. */
    public static ImportSheet read(Path file) throws ImportFileException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException(Messages.get("import.file.missing", file.toAbsolutePath()));
        }
        if (!List.of("xlsx", "xls", "csv").contains(extension)) {
            throw new ImportFileException(Messages.get("import.file.unsupported", name));
        }
        byte[] head = firstBytes(file, name);
        if (head.length == 0) {
            throw new ImportFileException(Messages.get("import.file.empty", name));
        }
        List<ImportSheet.GridRow> grid = extension.equals("csv") ? readCsv(file, name) : readWorkbook(file, name, head);
        if (grid.isEmpty()) {
            throw new ImportFileException(Messages.get("import.file.noContent", name));
        }
        ImportSheet sheet = ImportSheet.of(name, grid);
        if (sheet.hasTitleColumn() && sheet.rows().isEmpty()) {
            throw new ImportFileException(Messages.get("import.file.headerOnly", name, String.valueOf(sheet.headerRow())));
        }
        if (sheet.rows().size() > MAX_DATA_ROWS) {
            throw tooManyRows(name);
        }
        return sheet;
    }

    /** The file's first bytes (enough to tell its format); opening it is where a locked file shows. */
    private static byte[] firstBytes(Path file, String name) throws ImportFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw cannotOpen(file, name, e);
        }
    }

    static ImportFileException cannotOpen(Path file, String name, IOException e) {
        LOG.log(Level.WARNING, "Cannot open the task list " + file, e);
        if (e instanceof NoSuchFileException) {
            return new ImportFileException(Messages.get("import.file.missing", file.toAbsolutePath()), e);
        }
        if (e instanceof AccessDeniedException || e instanceof FileSystemException) {
            // Windows reports a file Excel holds open as a FileSystemException ("being used by another process").
            return new ImportFileException(Messages.get("import.file.locked", name), e);
        }
        return new ImportFileException(Messages.get("import.file.ioError", name), e);
    }

    private static ImportFileException tooManyRows(String name) {
        return new ImportFileException(Messages.get("import.file.tooManyRows", name, String.format("%,d", MAX_DATA_ROWS)));
    }

    /** How many non-empty rows a sheet may hold before the reading stops: the data rows and the title and header rows above. */
    private static int rowReadLimit() {
        return MAX_DATA_ROWS + ImportSheet.HEADER_SEARCH_ROWS;
    }

    private static List<ImportSheet.GridRow> readWorkbook(Path file, String name, byte[] head) throws ImportFileException {
        FileMagic magic = FileMagic.valueOf(head);
        try {
            return switch (magic) {
                case OOXML -> readXlsx(file, name);
                case OLE2 -> readOle2(file, name);
                case BIFF2, BIFF3, BIFF4 -> throw new ImportFileException(Messages.get("import.file.oldExcel", name));
                default -> throw notSpreadsheet(name, kindOf(magic, head));
            };
        } catch (ImportFileException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(file, name, e);
        }
    }

    /**
     * POI's zip limits (see ZipSecureFile) are global and any code may change them: they are set
     * again before every .xlsx read for import. setMaxTextSize bounds POI's text extractors;
     * the import's own bound on text is {@link XlsxSheetReader.BoundedSharedStrings}.
     */
    static void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_SHARED_STRING_CHARS);
    }

    private static List<ImportSheet.GridRow> readXlsx(Path file, String name) throws Exception {
        applyZipLimits();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
            PackagePart mainPart = main == null ? null : pkg.getPart(main);
            if (mainPart == null) {
                throw new ImportFileException(Messages.get("import.file.damaged", name));
            }
            String contentType = mainPart.getContentType();
            if (!contentType.contains("spreadsheetml") && !contentType.contains("ms-excel.sheet.macroEnabled.main")) {
                throw notSpreadsheet(name, contentType.contains("wordprocessingml") ? Messages.get("import.file.kind.word")
                        : contentType.contains("presentationml") ? Messages.get("import.file.kind.powerpoint")
                        : Messages.get("import.file.kind.other"));
            }
            return XlsxSheetReader.firstSheet(pkg, rowReadLimit(), MAX_COLUMNS);
        }
    }

    /** An OLE2 file: a legacy .xls, or an .xlsx encrypted with a password (Office wraps those in OLE2). */
    private static List<ImportSheet.GridRow> readOle2(Path file, String name) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw encrypted(file, name, null);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK")) {
                if (root.hasEntry("Book")) {
                    throw new ImportFileException(Messages.get("import.file.oldExcel", name));
                }
                throw notSpreadsheet(name, root.hasEntry("WordDocument") ? Messages.get("import.file.kind.word")
                        : root.hasEntry("PowerPoint Document") ? Messages.get("import.file.kind.powerpoint")
                        : Messages.get("import.file.kind.other"));
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
                return workbook.getNumberOfSheets() == 0 ? List.of() : readSheet(workbook.getSheetAt(0), name);
            } catch (EncryptedDocumentException e) {
                throw encrypted(file, name, e);
            } catch (OldExcelFormatException e) {
                LOG.log(Level.WARNING, "Old Excel format: " + file, e);
                throw new ImportFileException(Messages.get("import.file.oldExcel", name), e);
            }
        }
    }

    private static ImportFileException encrypted(Path file, String name, Exception cause) {
        LOG.log(Level.WARNING, "The task list " + file + " is encrypted", cause);
        return new ImportFileException(Messages.get("import.file.encrypted", name), cause);
    }

    /** A legacy .xls sheet (at most 65,536 rows by its format); formula cells give their cached value. */
    private static List<ImportSheet.GridRow> readSheet(Sheet sheet, String name) throws ImportFileException {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        // Without an evaluator a formula cell would show its formula; the cached value is what Excel showed.
        formatter.setUseCachedValuesForFormulaCells(true);
        List<ImportSheet.GridRow> grid = new ArrayList<>();
        for (Row row : sheet) {
            List<ImportCell> cells = new ArrayList<>();
            for (int column = 0; column < Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum())); column++) {
                cells.add(cell(row.getCell(column), formatter));
            }
            if (cells.stream().allMatch(ImportCell::isBlank)) {
                continue;
            }
            if (grid.size() >= rowReadLimit()) {
                throw tooManyRows(name);
            }
            grid.add(new ImportSheet.GridRow(row.getRowNum() + 1, cells));
        }
        return grid;
    }

    private static ImportCell cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return ImportCell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new ImportCell(date.toString(), date);
        }
        return ImportCell.text(formatter.formatCellValue(cell));
    }

    /** Maps what POI threw while reading a workbook to the message the user reads; the cause is logged. */
    private static ImportFileException unreadable(Path file, String name, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof XlsxSheetReader.TooManyRows) {
                return tooManyRows(name);
            }
            if (cause instanceof XlsxSheetReader.TooMuchText) {
                return tooLarge(file, name, e);
            }
            if (cause instanceof EncryptedDocumentException) {
                return encrypted(file, name, (Exception) cause);
            }
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof IOException && message.startsWith("Zip bomb detected")) {
                return message.contains("MAX_ENTRY_SIZE") ? tooLarge(file, name, e) : zipBomb(file, name, e);
            }
            if (cause instanceof FileSystemException fileProblem) {
                return cannotOpen(file, name, fileProblem);
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        LOG.log(Level.WARNING, "The task list " + file + " is damaged or cannot be read", e);
        return new ImportFileException(Messages.get("import.file.damaged", name), e);
    }

    private static ImportFileException tooLarge(Path file, String name, Throwable e) {
        LOG.log(Level.WARNING, "The task list " + file + " is over the import's size limits", e);
        return new ImportFileException(Messages.get("import.file.tooLarge", name,
                String.valueOf(MAX_ENTRY_BYTES / (1024 * 1024)), String.valueOf(MAX_SHARED_STRING_CHARS / 10_000),
                String.format("%,d", MAX_DATA_ROWS)), e);
    }

    private static ImportFileException zipBomb(Path file, String name, Throwable e) {
        LOG.log(Level.WARNING, "The task list " + file + " inflates like a zip bomb", e);
        return new ImportFileException(Messages.get("import.file.zipBomb", name,
                String.valueOf(Math.round(1 / MIN_INFLATE_RATIO))), e);
    }

    /** @param kind what the file looks like instead, such as 一个 PDF 文档 */
    private static ImportFileException notSpreadsheet(String name, String kind) {
        return new ImportFileException(Messages.get("import.file.notSpreadsheet", name, kind));
    }

    /** What a file that is no workbook looks like, for the message: the user may have picked the wrong file. */
    private static String kindOf(FileMagic magic, byte[] head) {
        return switch (magic) {
            case PDF -> Messages.get("import.file.kind.pdf");
            case HTML -> Messages.get("import.file.kind.html");
            case XML -> Messages.get("import.file.kind.xml");
            case RTF, WORD2, MSWRITE -> Messages.get("import.file.kind.word");
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> Messages.get("import.file.kind.image");
            default -> looksLikeText(head) ? Messages.get("import.file.kind.text") : Messages.get("import.file.kind.other");
        };
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static List<ImportSheet.GridRow> readCsv(Path file, String name) throws ImportFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw new ImportFileException(Messages.get("import.file.csvTooLarge", name,
                        String.valueOf(MAX_CSV_BYTES / (1024 * 1024)), String.format("%,d", MAX_DATA_ROWS)));
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                bytes = in.readNBytes((int) MAX_CSV_BYTES + 1);
            }
        } catch (IOException e) {
            throw cannotOpen(file, name, e);
        }
        String text = decode(bytes);
        // Excel's format in commons-csv forgives a quote never closed (the cell runs to the end of
        // the file) and text after a closing quote; both lose or merge rows silently, so both are refused.
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text))
                .setLenientEof(false).setTrailingData(false).build();
        List<ImportSheet.GridRow> grid = new ArrayList<>();
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                List<ImportCell> cells = new ArrayList<>();
                record.forEach(value -> cells.add(ImportCell.text(value)));
                if (cells.stream().allMatch(ImportCell::isBlank)) {
                    continue;
                }
                if (grid.size() >= rowReadLimit()) {
                    throw tooManyRows(name);
                }
                grid.add(new ImportSheet.GridRow((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv stops at a quote that is never closed, or text after a closing quote:
            // the record it could not finish is the one after the last it returned.
            LOG.log(Level.WARNING, "Unbalanced quotes in the task list " + file, e);
            throw new ImportFileException(Messages.get("import.file.csvQuotes", name, String.valueOf(lastRecord + 1)), e);
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
