package duban.ui.print;

import duban.ui.text.LineBreakRule;
import java.util.List;

/**
 * Breaks cell text into lines that fit a width on paper, by {@link LineBreakRule}: the rule the
 * board and the ledger window break by too, so a date, a number with its unit or a unit's name
 * is whole on screen, in the preview, on paper and in the PDF alike.
 */
public final class LineBreaker {

    private LineBreaker() {
    }

    /** The lines of {@code text} within {@code width} at {@code fontSize}; none for empty text. */
    public static List<String> lines(String text, double width, double fontSize, TextMeasure measure) {
        return lines(text, width, fontSize, measure, LineBreakRule.STANDARD);
    }

    /** As {@link #lines(String, double, double, TextMeasure)}, keeping {@code rule}'s known terms whole too. */
    public static List<String> lines(String text, double width, double fontSize, TextMeasure measure,
                                     LineBreakRule rule) {
        return rule.lines(text, width, piece -> measure.width(piece, fontSize));
    }

    /** CJK ideographs, kana, hangul and full-width punctuation: a line may break before and after each. */
    public static boolean breaksAnywhere(int codePoint) {
        return LineBreakRule.breaksAnywhere(codePoint);
    }
}
