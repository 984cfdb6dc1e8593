package duban.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds half-width {@code , : ; ( )} inside Chinese text: the rule {@link FullWidthPunctuationTest}
 * holds the bundle, the FXML and the Java literals to.
 *
 * <p>A comma, colon or semicolon is Chinese punctuation when the nearest character on either side
 * (skipping spaces, not crossing a line) is a CJK character: an ideograph, CJK or full-width
 * punctuation, or Chinese quotes. So {@code 10:30}, {@code {0}:{1}}, {@code --status, --overdue} and
 * {@code javafx:run} pass, {@code 协办: {0}} does not. A pair of
 * half-width parentheses is Chinese when its content holds a CJK character or a CJK character stands
 * right outside it ({@code 表格文件 (*.xlsx)}); a half-width parenthesis closing a full-width one, or
 * the reverse, is always a mistake.
 */
final class HalfWidthMarks {

    private HalfWidthMarks() {
    }

    /** The offsets in {@code text} of every half-width mark that should be full-width. */
    static List<Integer> offsets(String text) {
        List<Integer> found = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == ';') {
                if (isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, +1))) {
                    found.add(i);
                }
            } else if (c == '(' || c == '（') {
                open.push(i);
            } else if (c == ')' || c == '）') {
                if (open.isEmpty()) {
                    if (c == ')' && (isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, +1)))) {
                        found.add(i);
                    }
                    continue;
                }
                int start = open.pop();
                boolean halfOpen = text.charAt(start) == '(';
                boolean halfClose = c == ')';
                if (halfOpen != halfClose) {
                    found.add(halfOpen ? start : i);
                } else if (halfOpen && (isCjk(neighbour(text, start, -1)) || isCjk(neighbour(text, i, +1))
                        || containsCjk(text, start + 1, i))) {
                    found.add(start);
                    found.add(i);
                }
            }
        }
        for (int start : open) {
            if (text.charAt(start) == '(' && (isCjk(neighbour(text, start, -1)) || isCjk(neighbour(text, start, +1)))) {
                found.add(start);
            }
        }
        found.sort(null);
        return found;
    }

    /** {@code text} with every offending mark bracketed, for the failure message. */
    static String marked(String text) {
        StringBuilder out = new StringBuilder(text);
        List<Integer> offsets = offsets(text);
        for (int k = offsets.size() - 1; k >= 0; k--) {
            int at = offsets.get(k);
            out.replace(at, at + 1, "[" + text.charAt(at) + "]");
        }
        return out.toString().replace("\n", "\\n");
    }

    /**
     * The nearest character from {@code at} towards {@code direction} (-1 left, +1 right), past
     * spaces; -1 at the text's or the line's end. A placeholder counts as what it is, a brace: its
     * value may be Latin ({@code {0}:{1}} is a server's host and port).
     */
    private static int neighbour(String text, int at, int direction) {
        int i = at + direction;
        while (i >= 0 && i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u3000') {
                i += direction;
            } else {
                return c == '\n' || c == '\r' ? -1 : c;
            }
        }
        return -1;
    }

    private static boolean containsCjk(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Ideographs, CJK and full-width punctuation, and the Chinese quotation marks. */
    static boolean isCjk(int c) {
        if (c < 0) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2018 && c <= 0x201F) || c == 0x2026;
    }
}
