package duban.ledger.print;

import duban.ui.print.FontMeasure;

import duban.ui.print.NoCjkFontException;

import duban.ui.print.CjkFontFile;

import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.domain.Progress;
import duban.ui.files.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the printed pages of the 督办台账 to a PDF: exactly the pages of the print preview, with
 * the Chinese font embedded as a subset and real, selectable text. The file appears complete or
 * not at all ({@link SafeFiles}); a cancelled export leaves nothing behind.
 */
public final class PdfExport {

    /** How much thicker than nothing bold text is drawn, as a share of the font size (the font has one weight). */
    static final double BOLD_OUTLINE = 0.035;

    private PdfExport() {
    }

    /**
     * Lays out {@code ledger} with this machine's Chinese font and writes it to {@code target}: what
     * the command line and the ledger window's 导出 PDF call.
     *
     * @return the pages written
     * @throws NoCjkFontException when no Chinese font is installed (its message says what to install)
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled
     */
    public static LedgerPages write(Ledger ledger, LedgerHeading heading, PageSetup setup, Path target,
                                    Progress progress) throws IOException {
        CjkFontFile font = CjkFontFile.require();
        FontMeasure measure = FontMeasure.of(font);
        // Laying out takes about a fifth of the time, writing the rest.
        LedgerPages pages = LedgerPageLayout.layout(ledger, heading, setup, measure, share(progress, 0, 20));
        write(pages, font, target, share(progress, 20, 80));
        return pages;
    }

    /**
     * Writes {@code pages} laid out with the widths of {@code font} to {@code target}, reporting
     * every page to {@code progress}.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled (no file is left)
     */
    public static void write(LedgerPages pages, CjkFontFile font, Path target, Progress progress) throws IOException {
        SafeFiles.writeAtomically(target, file -> font.withFont(trueType -> {
            try (PDDocument document = new PDDocument()) {
                PDType0Font pdfFont = PDType0Font.load(document, trueType, true);
                describe(document, pages);
                int count = pages.pageCount();
                progress.advance(0, count);
                for (LedgerPage page : pages.pages()) {
                    PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                    document.addPage(pdfPage);
                    try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                        draw(page, content, pdfFont);
                    }
                    progress.advance(page.number(), count);
                }
                document.save(file.toFile());
            }
            return null;
        }));
    }

    private static void describe(PDDocument document, LedgerPages pages) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(pages.heading().title());
        info.setSubject(pages.heading().scope());
        info.setCreator(Messages.get("print.pdf.creator"));
        Calendar created = GregorianCalendar.getInstance(TimeZone.getDefault());
        info.setCreationDate(created);
        // Viewers show the title rather than the file name.
        PDViewerPreferences preferences = new PDViewerPreferences(document.getDocumentCatalog().getCOSObject());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
        document.getDocumentCatalog().setLanguage("zh-CN");
    }

    private static void draw(LedgerPage page, PDPageContentStream content, PDType0Font font) throws IOException {
        float height = (float) page.height();
        // Fills first, then all texts in one text object, then all rules: the order of the page's elements.
        content.setNonStrokingColor(0f);
        for (PageElement element : page.elements()) {
            if (element instanceof PageElement.Fill fill) {
                content.setNonStrokingColor((float) fill.gray());
                content.addRect((float) fill.x(), height - (float) (fill.y() + fill.height()), (float) fill.width(),
                        (float) fill.height());
                content.fill();
            }
        }
        content.setNonStrokingColor(0f);
        content.setStrokingColor(0f);
        content.beginText();
        double currentSize = -1;
        boolean bold = false;
        double outlineFor = -1;
        for (PageElement element : page.elements()) {
            if (element instanceof PageElement.Text text) {
                if (text.fontSize() != currentSize) {
                    content.setFont(font, (float) text.fontSize());
                    currentSize = text.fontSize();
                }
                if (text.bold() != bold) {
                    bold = text.bold();
                    content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                }
                if (bold && text.fontSize() != outlineFor) {
                    content.setLineWidth((float) (text.fontSize() * BOLD_OUTLINE));
                    outlineFor = text.fontSize();
                }
                content.setTextMatrix(Matrix.getTranslateInstance((float) text.x(), height - (float) text.baseline()));
                content.showText(text.text());
            }
        }
        content.endText();
        content.setLineCapStyle(2);   // projecting square caps close the table's corners
        double currentWidth = -1;
        boolean pending = false;
        for (PageElement element : page.elements()) {
            if (element instanceof PageElement.Line line) {
                if (line.width() != currentWidth) {
                    if (pending) {
                        content.stroke();
                    }
                    content.setLineWidth((float) line.width());
                    currentWidth = line.width();
                }
                content.moveTo((float) line.x1(), height - (float) line.y1());
                content.lineTo((float) line.x2(), height - (float) line.y2());
                pending = true;
            }
        }
        if (pending) {
            content.stroke();
        }
    }

    /** {@code progress} for a part of the work: its steps count from {@code start} to {@code start + span} of 100. */
    private static Progress share(Progress progress, int start, int span) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                long scaled = total <= 0 ? start + span : start + Math.round(span * (double) done / total);
                progress.update(scaled, 100);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
