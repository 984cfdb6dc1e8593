package duban.wallchart;

import duban.ui.print.CjkFontFile;
import duban.ui.print.PrintFonts;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;

/**
 * One wall-chart page as JavaFX nodes, 1 unit = 1 point, for {@code PrinterJob.printPage} and the
 * preview: the same elements and font as the PDF.
 */
final class WallChartPageNode {

    private WallChartPageNode() {
    }

    static Group of(WallChartPage page, CjkFontFile font) {
        String fontName = PrintFonts.fontName(font);
        Group group = new Group();
        Rectangle sheet = new Rectangle(0, 0, page.width(), page.height());
        sheet.setFill(Color.WHITE);
        group.getChildren().add(sheet);
        for (WallElement element : page.elements()) {
            if (element instanceof WallElement.Box box) {
                Rectangle rectangle = new Rectangle(box.x(), box.y(), box.width(), box.height());
                rectangle.setFill(rgb(box.fill()));
                rectangle.setStroke(rgb(box.frame()));
                rectangle.setStrokeWidth(0.6);
                rectangle.setStrokeType(StrokeType.CENTERED);
                group.getChildren().add(rectangle);
                if (box.edge() > 0) {
                    Rectangle edge = new Rectangle(box.x(), box.y(), box.edge(), box.height());
                    edge.setFill(rgb(box.edgeColour()));
                    group.getChildren().add(edge);
                }
            } else if (element instanceof WallElement.Text text) {
                Text node = new Text(text.x(), text.baseline(), text.text());
                node.setTextOrigin(VPos.BASELINE);
                node.setFont(new Font(fontName, text.fontSize()));
                node.setFontSmoothingType(FontSmoothingType.GRAY);
                node.setFill(rgb(text.colour()));
                if (text.bold()) {
                    node.setStroke(rgb(text.colour()));
                    node.setStrokeWidth(text.fontSize() * WallChartPdf.BOLD_OUTLINE);
                }
                group.getChildren().add(node);
            }
        }
        return group;
    }

    private static Color rgb(int colour) {
        return Color.rgb((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF);
    }
}
