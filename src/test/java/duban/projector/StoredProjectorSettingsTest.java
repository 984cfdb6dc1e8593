package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The projector's stored settings: good values parse, hand-edited nonsense is left out. */
class StoredProjectorSettingsTest {

    @Test
    void goodValuesParse() {
        StoredProjectorSettings stored = new StoredProjectorSettings(Optional.of(" 2026-11-13 "),
                Optional.of("45"), Optional.of("dark"));
        assertThat(stored.lastMeeting()).contains(LocalDate.of(2026, 11, 13));
        assertThat(stored.pageSeconds()).contains(45);
        assertThat(stored.theme()).contains(ProjectorTheme.DARK);
    }

    @Test
    void nonsenseAndMissingValuesAreLeftOut() {
        StoredProjectorSettings stored = new StoredProjectorSettings(Optional.of("上周五"), Optional.of("二十"),
                Optional.of("BLUE"));
        assertThat(stored.lastMeeting()).isEmpty();
        assertThat(stored.pageSeconds()).isEmpty();
        assertThat(stored.theme()).isEmpty();
        StoredProjectorSettings none = new StoredProjectorSettings(Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(none.lastMeeting()).isEmpty();
        assertThat(none.theme()).isEmpty();
    }

    @Test
    void readsTheThreeKeys() {
        MemorySettings settings = new MemorySettings();
        settings.values.put(ProjectorSettings.PAGE_SECONDS_KEY, "30");
        StoredProjectorSettings stored = StoredProjectorSettings.readFrom(settings);
        assertThat(stored.pageSeconds()).contains(30);
        assertThat(stored.lastMeeting()).isEmpty();
    }
}
