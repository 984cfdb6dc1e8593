package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invisible control characters are refused; tabs, line breaks and every visible script are not. */
class TextsTest {

    @Test
    void controlCharactersAreFoundWhereverTheyAre() {
        assertThat(Texts.hasControlCharacters("\u0000推进老旧小区改造")).isTrue();
        assertThat(Texts.hasControlCharacters("推进\u0007改造")).isTrue();
        assertThat(Texts.hasControlCharacters("改造\u001b")).isTrue();
    }

    @Test
    void ordinaryTextTabsLineBreaksAndOtherScriptsPass() {
        assertThat(Texts.hasControlCharacters("推进老旧小区改造, 年内完成 12 个小区")).isFalse();
        assertThat(Texts.hasControlCharacters("第一段\n第二段\r\n\t缩进")).isFalse();
        assertThat(Texts.hasControlCharacters("مرحبا 😀 Ünïcödé")).isFalse();
        assertThat(Texts.hasControlCharacters(null)).isFalse();
    }
}
