package duban.ui.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as office staff type them: 2026-12-31, 2026/12/31, 2026.12.31, 20261231 and
 * 2026年12月31日 all mean the same day; shown back as 2026-12-31. No JavaFX here, so the view
 * models and their tests use it directly.
 */
public final class DateText {

    /** How dates are shown: the ISO form the database file and the ledger use. */
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final List<Pattern> FORMS = List.of(
            // One separator used twice: 2026-12-31, 2026/12/31, 2026.12.31 (month and day may be one digit).
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"),
            Pattern.compile("(\\d{4})()(\\d{2})(\\d{2})"),
            Pattern.compile("(\\d{4})\\s*年()\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?"));

    private DateText() {
    }

    /** The date {@code text} stands for, or empty when it is blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = toHalfWidth(text.strip());
        for (Pattern form : FORMS) {
            Matcher match = form.matcher(normalized);
            if (match.matches()) {
                return dateOf(match.group(1), match.group(3), match.group(4));
            }
        }
        return Optional.empty();
    }

    /** The text shown for {@code date}: {@code 2026-12-31}, or empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    private static Optional<LocalDate> dateOf(String year, String month, String day) {
        int y = Integer.parseInt(year);
        // Four digits that are not a plausible year are a typo (0202, 9026), not a date.
        if (y < 1900 || y > 2999) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** Chinese input methods often type full-width digits and punctuation (２０２６／１２／３１). */
    private static String toHalfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '／') {
                out.append('/');
            } else if (c == '－') {
                out.append('-');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
