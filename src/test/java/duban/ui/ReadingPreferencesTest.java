package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text size and high contrast are remembered in a small per-user file, and a bad file never stops the start. */
class ReadingPreferencesTest {

    @TempDir
    Path folder;

    @Test
    void savedPreferencesComeBack() throws Exception {
        Path file = folder.resolve("sub").resolve(ReadingPreferences.FILE_NAME);
        ReadingPreferences chosen = new ReadingPreferences(TextSize.PERCENT_150, true);
        chosen.save(file);
        assertThat(ReadingPreferences.load(file)).isEqualTo(chosen);
        new ReadingPreferences(TextSize.PERCENT_125, false).save(file);
        assertThat(ReadingPreferences.load(file)).isEqualTo(new ReadingPreferences(TextSize.PERCENT_125, false));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left beside it").containsExactly(file);
        }
    }

    @Test
    void noFileOrAHandEditedOneGivesTheDefaults() throws Exception {
        assertThat(ReadingPreferences.load(folder.resolve("none.properties"))).isEqualTo(ReadingPreferences.DEFAULT);
        Path edited = folder.resolve("edited.properties");
        Files.writeString(edited, "textSize=200\nhighContrast=maybe\n", StandardCharsets.UTF_8);
        assertThat(ReadingPreferences.load(edited)).isEqualTo(ReadingPreferences.DEFAULT);
        Files.writeString(edited, "textSize = 125 %\nhighContrast = TRUE\n", StandardCharsets.UTF_8);
        assertThat(ReadingPreferences.load(edited)).isEqualTo(new ReadingPreferences(TextSize.PERCENT_125, true));
        Files.write(edited, new byte[] {'t', '=', '\\', 'u', '1'});
        assertThat(ReadingPreferences.load(edited)).isEqualTo(ReadingPreferences.DEFAULT);
    }

    @Test
    void theTextSizesScaleTheThemesRootSize() {
        assertThat(TextSize.PERCENT_100.rootPoints()).isEqualTo(10.5);
        assertThat(TextSize.PERCENT_125.rootPoints()).isEqualTo(13.125);
        assertThat(TextSize.PERCENT_150.rootPoints()).isEqualTo(15.75);
        assertThat(TextSize.parse(null)).isEqualTo(TextSize.PERCENT_100);
        assertThat(TextSize.parse("PERCENT_150")).isEqualTo(TextSize.PERCENT_150);
    }
}
