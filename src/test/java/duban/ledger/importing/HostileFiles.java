package duban.ledger.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Spreadsheet files as an attacker or an accident makes them, written for the import tests:
 * damaged, encrypted, disguised, empty, a zip bomb, a million rows, formulas with cached values.
 */
public final class HostileFiles {

    /** The columns every generated task list has: enough for a row to be importable. */
    public static final List<String> HEADER = List.of("督办事项", "牵头单位", "责任人", "办理时限");

    private HostileFiles() {
    }

    /** Writes the sheet XML's rows; {@link #xlsx} wraps them in a valid package. */
    @FunctionalInterface
    public interface SheetRows {
        void write(Writer sheetData) throws IOException;
    }

    /**
     * A minimal valid .xlsx written entry by entry (no POI), its first sheet holding the rows
     * {@code rows} writes inside {@code <sheetData>}; a date style is at index 1. Fast enough
     * for a million rows, and able to hold what POI would not write (a bomb, cached values).
     */
    public static Path xlsx(Path file, int level, SheetRows rows) throws IOException {
        return xlsx(file, level, rows, null);
    }

    /**
     * {@link #xlsx(Path, int, SheetRows)} with, when {@code externalWorkbook} is given, an
     * external link (as Excel writes for a formula like {@code [1]Sheet1!A1}) to that workbook.
     */
    public static Path xlsx(Path file, int level, SheetRows rows, String externalWorkbook) throws IOException {
        return xlsx(file, level, rows, externalWorkbook, null);
    }

    /**
     * {@link #xlsx(Path, int, SheetRows, String)} with, when {@code sharedStrings} is given, a
     * shared strings table whose {@code <si>} elements it writes.
     */
    public static Path xlsx(Path file, int level, SheetRows rows, String externalWorkbook, SheetRows sharedStrings)
            throws IOException {
        boolean linked = externalWorkbook != null;
        boolean shared = sharedStrings != null;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(level);
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    """ + (shared ? """
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    """ : "") + (linked ? """
                    <Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>
                    """ : "") + "</Types>");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets>
                    """ + (linked ? "<externalReferences><externalReference r:id=\"rId3\"/></externalReferences>" : "")
                    + "</workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    """ + (linked ? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/>" : "")
                    + (shared ? "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "") + "</Relationships>");
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                    </styleSheet>""");
            if (linked) {
                put(zip, "xl/externalLinks/externalLink1.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>
                        <sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>缓存的责任人</v></cell></row></sheetData></sheetDataSet>
                        </externalBook></externalLink>""");
                put(zip, "xl/externalLinks/_rels/externalLink1.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="%s" TargetMode="External"/>
                        </Relationships>""".formatted(externalWorkbook));
            }
            if (shared) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer table = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
                table.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                sharedStrings.write(table);
                table.write("</sst>");
                table.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>");
            rows.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** An inline-string cell: no shared strings table needed. */
    public static String text(String reference, String value) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** The header row of {@link #HEADER} as row 1. */
    public static void header(Writer out) throws IOException {
        out.write("<row r=\"1\">");
        for (int c = 0; c < HEADER.size(); c++) {
            out.write(text((char) ('A' + c) + "1", HEADER.get(c)));
        }
        out.write("</row>");
    }

    /**
     * A sheet of {@code dataRows} task rows under the header, each different (so that it
     * compresses like a real sheet, not like a bomb), written straight into the zip.
     */
    public static Path manyRows(Path file, int dataRows) throws IOException {
        return xlsx(file, Deflater.BEST_SPEED, out -> {
            header(out);
            StringBuilder row = new StringBuilder(256);
            for (int i = 1; i <= dataRows; i++) {
                int r = i + 1;
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">")
                        .append(text("A" + r, "第" + i + "项督办事项 编号" + Integer.toHexString(i * 7919)))
                        .append(text("B" + r, "县财政局"))
                        .append(text("C" + r, "责任人" + (i % 997)))
                        .append("<c r=\"D").append(r).append("\" s=\"1\"><v>").append(46023 + i % 365).append("</v></c></row>");
                out.write(row.toString());
            }
        });
    }

    /**
     * A zip bomb shaped as a task list: a header, then one cell whose text is {@code megabytes}
     * MB of one letter. It compresses about a thousand times; read without limits, the cell alone
     * would take twice its size in heap.
     */
    public static Path zipBomb(Path file, int megabytes) throws IOException {
        return xlsx(file, Deflater.BEST_COMPRESSION, out -> {
            header(out);
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            char[] block = new char[1024 * 1024];
            Arrays.fill(block, 'A');
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
            out.write("</t></is></c>" + text("B2", "县财政局") + text("C2", "王建国") + "</row>");
        });
    }

    /** A valid one-row task list, as Excel would save it (POI's usermodel). */
    public static byte[] validXlsxBytes() throws IOException {
        Path temp = Files.createTempFile("valid", ".xlsx");
        try {
            TaskLists.xlsx(temp, List.of(), List.of(List.copyOf(HEADER),
                    List.of("推进老旧小区改造", "县财政局", "王建国", LocalDate.of(2026, 12, 31))));
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The first {@code percent}% of a valid workbook: a download or a copy cut short. */
    public static Path truncated(Path file, int percent) throws IOException {
        byte[] whole = validXlsxBytes();
        return Files.write(file, Arrays.copyOf(whole, whole.length * percent / 100));
    }

    /**
     * A valid workbook's zip without its {@code [Content_Types].xml}: what made POI print
     * "The part /_rels/.rels does not have any content type".
     */
    public static Path withoutContentTypes(Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(validXlsxBytes()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals("[Content_Types].xml")) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return file;
    }

    /** A valid workbook encrypted with an opening password, as Excel's 用密码进行加密 does (agile encryption). */
    public static Path encryptedXlsx(Path file) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("督查室2026");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(validXlsxBytes()));
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                pkg.save(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A legacy .xls task list with an opening password (RC4 CryptoAPI, as Excel 2003 and WPS write). */
    public static Path encryptedXls(Path file) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("督查室2026");
        try {
            return legacyXls(file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * A legacy .xls task list (BIFF8, as Excel 97-2003 and WPS save it) with one row: its 办理时限
     * a real date, its 责任人 a formula with a cached value.
     */
    public static Path legacyXls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("台账");
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
        }
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("推进老旧小区改造");
        row.createCell(1).setCellValue("县财政局");
        // A formula whose value as saved (王建国) differs from what evaluating it would give (王五).
        row.createCell(2).setCellFormula("\"王\"&\"五\"");
        row.getCell(2).setCellValue("王建国");
        row.createCell(3).setCellValue(LocalDate.of(2026, 12, 31));
        row.getCell(3).setCellStyle(date);
    }

    /** A Word document named as a workbook: a zip, and an Office file, but no spreadsheet. */
    public static Path wordDocument(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("关于督办事项的通知");
            document.write(out);
        }
        return file;
    }

    /** The start of a PDF file: what a 台账 exported as PDF and renamed .xlsx looks like. */
    public static Path pdf(Path file) throws IOException {
        return Files.write(file, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Lets a writer be flushed into the current zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
