package duban.ledger.print;

/**
 * One thing drawn on a printed page, in points from the page's top-left corner, y downwards
 * (as in JavaFX; the PDF flips it). The preview, the printer and the PDF draw the same elements.
 */
public sealed interface PageElement {

    /** Text on one line; {@code baseline} is the y of the text's baseline. Bold text is drawn with a thin outline. */
    record Text(String text, double x, double baseline, double fontSize, boolean bold) implements PageElement {
    }

    /** A straight black rule {@code width} points thick. */
    record Line(double x1, double y1, double x2, double y2, double width) implements PageElement {
    }

    /** A rectangle filled with grey ({@code 0} black, {@code 1} white); {@code y} is its top. */
    record Fill(double x, double y, double width, double height, double gray) implements PageElement {
    }
}
