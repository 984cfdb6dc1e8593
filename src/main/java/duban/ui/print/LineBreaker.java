package duban.ui.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks cell text into lines that fit a width: Chinese may break between any two characters,
 * Latin words and numbers (such as dates) stay whole where they fit, newlines are kept, and
 * closing punctuation never starts a line nor opening punctuation ends one.
 */
public final class LineBreaker {

    /** Characters that must not start a line. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〉〕”’…·%,.;:?!)]}—～";
    /** Characters that must not end a line. */
    private static final String NO_BREAK_AFTER = "（《「『【〈〔“‘([{";
    private static final double TOLERANCE = 0.01;
    /** Units a number is not parted from. */
    private static final String NUMBER_UNITS = "年月日号时分秒天项个次位件";

    private LineBreaker() {
    }

    /** The lines of {@code text} within {@code width} at {@code fontSize}; none for empty text. */
    public static List<String> lines(String text, double width, double fontSize, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            paragraph(text.substring(start, end), width, fontSize, measure, lines);
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** CJK ideographs, kana, hangul and full-width punctuation: a line may break before and after each. */
    public static boolean breaksAnywhere(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF)
                || (codePoint >= 0x2018 && codePoint <= 0x201F) || codePoint == 0x2026 || codePoint == 0x00B7
                || codePoint == 0x2014;
    }

    private static void paragraph(String text, double width, double fontSize, TextMeasure measure,
                                  List<String> lines) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = unitEnd(text, i);
            boolean space = text.charAt(i) == ' ';
            double unitWidth = measure.width(text, i, end, fontSize);
            if (space) {
                if (line.length() > 0) {
                    line.append(' ');
                    lineWidth += unitWidth;
                }
            } else if (lineWidth + unitWidth <= width + TOLERANCE) {
                line.append(text, i, end);
                lineWidth += unitWidth;
            } else {
                if (!line.toString().isBlank()) {
                    lines.add(stripEnd(line));
                }
                line.setLength(0);
                lineWidth = 0;
                if (unitWidth <= width + TOLERANCE) {
                    line.append(text, i, end);
                    lineWidth = unitWidth;
                } else {
                    // A word wider than the cell: break it between characters.
                    for (int k = i; k < end; ) {
                        int codePoint = text.codePointAt(k);
                        double charWidth = measure.charWidth(codePoint, fontSize);
                        if (lineWidth + charWidth > width + TOLERANCE && line.length() > 0) {
                            lines.add(line.toString());
                            line.setLength(0);
                            lineWidth = 0;
                        }
                        line.appendCodePoint(codePoint);
                        lineWidth += charWidth;
                        k += Character.charCount(codePoint);
                    }
                }
            }
            i = end;
        }
        if (!line.toString().isBlank()) {
            lines.add(stripEnd(line));
        }
    }

    /** The end of the unbreakable unit starting at {@code i}: a space, a CJK character or a word, with its punctuation. */
    private static int unitEnd(String text, int i) {
        int n = text.length();
        if (text.charAt(i) == ' ') {
            return i + 1;
        }
        int j = i;
        // Opening punctuation sticks to what follows.
        while (j < n && NO_BREAK_AFTER.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j < n && text.charAt(j) != ' ') {
            int codePoint = text.codePointAt(j);
            if (breaksAnywhere(codePoint) && NO_BREAK_BEFORE.indexOf(text.charAt(j)) < 0) {
                j += Character.charCount(codePoint);
            } else {
                boolean more = true;
                while (more) {
                    while (j < n) {
                        int next = text.codePointAt(j);
                        if (next == ' ' || breaksAnywhere(next) || (j > i && NO_BREAK_AFTER.indexOf(text.charAt(j)) >= 0)) {
                            break;
                        }
                        j += Character.charCount(next);
                    }
                    // A number keeps its unit and a date its parts: 2026年12月5日 and 12月 stay whole.
                    more = false;
                    if (j > i && j < n && Character.isDigit(text.charAt(j - 1))
                            && NUMBER_UNITS.indexOf(text.charAt(j)) >= 0) {
                        j++;
                        more = j < n && Character.isDigit(text.charAt(j));
                    }
                }
            }
        }
        // Closing punctuation sticks to what precedes.
        while (j < n && NO_BREAK_BEFORE.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return Math.max(j, i + Character.charCount(text.codePointAt(i)));
    }

    private static String stripEnd(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
