package duban.ledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Print widths of mixed Chinese and Latin text, and the lines it wraps to. */
class TextWidthTest {

    @Test
    void aChineseCharacterCountsTwoAndTheWidestLineWins() {
        assertThat(TextWidth.of("督办事项")).isEqualTo(8);
        assertThat(TextWidth.of("2026-11-21")).isEqualTo(10);
        assertThat(TextWidth.of("第3项，共5项")).as("full-width comma").isEqualTo(12);
        assertThat(TextWidth.of("短\r\n长一些的行")).isEqualTo(10);
        assertThat(TextWidth.of("")).isZero();
        assertThat(TextWidth.of(null)).isZero();
        assertThat(TextWidth.of("ｱｲｳ")).as("half-width katakana").isEqualTo(3);
    }

    @Test
    void wrappedTextTakesAsManyLinesAsItsWidthNeeds() {
        assertThat(TextWidth.lineCount("", 10)).isEqualTo(1);
        assertThat(TextWidth.lineCount("督办", 10)).isEqualTo(1);
        assertThat(TextWidth.lineCount("督办事项台账", 10)).as("12 units in 9 usable").isEqualTo(2);
        assertThat(TextWidth.lineCount("督办事项台账督办事项台账督办事项", 10)).isEqualTo(4);
        assertThat(TextWidth.lineCount("一\n二\n三", 10)).isEqualTo(3);
        assertThat(TextWidth.lineCount("督办事项台账\n一", 10)).isEqualTo(3);
    }
}
