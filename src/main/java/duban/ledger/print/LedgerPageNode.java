package duban.ledger.print;

import duban.ui.print.FontMeasure;

import duban.ui.print.CjkFontFile;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;

/**
 * One printed page as JavaFX nodes, 1 unit = 1 point, for the print preview and for
 * {@code PrinterJob.printPage} (whose units are points too). Text is drawn with the same font
 * file the layout measured, so that the preview, the printer and the PDF break lines alike.
 */
public final class LedgerPageNode {

    /*
     * The page's colours are the PDF's (PdfExport draws black on white), not the screen theme's:
     * PrinterJob.printPage prints these nodes outside any scene, where no stylesheet reaches them.
     */
    private static final Color PAPER = Color.WHITE;
    private static final Color INK = Color.BLACK;

    private LedgerPageNode() {
    }

    /**
     * The page on a white sheet of its size. Call on the FX thread (or before the nodes are shown).
     *
     * @param font the font the pages were laid out with ({@link FontMeasure#font()})
     */
    public static Group of(LedgerPage page, CjkFontFile font) {
        String fontName = fontName(font);
        Group group = new Group();
        List<Node> children = group.getChildren();
        Rectangle sheet = new Rectangle(0, 0, page.width(), page.height());
        sheet.setFill(PAPER);
        children.add(sheet);
        for (PageElement element : page.elements()) {
            if (element instanceof PageElement.Fill fill) {
                children.add(fill(fill));
            } else if (element instanceof PageElement.Text text) {
                children.add(text(text, fontName));
            } else if (element instanceof PageElement.Line line) {
                children.add(line(line));
            }
        }
        return group;
    }

    private static Rectangle fill(PageElement.Fill fill) {
        Rectangle rectangle = new Rectangle(fill.x(), fill.y(), fill.width(), fill.height());
        rectangle.setFill(Color.gray(fill.gray()));
        return rectangle;
    }

    private static Text text(PageElement.Text element, String fontName) {
        Text text = new Text(element.x(), element.baseline(), element.text());
        text.setTextOrigin(VPos.BASELINE);
        text.setFont(new Font(fontName, element.fontSize()));
        text.setFontSmoothingType(FontSmoothingType.GRAY);
        text.setFill(INK);
        if (element.bold()) {
            // The font has one weight: bold is the outline the PDF draws, same width, same glyphs.
            text.setStroke(INK);
            text.setStrokeType(StrokeType.CENTERED);
            text.setStrokeWidth(element.fontSize() * PdfExport.BOLD_OUTLINE);
        }
        return text;
    }

    private static Line line(PageElement.Line element) {
        Line line = new Line(element.x1(), element.y1(), element.x2(), element.y2());
        line.setStrokeWidth(element.width());
        line.setStroke(INK);
        line.setStrokeLineCap(StrokeLineCap.SQUARE);
        return line;
    }

    /** Loads the file's faces into JavaFX once and returns the full name of the face the layout used. */
    static String fontName(CjkFontFile font) {
        return duban.ui.print.PrintFonts.fontName(font);
    }
}
