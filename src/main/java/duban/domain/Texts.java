package duban.domain;

/** Rules for the text users type or import. */
public final class Texts {

    private Texts() {
    }

    /**
     * Whether {@code text} holds a character that cannot be stored as typed: an invisible control
     * character other than tab and line breaks (SQLite's {@code length()} stops at NUL, so a title
     * starting with one would pass the form's checks and then fail the table's CHECK), or half of a
     * surrogate pair (not a character at all; UTF-8 would store it as "?"). Such text is refused
     * with a message rather than stored otherwise than shown.
     */
    public static boolean hasInvalidCharacters(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
    }

    /**
     * {@code text} as part of a file or folder name Windows, WPS and a shared folder accept: the
     * characters Windows forbids and control characters become _, and so do leading or trailing
     * dots and blanks (Windows drops them, so two names would meet); never empty.
     */
    public static String fileNamePart(String text) {
        String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        cleaned = cleaned.replaceAll("^[.\\s]+|[.\\s]+$", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
