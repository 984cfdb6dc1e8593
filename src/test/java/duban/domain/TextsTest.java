package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invisible control characters are refused; tabs, line breaks and every visible script are not. */
class TextsTest {

    @Test
    void controlCharactersAreFoundWhereverTheyAre() {
        assertThat(Texts.hasInvalidCharacters("\u0000推进老旧小区改造")).isTrue();
        assertThat(Texts.hasInvalidCharacters("推进\u0007改造")).isTrue();
        assertThat(Texts.hasInvalidCharacters("改造\u001b")).isTrue();
        assertThat(Texts.hasInvalidCharacters("周\ud800建平")).as("half a surrogate pair").isTrue();
        assertThat(Texts.hasInvalidCharacters("𠮷野家")).as("a whole pair").isFalse();
    }

    @Test
    void ordinaryTextTabsLineBreaksAndOtherScriptsPass() {
        assertThat(Texts.hasInvalidCharacters("推进老旧小区改造，年内完成 12 个小区")).isFalse();
        assertThat(Texts.hasInvalidCharacters("第一段\n第二段\r\n\t缩进")).isFalse();
        assertThat(Texts.hasInvalidCharacters("مرحبا 😀 Ünïcödé")).isFalse();
        assertThat(Texts.hasInvalidCharacters(null)).isFalse();
    }

    @Test
    void aNameBecomesAFileNameWindowsAcceptsAndNeverAnEmptyOne() {
        assertThat(Texts.fileNamePart("县住房和城乡建设局")).isEqualTo("县住房和城乡建设局");
        assertThat(Texts.fileNamePart("\"智慧城市\", 一期/二期: 验收?")).isEqualTo("_智慧城市_, 一期_二期_ 验收_");
        assertThat(Texts.fileNamePart("...县局. ")).isEqualTo("_县局_");
        assertThat(Texts.fileNamePart("  ")).isEqualTo("_");
    }
}
