package duban.ledger.export;

/**
 * How wide text prints in a spreadsheet column, in Excel's width units (one Latin digit): a
 * Chinese character counts 2. Used to size columns and to estimate how many lines wrapped text
 * takes, since a streamed sheet cannot measure its cells.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The width of the widest line of {@code text}. */
    static int of(String text) {
        if (text == null) {
            return 0;
        }
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                widest = Math.max(widest, line);
                line = 0;
            } else if (codePoint != '\r') {
                line += isWide(codePoint) ? 2 : 1;
            }
        }
        return Math.max(widest, line);
    }

    /** How many lines {@code text} takes when wrapped in a column {@code columnWidth} units wide. */
    static int lineCount(String text, int columnWidth) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        // The cell's padding and the wrap at a whole character take about one unit of the width.
        int usable = Math.max(1, columnWidth - 1);
        int count = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                count += wrapped(line, usable);
                line = 0;
            } else if (codePoint != '\r') {
                line += isWide(codePoint) ? 2 : 1;
            }
        }
        return count + wrapped(line, usable);
    }

    private static int wrapped(int lineWidth, int usable) {
        return Math.max(1, (lineWidth + usable - 1) / usable);
    }

    /** East Asian wide and full-width characters: Hangul Jamo, CJK from U+2E80, full-width forms. */
    static boolean isWide(int codePoint) {
        if (codePoint >= 0x1100 && codePoint <= 0x115F) {
            return true;
        }
        if (codePoint >= 0xFF61 && codePoint <= 0xFFDC) {
            return false; // half-width forms
        }
        return codePoint >= 0x2E80 && codePoint <= 0xFFFD || codePoint >= 0x20000;
    }
}
