package duban.ledger.export;

import duban.ui.files.SafeFiles;

import duban.domain.FormulaGuard;
import duban.ledger.ExportColumn;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledger as CSV: UTF-8 with a byte-order mark (so that Excel and WPS open Chinese correctly),
 * a header row of the ledger's columns and then the {@link ExportColumn}s, one row per item,
 * RFC 4180 quoting; a cell that starts
 * like a formula (=, +, -, @, tab, carriage return) gets a leading ' ({@link FormulaGuard}).
 */
public final class CsvExport {

    /** The byte-order mark Excel looks for to read a CSV file as UTF-8. */
    public static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    public static void write(Ledger ledger, Path target) throws IOException {
        SafeFiles.writeAtomically(target, file -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(BOM);
                try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").build())) {
                    List<String> header = new ArrayList<>();
                    for (LedgerColumn column : LedgerColumn.values()) {
                        header.add(column.header());
                    }
                    for (ExportColumn column : ExportColumn.values()) {
                        header.add(column.header());
                    }
                    csv.printRecord(header);
                    for (LedgerRow row : ledger.rows()) {
                        List<String> cells = new ArrayList<>();
                        for (LedgerColumn column : LedgerColumn.values()) {
                            // Excel and WPS would run =HYPERLINK(…), -李四 … as formulas: written as text.
                            cells.add(FormulaGuard.guard(column.text(row)));
                        }
                        for (ExportColumn column : ExportColumn.values()) {
                            cells.add(FormulaGuard.guard(column.text(row)));
                        }
                        csv.printRecord(cells);
                    }
                }
            }
        });
    }
}
