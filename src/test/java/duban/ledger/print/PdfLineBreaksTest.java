package duban.ledger.print;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Progress;
import duban.ledger.Ledger;
import duban.ledger.LedgerRow;
import duban.testing.MachineRequirement;
import duban.ui.print.FontMeasure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's cells break by the shared rule: read back with PDFBox, 原时限 and every lead unit's
 * name that fits its column come out whole as often as the ledger holds them, on the default A4
 * landscape page.
 */
class PdfLineBreaksTest {

    @TempDir
    Path folder;

    @Test
    void datesWordsAndUnitNamesAreWholeOnTheirLines() throws Exception {
        FontMeasure measure = PrintLedgers.fontMeasure();
        MachineRequirement.require(measure != null, MachineRequirement.NO_CHINESE_FONT);
        Ledger ledger = PrintLedgers.demo(folder, Ledger.Grouping.NONE);
        PageSetup page = PageSetup.DEFAULT;
        LedgerPages pages = LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, page, measure, Progress.NONE);
        Path pdf = folder.resolve("page.pdf");
        PdfExport.write(pages, measure.font(), pdf, Progress.NONE);
        Files.createDirectories(PdfExportTest.KEPT);
        Files.copy(pdf, PdfExportTest.KEPT.resolve("page-ledger.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        String cells = ledger.rows().stream().map(row -> row.remarks() + " " + row.title() + " " + row.progress())
                .reduce("", String::concat);
        assertThat(count(cells, "原时限")).as("the demo has extended items").isPositive();
        assertThat(count(text, "原时限")).isEqualTo(count(cells, "原时限"));

        double[] widths = LedgerPageLayout.columnWidths(page.pageWidth() - page.margins().left()
                - page.margins().right(), page.fontSize(), measure);
        double leadUnitWidth = widths[duban.ledger.LedgerColumn.LEAD_UNIT.ordinal()] - 8;
        for (LedgerRow row : ledger.rows()) {
            String unit = row.leadUnit();
            if (measure.width(unit, page.fontSize()) <= leadUnitWidth) {
                assertThat(count(text, unit)).as("%s whole on one line", unit).isGreaterThanOrEqualTo(
                        (int) ledger.rows().stream().filter(other -> other.leadUnit().equals(unit)).count());
            }
        }
    }

    private static int count(String text, String word) {
        Matcher matcher = Pattern.compile(Pattern.quote(word)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
