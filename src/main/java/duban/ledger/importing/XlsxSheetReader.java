package duban.ledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx package as a stream of SAX events (POI's event API), so a
 * sheet of any size costs memory only for the rows kept, and reading stops at the row limit.
 * Formula cells give their cached value: nothing is evaluated and no external link is followed.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    /** The sheet holds more non-empty rows than {@code limit}; thrown out of the SAX parse to stop it early. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** The shared strings hold more text than an importable sheet can; stops their parse early. */
    static final class TooMuchText extends SAXException {
        TooMuchText() {
            super("shared strings over the import limit");
        }
    }

    /**
     * The non-empty rows of the package's first sheet, at most {@code rowLimit} of them (else
     * {@link TooManyRows}); cells right of {@code columnLimit} are left out.
     */
    static List<ImportSheet.GridRow> firstSheet(OPCPackage pkg, int rowLimit, int columnLimit)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = usesDate1904(reader);
        BoundedSharedStrings strings = new BoundedSharedStrings(pkg);
        StylesTable styles = reader.getStylesTable();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        DateNotingFormatter formatter = new DateNotingFormatter(date1904);
        RowCollector rows = new RowCollector(formatter, rowLimit, columnLimit);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            // formulasNotResults = false: a formula cell gives the value Excel cached when it was saved.
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, formatter, false));
            parser.parse(new InputSource(sheet));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return rows.grid;
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] date1904 = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return date1904[0];
    }

    /**
     * POI's read-only shared strings, refusing (with {@link TooMuchText}) a table with more
     * strings or characters than {@link ImportReader#MAX_SHARED_STRINGS} and
     * {@link ImportReader#MAX_SHARED_STRING_CHARS}: the table is held in memory whole, so its
     * size must be bounded before the sheet is read.
     */
    static final class BoundedSharedStrings extends ReadOnlySharedStringsTable {
        // No initialisers: the super constructor parses the table before this class's fields would be set.
        private long stringsSeen;
        private long charactersSeen;

        BoundedSharedStrings(OPCPackage pkg) throws IOException, SAXException {
            super(pkg, false);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
            if ("si".equals(localName) && ++stringsSeen > ImportReader.MAX_SHARED_STRINGS) {
                throw new TooMuchText();
            }
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            charactersSeen += length;
            if (charactersSeen > ImportReader.MAX_SHARED_STRING_CHARS) {
                throw new TooMuchText();
            }
            super.characters(ch, start, length);
        }
    }

    /**
     * Formats as Excel shows (in Chinese), and notes when the number just formatted is a date,
     * so the cell keeps its real date; the streaming handler gives only the formatted text.
     */
    static final class DateNotingFormatter extends DataFormatter {
        private final boolean date1904;
        private LocalDate lastDate;

        DateNotingFormatter(boolean date1904) {
            super(Locale.CHINA);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                lastDate = DateUtil.getLocalDateTime(value, date1904).toLocalDate();
                return lastDate.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        /** The date of the cell just formatted, or null; forgotten once taken. */
        LocalDate takeDate() {
            LocalDate date = lastDate;
            lastDate = null;
            return date;
        }
    }

    /** Keeps the non-empty rows, cell by column; blank rows cost nothing, so many of them cannot fill memory. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final DateNotingFormatter formatter;
        private final int rowLimit;
        private final int columnLimit;
        final List<ImportSheet.GridRow> grid = new ArrayList<>();
        private List<ImportCell> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(DateNotingFormatter formatter, int rowLimit, int columnLimit) {
            this.formatter = formatter;
            this.rowLimit = rowLimit;
            this.columnLimit = columnLimit;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
            formatter.takeDate();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            LocalDate date = formatter.takeDate();
            if (column >= columnLimit || formattedValue == null) {
                return;
            }
            while (cells.size() < column) {
                cells.add(ImportCell.EMPTY);
            }
            cells.add(date != null ? new ImportCell(formattedValue, date) : ImportCell.text(formattedValue));
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(ImportCell::isBlank)) {
                return;
            }
            if (grid.size() >= rowLimit) {
                throw new TooManyRows();
            }
            grid.add(new ImportSheet.GridRow(rowNum + 1, List.copyOf(cells)));
        }
    }
}
