package duban.ui.print;

/**
 * How wide text is at a font size, and how tall its lines: what the page layout needs from a
 * font. The PDF, the preview and the printer draw with the same font file, so that text laid out
 * with these widths fits its cells everywhere.
 */
public interface TextMeasure {

    /** The advance width of one character (a Unicode code point) at {@code fontSize}, in points. */
    double charWidth(int codePoint, double fontSize);

    /** The distance from one line's baseline to the next at {@code fontSize}, in points. */
    double lineHeight(double fontSize);

    /** The distance from the top of a line (as tall as {@link #lineHeight}) to its baseline. */
    double baseline(double fontSize);

    /** The width of {@code text} drawn on one line at {@code fontSize}, in points. */
    default double width(CharSequence text, double fontSize) {
        return width(text, 0, text.length(), fontSize);
    }

    /** The width of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
    default double width(CharSequence text, int start, int end, double fontSize) {
        double total = 0;
        for (int i = start; i < end; ) {
            int codePoint = Character.codePointAt(text, i);
            total += charWidth(codePoint, fontSize);
            i += Character.charCount(codePoint);
        }
        return total;
    }

    /**
     * {@code text} with every character the font cannot draw replaced by one it can, so that the
     * PDF never meets a character without a glyph. The default keeps the text as it is.
     */
    default String printable(String text) {
        return text;
    }

    /**
     * Widths without a font file: a CJK character one em, anything else half an em, lines 1.3 em.
     * For layouts where no Chinese font is installed and for tests of the layout's rules.
     */
    static TextMeasure approximate() {
        return new TextMeasure() {
            @Override
            public double charWidth(int codePoint, double fontSize) {
                return (LineBreaker.breaksAnywhere(codePoint) ? 1.0 : 0.5) * fontSize;
            }

            @Override
            public double lineHeight(double fontSize) {
                return 1.3 * fontSize;
            }

            @Override
            public double baseline(double fontSize) {
                return 1.03 * fontSize;
            }
        };
    }
}
