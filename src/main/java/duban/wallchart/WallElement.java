package duban.wallchart;

/**
 * One thing drawn on a wall-chart page, in points from the page's top-left corner, y downwards.
 * The PDF, the printer and the preview draw the same elements; colours are {@code 0xRRGGBB}.
 */
sealed interface WallElement {

    /** A rectangle filled with {@code fill}, framed in {@code frame} ({@code edge} points wide on the left). */
    record Box(double x, double y, double width, double height, int fill, int frame, double edge, int edgeColour)
            implements WallElement {
    }

    /** Text on one line; {@code baseline} is the y of its baseline. */
    record Text(String text, double x, double baseline, double fontSize, boolean bold, int colour)
            implements WallElement {
    }
}
