package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which installed Chinese family every window is given. */
class CjkFontsTest {

    @Test
    void aCjkFamilyIsPickedByPreferenceFromTheInstalledOnes() {
        assertThat(CjkFonts.pick(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
        assertThat(CjkFonts.pick(List.of("Microsoft YaHei", "SimSun"))).contains("Microsoft YaHei");
        assertThat(CjkFonts.pick(List.of("DejaVu Sans", "Liberation Serif"))).isEmpty();
    }
}
