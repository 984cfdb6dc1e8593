package duban.ui.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Chinese text may break into lines: the one rule of the board, the ledger window, the
 * printed pages and the PDF. Chinese breaks between any two characters, except that a date
 * (2027-04-13, 2027年4月13日, 10:30), a number with its unit (15 个工作日, 66.7 %, 3 项), a Latin
 * word, a known term (a unit's name, a column's header) and a unit-like name (县生态环境局,
 * 城关镇人民政府) stay whole; closing punctuation never starts a line (kinsoku) nor opening
 * punctuation ends one. What is wider than a whole line is broken between characters after all.
 * No toolkit: widths come from a {@link TextWidths} the caller measures with. Immutable.
 */
public final class LineBreakRule {

    /** The rule with no known terms: dates, numbers, Latin words and unit-like names stay whole. */
    public static final LineBreakRule STANDARD = new LineBreakRule(List.of());

    /** Characters that must not start a line. */
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〉〕”’…·%％,.;:?!)]}—～";
    /** Characters that must not end a line. */
    private static final String NO_BREAK_AFTER = "（《「『【〈〔“‘([{";
    private static final double TOLERANCE = 0.01;

    /** Dates, times and numbers with their units: the longest alternatives first. */
    private static final Pattern NUMBERS = Pattern.compile(
            "\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号]"
            + "|\\d{4}\\s?年\\s?\\d{1,2}\\s?月|\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号]"
            + "|第\\s?\\d+(?:\\.\\d+)?\\s?(?:个工作日|个月|[项条次页行名批期轮天周年季])"
            + "|\\d+(?:[.,:/\\-]\\d+)*(?:\\s?(?:个工作日|个自然日|个单位|个小区|个月|工作日|自然日|小时|分钟"
            + "|万元|亿元|平方米|公里|千米|[%％个项天日次件人户元米亩吨年月号时分秒周名家所座条份页处批期倍岁位届轮])"
            + "(?![A-Za-z]))?");
    /** Administrative prefixes a unit's name starts with. */
    private static final String UNIT_PREFIXES = "省市县区州旗";
    /** How names of offices, towns and bodies end, longest first. */
    private static final List<String> UNIT_SUFFIXES = List.of("街道办事处", "人民政府", "委员会", "办公室", "管委会",
            "街道", "中心", "政府", "公司", "分局", "社区", "局", "委", "办", "镇", "乡", "院", "所", "站", "队", "馆", "厅", "处");
    /** Unit suffixes common enough inside ordinary words (办理, 督办) that only a prefixed name claims them. */
    private static final String PREFIXED_ONLY = "办院所站队馆厅处";
    private static final int LONGEST_UNIT_NAME = 14;

    private final List<String> terms;
    /** The terms by their first character, longest first: a cell looks up only those that can start at a place. */
    private final Map<Character, List<String>> termsByFirst;

    private LineBreakRule(Collection<String> terms) {
        this.terms = terms.stream().filter(Objects::nonNull).map(String::strip).filter(term -> term.length() > 1)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String term : this.terms) {
            byFirst.computeIfAbsent(term.charAt(0), first -> new ArrayList<>()).add(term);
        }
        this.termsByFirst = byFirst;
    }

    /** This rule, also keeping {@code knownTerms} (units' names, headers) whole where they fit. */
    public LineBreakRule withTerms(Collection<String> knownTerms) {
        List<String> all = new ArrayList<>(terms);
        all.addAll(knownTerms);
        return new LineBreakRule(all);
    }

    /** The known terms, longest first. */
    public List<String> terms() {
        return terms;
    }

    /**
     * The pieces of one paragraph (no newline) between which a line may break, in order: joined,
     * they give the paragraph back. A space belongs to the piece before it.
     */
    public List<String> segments(String paragraph) {
        boolean[] joined = joinedToPrevious(paragraph);
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= paragraph.length(); i++) {
            if (i == paragraph.length() || !joined[i]) {
                segments.add(paragraph.substring(start, i));
                start = i;
            }
        }
        return segments;
    }

    /**
     * The lines of {@code text} within {@code width}, as {@code widths} measures: newlines are
     * kept, spaces at a line's ends dropped, and nothing is lost. None for empty text.
     */
    public List<String> lines(String text, double width, TextWidths widths) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            paragraph(paragraph, width, widths, lines);
        }
        return lines;
    }

    /** {@link #lines} joined by newlines: text a wrapping node shows as broken here. */
    public String wrap(String text, double width, TextWidths widths) {
        return text == null ? "" : String.join("\n", lines(text, width, widths));
    }

    private void paragraph(String text, double width, TextWidths widths, List<String> lines) {
        if (text.isBlank()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        for (String segment : segments(text)) {
            String ink = stripEnd(segment);
            double inkWidth = widths.width(ink);
            if (line.length() == 0 && ink.isEmpty()) {
                continue;
            }
            if (lineWidth + inkWidth <= width + TOLERANCE) {
                line.append(segment);
                lineWidth += widths.width(segment);
                continue;
            }
            if (!stripEnd(line).isEmpty()) {
                lines.add(stripEnd(line));
            }
            line.setLength(0);
            lineWidth = 0;
            if (inkWidth <= width + TOLERANCE) {
                line.append(segment);
                lineWidth = widths.width(segment);
            } else {
                // Wider than a whole line: broken between characters after all.
                for (int k = 0; k < segment.length(); ) {
                    int codePoint = segment.codePointAt(k);
                    String character = new String(Character.toChars(codePoint));
                    double charWidth = widths.width(character);
                    if (lineWidth + charWidth > width + TOLERANCE && line.length() > 0) {
                        lines.add(stripEnd(line));
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(character);
                    lineWidth += charWidth;
                    k += character.length();
                }
            }
        }
        if (!stripEnd(line).isEmpty()) {
            lines.add(stripEnd(line));
        }
    }

    /** For each index, whether the character there must stay on the line of the one before it. */
    private boolean[] joinedToPrevious(String s) {
        int n = s.length();
        boolean[] joined = new boolean[n + 1];
        for (int i = 1; i < n; i++) {
            char before = s.charAt(i - 1);
            char at = s.charAt(i);
            if (Character.isLowSurrogate(at)) {
                joined[i] = true;
            } else if (before == ' ') {
                joined[i] = false;
            } else if (at == ' ' || NO_BREAK_BEFORE.indexOf(at) >= 0 || NO_BREAK_AFTER.indexOf(before) >= 0) {
                joined[i] = true;
            } else {
                // Latin letters and digits run together; Chinese may break on either side.
                joined[i] = !breaksAnywhere(s.codePointBefore(i)) && !breaksAnywhere(s.codePointAt(i));
            }
        }
        for (int[] span : wholeSpans(s)) {
            for (int i = span[0] + 1; i < span[1]; i++) {
                joined[i] = true;
            }
        }
        return joined;
    }

    /** The spans [start, end) that stay whole: known terms, numbers and dates, unit-like names. */
    private List<int[]> wholeSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        boolean[] taken = new boolean[s.length()];
        for (int at = 0; at < s.length(); at++) {
            for (String term : termsByFirst.getOrDefault(s.charAt(at), List.of())) {
                if (s.startsWith(term, at)) {
                    take(spans, taken, at, at + term.length());
                    at += term.length() - 1;
                    break;
                }
            }
        }
        Matcher numbers = NUMBERS.matcher(s);
        while (numbers.find()) {
            if (numbers.end() - numbers.start() > 1 && free(taken, numbers.start(), numbers.end())) {
                take(spans, taken, numbers.start(), numbers.end());
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (taken[i]) {
                continue;
            }
            int end = unitNameEnd(s, i);
            if (end > i + 1 && free(taken, i, end)) {
                take(spans, taken, i, end);
                i = end - 1;
            }
        }
        return spans;
    }

    /**
     * The end of a unit-like name starting at {@code start}, or {@code start}: a prefixed name
     * (县 … 局, up to the shortest suffix, extended by suffixes that follow: 县委办公室), or two
     * characters before a distinctive suffix (财政局, 青石镇, 数据中心).
     */
    private static int unitNameEnd(String s, int start) {
        boolean prefixed = UNIT_PREFIXES.indexOf(s.charAt(start)) >= 0;
        int limit = Math.min(s.length(), start + LONGEST_UNIT_NAME);
        for (int end = start + 2; end <= limit; end++) {
            if (!isHan(s.charAt(end - 1))) {
                return start;
            }
            String suffix = suffixEnding(s, start, end, prefixed);
            if (suffix == null) {
                continue;
            }
            if (!prefixed && end - suffix.length() - start != 2) {
                return start;
            }
            String more;
            while (end < s.length() && (more = suffixStarting(s, end)) != null) {
                end += more.length();
            }
            return end;
        }
        return start;
    }

    private static String suffixEnding(String s, int start, int end, boolean prefixed) {
        for (String suffix : UNIT_SUFFIXES) {
            int from = end - suffix.length();
            if (from > start && s.startsWith(suffix, from)
                    && (prefixed || suffix.length() > 1 || PREFIXED_ONLY.indexOf(suffix.charAt(0)) < 0)
                    && !(suffix.equals("乡") && s.startsWith("城乡", from - 1))) {
                return suffix;
            }
        }
        return null;
    }

    private static String suffixStarting(String s, int at) {
        for (String suffix : UNIT_SUFFIXES) {
            if (suffix.length() > 1 && s.startsWith(suffix, at)) {
                return suffix;
            }
        }
        return null;
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(List<int[]> spans, boolean[] taken, int start, int end) {
        spans.add(new int[] {start, end});
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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

    private static String stripEnd(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.subSequence(0, end).toString();
    }
}
