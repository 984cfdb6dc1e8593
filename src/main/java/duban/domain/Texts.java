package duban.domain;

/** Rules for the text users type or import. */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether {@code text} holds an invisible control character other than tab and line breaks.
     * Such text is refused with a message: SQLite's {@code length()} stops at NUL, so a title
     * starting with one would pass the form's checks and then fail the table's CHECK.
     */
    public static boolean hasControlCharacters(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\t' && c != '\n' && c != '\r');
    }
}
