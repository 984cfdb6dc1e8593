package duban.domain;

import duban.i18n.Messages;

/**
 * The rule against spreadsheet formula injection (OWASP's "CSV injection"): Excel and WPS run a
 * cell whose text starts with {@code = + - @}, a tab or a carriage return as a formula, so
 * {@code =HYPERLINK(…)} in a 督办事项 would be a live link, and {@code @SUM(1+1)*cmd|…} a command.
 *
 * <p>A CSV export writes such a cell with a leading {@code '} ({@link #guard}), which the
 * spreadsheet shows as text; the import removes exactly that {@code '} again ({@link #unguard}),
 * so a ledger exported and imported again gives back its texts unchanged. Names (责任人, 责任领导,
 * units) have no reason to start so and are refused at input ({@link #startsLikeFormula}).
 */
public final class FormulaGuard {

    /** The characters a spreadsheet reads as the start of a formula. */
    public static final String LEADING_CHARACTERS = "=+-@\t\r";

    private static final char GUARD = '\'';

    private FormulaGuard() {
    }

    /** Whether {@code text} starts with a character a spreadsheet takes for a formula. */
    public static boolean startsLikeFormula(String text) {
        return text != null && !text.isEmpty() && LEADING_CHARACTERS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The text to write in a CSV cell: {@code text} with a leading {@code '} when it starts like a
     * formula, or when it starts with {@code '} before such text (else the import would take
     * that {@code '} for a guard and remove it), otherwise unchanged.
     */
    public static String guard(String text) {
        return text != null && needsGuard(text) ? GUARD + text : text;
    }

    /**
     * The text to write in a typed string cell (XLSX), which no spreadsheet runs: unchanged, except
     * text that starts with {@code '} before formula-like text (which the import would take for
     * guarded CSV text, as Excel keeps the {@code '} of a CSV cell): it gets one more {@code '}.
     */
    public static String guardForStringCell(String text) {
        return text != null && text.startsWith(String.valueOf(GUARD)) ? guard(text) : text;
    }

    /**
     * The text a cell meant: the {@link #guard} removed, i.e. a leading {@code '} dropped when
     * what follows starts like a formula (or is itself guarded text); any other text, one starting
     * with {@code '} before an ordinary character included, is returned unchanged.
     */
    public static String unguard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == GUARD && needsGuard(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean needsGuard(String text) {
        int quotes = 0;
        while (quotes < text.length() && text.charAt(quotes) == GUARD) {
            quotes++;
        }
        return startsLikeFormula(text.substring(quotes));
    }

    /**
     * Why {@code name} is refused as {@code field} (责任人, 牵头单位 …), in Chinese, or empty when it
     * does not start like a formula. Leading blanks do not count: the store trims them.
     */
    public static String refusal(String field, String name) {
        String stripped = name == null ? "" : name.strip();
        if (!startsLikeFormula(stripped)) {
            return "";
        }
        return Messages.get("formula.refused", field, stripped, String.valueOf(stripped.charAt(0)));
    }
}
