package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.UnitKind;
import duban.ledger.view.LedgerViewModel;
import duban.projector.ProjectorSettings;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.testing.TestClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features' ports over real stores on a real file (and a server): what one writes, the other reads back. */
class StorePortsTest {

    private static final Clock CLOCK = TestClock.startingToday();

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "duban");
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in {@link StorePortsOnServerTest}. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    @Test
    void theLedgerReadsTheUnitsAndTheOfficeNameItSaved() {
        UnitStore units = new UnitStore(database.dsl());
        units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        LedgerViewModel.Store ledger = StorePorts.ledger(new ItemStore(database.dsl(), CLOCK),
                new WorkflowStore(database.dsl(), CLOCK), units, new SettingsStore(database.dsl(), CLOCK));

        ledger.saveOfficeName("县委督查室");
        LedgerViewModel.LedgerData data = ledger.load();

        assertThat(data.officeName()).isEqualTo("县委督查室");
        assertThat(data.units()).extracting(unit -> unit.name()).contains("县水利局");
        assertThat(data.items()).isEmpty();
    }

    @Test
    void theProjectorsSettingsAreKeptInTheFile() {
        ProjectorSettings settings = StorePorts.projectorSettings(new SettingsStore(database.dsl(), CLOCK));

        settings.put(ProjectorSettings.PAGE_SECONDS_KEY, "25");

        assertThat(StorePorts.projectorSettings(new SettingsStore(database.dsl(), CLOCK))
                .get(ProjectorSettings.PAGE_SECONDS_KEY)).contains("25");
        assertThat(settings.get(ProjectorSettings.THEME_KEY)).isEmpty();
    }
}
