package duban.ui.text;

/** How wide a piece of text is drawn, in the caller's units (points on paper, pixels on screen). */
@FunctionalInterface
public interface TextWidths {

    /** The width of {@code text} drawn on one line. */
    double width(String text);
}
