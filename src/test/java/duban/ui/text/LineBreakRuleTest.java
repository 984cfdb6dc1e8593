package duban.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The one line-breaking rule: dates, numbers with their units and unit names are never split
 * where they fit on a line; Chinese otherwise breaks between characters; no 。，） starts a line.
 * Widths as on paper: a CJK character one em (10), anything else half an em.
 */
class LineBreakRuleTest {

    private static final TextWidths WIDTHS = text -> text.codePoints()
            .mapToDouble(c -> LineBreakRule.breaksAnywhere(c) ? 10 : 5).sum();
    private static final List<String> UNITS = List.of("县生态环境局", "县住房和城乡建设局", "城关镇人民政府", "县发展和改革局",
            "县财政局", "青石镇");
    private static final LineBreakRule RULE = LineBreakRule.STANDARD.withTerms(UNITS);
    private static final String CLOSING = "，。、；：？！）》」』】";

    private static List<String> lines(String text, double widthInEm) {
        return RULE.lines(text, widthInEm * 10, WIDTHS);
    }

    @Test
    void theIssuesBrokenWordsStayWhole() {
        assertThat(lines("督促县生态环境局抓紧整改", 7)).containsExactly("督促", "县生态环境局抓", "紧整改");
        // 原时限 is a word of the ledger's (LedgerBreaks), not of the standard rule.
        assertThat(LineBreakRule.STANDARD.withTerms(List.of("原时限")).lines("已延期 1 次，原时限 2027-04-13", 90, WIDTHS))
                .containsExactly("已延期 1 次，", "原时限 2027-04-13");
        assertThat(lines("完成 15 个工作日内报送", 6)).containsExactly("完成", "15 个工作日", "内报送");
        assertThat(lines("办结率 66.7 % 居首", 5)).containsExactly("办结率", "66.7 % 居", "首");
        assertThat(lines("截至2027年4月13日办结", 7)).containsExactly("截至", "2027年4月13日", "办结");
    }

    @Test
    void unitLikeNamesStayWholeWithoutBeingKnown() {
        LineBreakRule plain = LineBreakRule.STANDARD;
        assertThat(plain.segments("督促县农业农村局整改")).contains("县农业农村局");
        assertThat(plain.segments("由财政局牵头")).contains("财政局");
        assertThat(plain.segments("县委办公室")).containsExactly("县委办公室");
        assertThat(plain.segments("推进城乡一体化")).doesNotContain("城乡");
    }

    @Test
    void whatIsWiderThanALineIsBrokenBetweenCharactersAfterAll() {
        assertThat(lines("县住房和城乡建设局", 4)).containsExactly("县住房和", "城乡建设", "局");
        assertThat(lines("2026-11-21", 3)).containsExactly("2026-1", "1-21");
    }

    @Property(seed = "18", tries = 300)
    void wholePiecesAreNeverSplitWhereTheyFit(@ForAll("sentences") Sentence sentence, @ForAll("widths") int widthInEm) {
        List<String> lines = lines(sentence.text(), widthInEm);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(sentence.text().replace(" ", ""));
        for (String line : lines) {
            assertThat(WIDTHS.width(line)).isLessThanOrEqualTo(widthInEm * 10 + 0.01);
            assertThat(CLOSING.indexOf(line.charAt(0))).as("line starts with closing punctuation: %s", line).isNegative();
        }
        // Closing punctuation right after the piece goes with it (kinsoku): both must fit.
        String after = sentence.text().substring(sentence.text().indexOf(sentence.whole()) + sentence.whole().length());
        String withPunctuation = sentence.whole() + after.substring(0, after.length() - after.replaceAll("^[，。、]+", "").length());
        if (WIDTHS.width(withPunctuation) <= widthInEm * 10) {
            assertThat(lines).as("%s split in %s", sentence.whole(), lines)
                    .anySatisfy(line -> assertThat(line).contains(sentence.whole()));
        }
    }

    /** A Chinese sentence with one piece that must stay whole: a date, a number with its unit, a unit's name. */
    record Sentence(String text, String whole) {
    }

    @Provide
    Arbitrary<Sentence> sentences() {
        Arbitrary<String> chinese = Arbitraries.strings().withChars("推进城区老旧小区改造落实河长制巡河责任完成年度任务，。、")
                .ofMinLength(0).ofMaxLength(14).map(text -> text.replaceAll("^[，。、]+", ""));
        Arbitrary<String> dates = Combinators.combine(Arbitraries.integers().between(2020, 2030),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28), Arbitraries.of(true, false))
                .as((year, month, day, iso) -> iso ? String.format("%d-%02d-%02d", year, month, day)
                        : year + "年" + month + "月" + day + "日");
        Arbitrary<String> whole = Arbitraries.oneOf(dates,
                Arbitraries.integers().between(1, 999).flatMap(n -> Arbitraries.of(
                        n + " 个工作日", n + " 项", n + "项", n + ".5 %", n + " 天", n + " 个单位")),
                Arbitraries.of(UNITS));
        return Combinators.combine(chinese, whole, chinese).as((before, piece, after) -> new Sentence(
                before + piece + after, piece));
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.integers().between(3, 12);
    }
}
