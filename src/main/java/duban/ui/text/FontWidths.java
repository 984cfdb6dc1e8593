package duban.ui.text;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of text in a JavaFX font, each character measured once and remembered, so that a cell
 * broken by {@link LineBreakRule} costs lookups rather than text layouts. FX thread only.
 */
public final class FontWidths implements TextWidths {

    private static final Map<Font, FontWidths> BY_FONT = new HashMap<>();

    private final Text probe = new Text();
    private final Map<Integer, Double> advances = new HashMap<>();

    private FontWidths(Font font) {
        probe.setFont(font);
    }

    /** The widths of {@code font}, shared by every node drawn in it. */
    public static FontWidths of(Font font) {
        return BY_FONT.computeIfAbsent(font, FontWidths::new);
    }

    @Override
    public double width(String text) {
        double total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            total += advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return total;
    }

    private double advance(int codePoint) {
        Double known = advances.get(codePoint);
        if (known == null) {
            // A space alone measures as nothing: take it between two letters instead.
            if (codePoint == ' ') {
                probe.setText("x x");
                double both = probe.getLayoutBounds().getWidth();
                probe.setText("xx");
                known = both - probe.getLayoutBounds().getWidth();
            } else {
                probe.setText(new String(Character.toChars(codePoint)));
                known = probe.getLayoutBounds().getWidth();
            }
            advances.put(codePoint, known);
        }
        return known;
    }
}
