package duban.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cell text wraps as Chinese documents do: anywhere between Chinese characters, never inside a date. */
class LineBreakerTest {

    /** Every character half an em or a whole one: widths easy to reckon with. */
    private final TextMeasure measure = TextMeasure.approximate();

    private List<String> lines(String text, double widthInEm) {
        return LineBreaker.lines(text, widthInEm * 10, 10, measure);
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharactersAndEveryLineFits() {
        assertThat(lines("推进城区老旧小区改造工作", 5)).containsExactly("推进城区老", "旧小区改造", "工作");
        for (String line : lines("推进城区老旧小区改造，落实河长制巡河责任。完成 2026 年度任务", 7)) {
            assertThat(measure.width(line, 10)).isLessThanOrEqualTo(70);
        }
    }

    @Test
    void datesAndLatinWordsStayWholeWhereTheyFit() {
        assertThat(lines("2026-11-21: 已完成初步方案", 6)).containsExactly("2026-11-21:", "已完成初步方", "案");
        assertThat(lines("Smart City platform", 6)).containsExactly("Smart City", "platform");
        // Wider than the cell: broken between characters after all.
        assertThat(lines("2026-11-21", 3)).containsExactly("2026-1", "1-21");
    }

    @Test
    void aChineseDateAndANumberWithItsUnitStayWhole() {
        assertThat(lines("截至2026年12月5日，办结", 8)).containsExactly("截至", "2026年12月5日，", "办结");
        assertThat(lines("共计12项任务", 3)).containsExactly("共计", "12项任", "务");
    }

    @Test
    void newlinesAreKeptAndEmptyTextHasNoLines() {
        assertThat(lines("第一行\n第二行", 10)).containsExactly("第一行", "第二行");
        assertThat(lines("第一行\n\n第三行", 10)).containsExactly("第一行", "", "第三行");
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void closingPunctuationNeverStartsALineNorOpeningPunctuationEndsOne() {
        assertThat(lines("推进城区改造，落实责任", 6)).containsExactly("推进城区改", "造，落实责任");
        assertThat(lines("推进城区改（落实）", 6)).containsExactly("推进城区改", "（落实）");
        for (String line : lines("做好防汛抗旱物资储备，整治农村人居环境。化解信访积案、推动建设", 4)) {
            assertThat(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("、");
        }
    }
}
