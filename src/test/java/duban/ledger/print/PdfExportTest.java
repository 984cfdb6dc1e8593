package duban.ledger.print;

import duban.ui.print.FontMeasure;

import duban.ui.print.NoCjkFontException;

import duban.ui.print.CjkFontFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.ledger.Ledger;
import duban.ledger.LedgerRow;
import duban.domain.Progress;
import duban.testing.MachineRequirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF holds the preview's pages with real, searchable Chinese text; a cancelled export leaves nothing. */
class PdfExportTest {

    /** Where the demo PDF is kept to be rendered and looked at (pdftoppm). */
    static final Path KEPT = Path.of("target", "print");

    @TempDir
    Path folder;

    private CjkFontFile font;
    private FontMeasure measure;

    @BeforeEach
    void font() {
        measure = PrintLedgers.fontMeasure();
        MachineRequirement.require(measure != null, MachineRequirement.NO_CHINESE_FONT);
        font = measure.font();
    }

    @Test
    void theDemoLedgersPdfHasThePreviewsPagesEveryTitleAndTheFooter() throws Exception {
        Ledger ledger = PrintLedgers.demo(folder, Ledger.Grouping.NONE);
        LedgerPages pages = LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, measure,
                Progress.NONE);
        Path pdf = KEPT.resolve("demo-ledger.pdf");
        Files.createDirectories(KEPT);
        PdfExport.write(pages, font, pdf, Progress.NONE);

        String text = readBack(pdf, pages.pageCount());
        for (LedgerRow row : ledger.rows()) {
            assertContains(text, squeezed(row.title()), row.number());
        }
        assertThat(text).contains(squeezed("第 1 页 共 " + pages.pageCount() + " 页"))
                .contains(squeezed(PrintLedgers.HEADING.title()))
                .contains(squeezed("打印日期：2026年11月21日"))
                .contains(squeezed(ledger.totals().describe()));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(PrintLedgers.HEADING.title());
            PDFont embedded = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(embedded.getName()).as("a subset of the font").matches("[A-Z]{6}\\+.*");
        }
    }

    @Test
    void theDemoLedgerGroupedByLeadUnitHasHeadingsAndSubtotals() throws Exception {
        Ledger ledger = PrintLedgers.demo(folder, Ledger.Grouping.LEAD_UNIT);
        LedgerPages pages = LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, measure,
                Progress.NONE);
        Path pdf = KEPT.resolve("demo-ledger-grouped.pdf");
        Files.createDirectories(KEPT);
        PdfExport.write(pages, font, pdf, Progress.NONE);

        String text = readBack(pdf, pages.pageCount());
        for (Ledger.Group group : ledger.groups()) {
            assertContains(text, squeezed("牵头单位：" + group.heading()), 0);
            assertContains(text, squeezed("小计：" + group.subtotal().describe()), 0);
        }
    }

    @Test
    void aGroupedLedgerOf500RowsHasEveryTitleOnThePagesOfTheLayout() throws Exception {
        Ledger ledger = PrintLedgers.random(500, 5, Ledger.Grouping.LEAD_UNIT, true);
        LedgerPages pages = LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, measure,
                Progress.NONE);
        Path pdf = folder.resolve("500.pdf");
        PdfExport.write(pages, font, pdf, Progress.NONE);

        String text = readBack(pdf, pages.pageCount());
        Set<Integer> split = pages.pages().stream().flatMap(page -> page.rows().stream())
                .filter(PageRow::continuesOnNextPage).map(PageRow::number).collect(Collectors.toSet());
        assertThat(split).as("the giant row is split").hasSize(1);
        for (LedgerRow row : ledger.rows()) {
            String title = squeezed(row.title());
            if (split.contains(row.number())) {
                // Split over pages: the page's footer and the next one's header stand between its parts.
                assertContains(text, title.substring(0, 40), row.number());
                assertContains(text, title.substring(title.length() - 40), row.number());
            } else {
                assertContains(text, title, row.number());
            }
        }
        assertThat(text).contains(squeezed("第 " + pages.pageCount() + " 页 共 " + pages.pageCount() + " 页"))
                .contains("小计").contains("牵头单位：县水利局");
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoPartFile() throws Exception {
        Ledger ledger = PrintLedgers.random(500, 6, Ledger.Grouping.NONE, false);
        LedgerPages pages = LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, measure,
                Progress.NONE);
        Path pdf = folder.resolve("cancelled.pdf");
        CancellingProgress progress = new CancellingProgress(3);

        assertThatThrownBy(() -> PdfExport.write(pages, font, pdf, progress))
                .isInstanceOf(CancellationException.class);
        assertThat(progress.lastDone).isEqualTo(3);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.filter(file -> file.getFileName().toString().contains("cancelled")).toList()).isEmpty();
        }
    }

    @Test
    void theWholeExportReportsProgressAndCancelsDuringLayoutToo() throws Exception {
        Ledger ledger = PrintLedgers.random(1000, 7, Ledger.Grouping.NONE, false);
        Path pdf = folder.resolve("whole.pdf");
        CancellingProgress cancelEarly = new CancellingProgress(Long.MAX_VALUE) {
            @Override
            public boolean isCancelled() {
                return lastDone >= 5;   // of 100: during the layout's fifth
            }
        };
        assertThatThrownBy(() -> PdfExport.write(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, pdf, cancelEarly))
                .isInstanceOf(CancellationException.class);
        assertThat(pdf).doesNotExist();

        CancellingProgress watching = new CancellingProgress(Long.MAX_VALUE);
        LedgerPages pages = PdfExport.write(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, pdf, watching);
        assertThat(watching.lastDone).isEqualTo(100);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.pageCount());
        }
    }

    @Test
    void tenThousandRowsAreLaidOutAndWrittenInSeconds() throws Exception {
        Ledger ledger = PrintLedgers.random(10_000, 8, Ledger.Grouping.NONE, false);
        long start = System.nanoTime();
        LedgerPages pages = LedgerPageLayout.layout(ledger, PrintLedgers.HEADING, PageSetup.DEFAULT, measure,
                Progress.NONE);
        long laidOut = System.nanoTime();
        Path pdf = folder.resolve("10000.pdf");
        PdfExport.write(pages, font, pdf, Progress.NONE);
        long written = System.nanoTime();
        System.out.printf("10,000 rows: layout %d ms, PDF %d ms, %d pages, %d KB%n", (laidOut - start) / 1_000_000,
                (written - laidOut) / 1_000_000, pages.pageCount(), Files.size(pdf) / 1024);
        LedgerPageLayoutTest.assertEveryRowOnceInOrder(pages, 10_000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages.pageCount());
        }
    }

    @Test
    void withoutAChineseFontTheMessageSaysWhatToInstall() throws IOException {
        Path notAFont = Files.writeString(folder.resolve("fake.ttf"), "not a font");
        assertThat(CjkFontFile.firstUsable(List.of(notAFont, folder.resolve("missing.ttc")))).isEmpty();
        assertThat(new NoCjkFontException().getMessage())
                .contains("未找到可嵌入 PDF 的中文字体").contains("fonts-wqy-microhei").contains("duban.pdf.font");
    }

    @Test
    void theFontPropertyForcesAFileAndTheSearchFindsTheCollectionsRegularFace() {
        assertThat(font.faceName()).doesNotContainIgnoringCase("mono");
        String before = System.getProperty(CjkFontFile.FONT_PROPERTY);
        try {
            System.setProperty(CjkFontFile.FONT_PROPERTY, font.file().toString());
            assertThat(CjkFontFile.find()).contains(font);
        } finally {
            if (before == null) {
                System.clearProperty(CjkFontFile.FONT_PROPERTY);
            } else {
                System.setProperty(CjkFontFile.FONT_PROPERTY, before);
            }
        }
    }

    /** The PDF's text with all white space removed, after checking its page count. */
    private static String readBack(Path pdf, int expectedPages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(expectedPages);
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    /** Fails with a short message, not the whole text of the PDF. */
    private static void assertContains(String text, String expected, int row) {
        assertThat(text.contains(expected)).as("row %d: %s", row, expected).isTrue();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Cancels once {@code cancelAt} steps are done, remembering the last step reported. */
    private static class CancellingProgress implements Progress {
        private final long cancelAt;
        long lastDone;

        CancellingProgress(long cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void update(long done, long total) {
            lastDone = done;
        }

        @Override
        public boolean isCancelled() {
            return lastDone >= cancelAt;
        }
    }
}
