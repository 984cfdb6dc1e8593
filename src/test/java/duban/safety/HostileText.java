package duban.safety;

import java.util.List;
import java.util.Random;

/**
 * Generated odd and hostile text, from a seed (so that a failure can be repeated): very long
 * text, control characters, emoji with joiners and flags, right-to-left text and overrides, SQL
 * and format-string look-alikes, every kind of blank, combining marks, and plain Chinese, mixed.
 * A small hand-made generator: the project has no property-testing library (jqwik is not in the pom).
 */
final class HostileText {

    private static final List<String> PIECES = List.of(
            "青石镇供水", "督办事项", "关于", "Ω", "a", "Z", "0", " ", "  ",
            "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r\n", "\u001b[31m", "\u007f", "\u0085",
            "😀", "👨‍👩‍👧‍👦", "🇨🇳", "👍🏽", "🀄", "𠮷", "\ufe0f",
            "مرحبا", "שלום", "\u202e", "\u202d", "\u200f", "\u200b", "\u2066", "\ufeff",
            "'; DROP TABLE item; --", "\" OR 1=1 --", "%", "_", "\\", "\\'", "' OR ''='", "/* */", "NULL",
            "{0}", "{1,number}", "'{'", "''", "%s%n", "${jndi:x}", "<script>", "&amp;", "\u3000", "\u00a0",
            "e\u0301", "\u0301", "ﾃｽﾄ", "２０２６", "İ", "ß", "ǅ");
    private static final List<String> BLANKS = List.of("", " ", "   ", "\t", "\n", "\u3000", " \u3000 \t\r\n", "\u00a0");
    private static final List<String> DATES = List.of(
            "2026-02-30", "1900-01-01", "2026-13-01", "2026-00-10", "0000-00-00", "9999-12-31", "2026-2-3",
            "2026/11/21", "2026年11月21日", "２０２６－１１－２１", "2026-11-21T00:00", "20261121", "2026-11-21 ",
            "2026-11-21'; --", "-1", "", " ", "明天", "2026-02-29", "2028-02-29", "1899-12-31", "2026-11-21\u0000");

    private final Random random;
    private final boolean withNul;

    HostileText(long seed) {
        this(seed, true);
    }

    /** @param withNul whether the text may hold NUL (U+0000), which some paths are known not to check yet */
    HostileText(long seed, boolean withNul) {
        this.random = new Random(seed);
        this.withNul = withNul;
    }

    /** Text of up to about {@code maxLength} characters, sometimes far beyond it, sometimes blank. */
    String next(int maxLength) {
        String text = anyText(maxLength);
        return withNul ? text : text.replace("\u0000", "");
    }

    private String anyText(int maxLength) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return BLANKS.get(random.nextInt(BLANKS.size()));
        }
        if (kind == 1) {
            return "长".repeat(maxLength - 1 + random.nextInt(3)) + (random.nextBoolean() ? "😀" : "");
        }
        if (kind == 2) {
            return "x".repeat(maxLength * (2 + random.nextInt(50)));
        }
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    /** True one time in four: whether to make a field hostile. */
    boolean sometimes() {
        return random.nextInt(4) == 0;
    }

    /** A date as someone might type it, valid or not. */
    String nextDate() {
        return DATES.get(random.nextInt(DATES.size()));
    }

    /** Shows a string with its control and invisible characters escaped, for failure messages. */
    static String show(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x200b && c <= 0x206f) || c == 0xfeff || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown + (text.length() > 80 ? "…(" + text.length() + " chars)" : "");
    }
}
