package duban.ledger.export;

import duban.domain.Progress;

import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.print.LedgerHeading;
import duban.ledger.print.PageSetup;
import duban.ledger.print.PdfExport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The ledger's file formats, chosen by the file's extension: one entry point for the ledger
 * window and the {@code --export} command line alike. The PDF has the pages of the print preview at
 * its default page setup (A4 landscape).
 */
public enum LedgerExport {
    XLSX("xlsx"),
    PDF("pdf"),
    CSV("csv");

    private final String extension;

    LedgerExport(String extension) {
        this.extension = extension;
    }

    /** The extension without its dot: {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /** The file chooser's description, e.g. Excel 工作簿 (*.xlsx). */
    public String description() {
        return switch (this) {
            case XLSX -> Messages.get("ledger.format.xlsx");
            case PDF -> Messages.get("ledger.format.pdf");
            case CSV -> Messages.get("ledger.format.csv");
        };
    }

    /** The format of {@code file} by its extension, if it is one of ours. */
    public static Optional<LedgerExport> of(Path file) {
        String typed = extensionOf(file);
        for (LedgerExport format : values()) {
            if (format.extension.equals(typed)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The extension of {@code file} in lower case, without its dot; empty when it has none. */
    public static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Writes {@code ledger} to {@code target} in this format, completely or not at all.
     *
     * @param title      the ledger's title, e.g. ××县人民政府办公室督办事项台账
     * @param producedOn the date the ledger is produced (制表日期)
     * @throws java.util.concurrent.CancellationException when cancelled through {@code progress}
     */
    public void write(Ledger ledger, String title, LocalDate producedOn, Path target, Progress progress)
            throws IOException {
        switch (this) {
            case XLSX -> XlsxExport.write(ledger, title, producedOn, target, progress);
            case PDF -> PdfExport.write(ledger, LedgerHeading.of(title, ledger, producedOn), PageSetup.DEFAULT, target,
                    progress);
            case CSV -> CsvExport.write(ledger, target);
        }
    }
}
