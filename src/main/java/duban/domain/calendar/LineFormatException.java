package duban.domain.calendar;

/**
 * A line of a hand-editable text (the holiday calendar, the default-limits table) that cannot be
 * read. The message is Chinese and names the line ("第 12 行: ..."), ready to show to the user.
 */
public final class LineFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    /**
     * @param lineNumber the 1-based line, or 0 when the problem is the text as a whole (such as a
     *                   missing 年份 line)
     * @param message    the Chinese message shown to the user
     */
    public LineFormatException(int lineNumber, String message) {
        super(message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line number, or 0 when no single line is at fault. */
    public int lineNumber() {
        return lineNumber;
    }
}
