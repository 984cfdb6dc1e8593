package duban.wallchart;

import duban.i18n.Messages;
import duban.ui.files.SafeFiles;
import duban.ui.print.CjkFontFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the wall chart's pages to a PDF in the board's colours, the Chinese font embedded as a
 * subset, real selectable text; complete or not at all ({@link SafeFiles}).
 */
public final class WallChartPdf {

    /** How much thicker than nothing bold text is drawn, as a share of the font size (the font has one weight). */
    static final double BOLD_OUTLINE = 0.035;

    private WallChartPdf() {
    }

    /** Writes {@code pages}, laid out with the widths of {@code font}, to {@code target}. */
    public static void write(List<WallChartPage> pages, String title, CjkFontFile font, Path target)
            throws IOException {
        SafeFiles.writeAtomically(target, file -> font.withFont(trueType -> {
            try (PDDocument document = new PDDocument()) {
                PDType0Font pdfFont = PDType0Font.load(document, trueType, true);
                document.getDocumentInformation().setTitle(title);
                document.getDocumentInformation().setCreator(Messages.get("print.pdf.creator"));
                document.getDocumentCatalog().setLanguage("zh-CN");
                for (WallChartPage page : pages) {
                    PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
                    document.addPage(pdfPage);
                    try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                        draw(page, content, pdfFont);
                    }
                }
                document.save(file.toFile());
            }
            return null;
        }));
    }

    private static void draw(WallChartPage page, PDPageContentStream content, PDType0Font font) throws IOException {
        float height = (float) page.height();
        for (WallElement element : page.elements()) {
            if (element instanceof WallElement.Box box) {
                float top = height - (float) (box.y() + box.height());
                content.setNonStrokingColor(rgb(box.fill()));
                content.addRect((float) box.x(), top, (float) box.width(), (float) box.height());
                content.fill();
                content.setStrokingColor(rgb(box.frame()));
                content.setLineWidth(0.6f);
                content.addRect((float) box.x(), top, (float) box.width(), (float) box.height());
                content.stroke();
                if (box.edge() > 0) {
                    content.setNonStrokingColor(rgb(box.edgeColour()));
                    content.addRect((float) box.x(), top, (float) box.edge(), (float) box.height());
                    content.fill();
                }
            } else if (element instanceof WallElement.Text text) {
                content.beginText();
                content.setFont(font, (float) text.fontSize());
                java.awt.Color colour = rgb(text.colour());
                content.setNonStrokingColor(colour);
                content.setStrokingColor(colour);
                content.setRenderingMode(text.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (text.bold()) {
                    content.setLineWidth((float) (text.fontSize() * BOLD_OUTLINE));
                }
                content.setTextMatrix(Matrix.getTranslateInstance((float) text.x(), height - (float) text.baseline()));
                content.showText(text.text());
                content.endText();
            }
        }
    }

    private static java.awt.Color rgb(int colour) {
        return new java.awt.Color(colour);
    }
}
