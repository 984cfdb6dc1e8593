package duban.store;

import static duban.store.generated.Tables.SETTING_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.LineFormatException;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.Source;
import duban.domain.office.OfficeSettings;
import duban.settings.OfficeSettingsTest;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and saving the office's settings on a real database file: only changed keys, each logged. */
class OfficeSettingsStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 30).atZone(ZONE).toInstant(),
            ZONE);

    @TempDir
    Path folder;

    private Database database;
    private SettingsStore settingsStore;
    private OfficeSettingsStore store;

    @BeforeEach
    void openDatabase() throws Exception {
        database = where().open(folder, "settings");
        settingsStore = new SettingsStore(database.dsl(), CLOCK);
        store = new OfficeSettingsStore(database.dsl(), CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    private int changeRows() {
        return database.dsl().fetchCount(SETTING_CHANGE);
    }

    @Test
    void aNewDatabaseHasTheDefaults() {
        assertThat(store.load()).isEqualTo(OfficeSettings.defaults());
        assertThat(OfficeSettingsStore.load(settingsStore)).isEqualTo(OfficeSettings.defaults());
        assertThat(store.load().problems()).isEmpty();
    }

    @Test
    void savingTheDefaultsOnANewDatabaseWritesNothing() {
        assertThat(store.save(OfficeSettings.defaults())).isEmpty();
        assertThat(settingsStore.all()).isEmpty();
        assertThat(changeRows()).isZero();
    }

    @Test
    void onlyTheChangedKeysAreWrittenEachWithItsLogRow() {
        OfficeSettings changed = OfficeSettings.defaults()
                .withDueSoonDays(5)
                .withCadence(Category.ROUTINE, ReportCadence.monthlyBy(20));

        assertThat(store.save(changed)).containsExactly("dueSoonDays", "cadence.ROUTINE");

        assertThat(settingsStore.all()).containsOnlyKeys("dueSoonDays", "cadence.ROUTINE")
                .containsEntry("dueSoonDays", "5").containsEntry("cadence.ROUTINE", "MONTHLY_BY_DAY 20");
        assertThat(changeRows()).isEqualTo(2);
        assertThat(settingsStore.changeCount("dueSoonDays")).isEqualTo(1);
        assertThat(settingsStore.changeCount("cadence.ROUTINE")).isEqualTo(1);
        assertThat(store.load()).isEqualTo(changed);

        // The same settings again: nothing to write.
        assertThat(store.save(changed)).isEmpty();
        assertThat(changeRows()).isEqualTo(2);

        // One more change: one more key, one more row; the others stay as they were.
        OfficeSettings more = changed.withLimits(changed.limits()
                .withRule(Source.PETITION, Category.ROUTINE, DeadlineRule.workingDays(40)));
        assertThat(store.save(more)).containsExactly("defaultLimits");
        assertThat(changeRows()).isEqualTo(3);
        assertThat(store.load().limits().ruleFor(Source.PETITION, Category.ROUTINE))
                .isEqualTo(DeadlineRule.workingDays(40));

        // Back to the default value: a stored key is written even when its new value is the default.
        assertThat(store.save(more.withDueSoonDays(3))).containsExactly("dueSoonDays");
        assertThat(settingsStore.get("dueSoonDays")).contains("3");
        assertThat(changeRows()).isEqualTo(4);
    }

    @Test
    void anImportedCalendarIsStoredAsItsTextAndTheShippedOneAsEmpty() throws LineFormatException {
        OfficeSettings imported = OfficeSettings.defaults().withHolidayCalendar(OfficeSettingsTest.CALENDAR_2028);
        assertThat(store.save(imported)).containsExactly("holidayCalendar");
        assertThat(settingsStore.get("holidayCalendar")).contains(OfficeSettingsTest.CALENDAR_2028);
        assertThat(store.load().holidayCalendar().coveredYears()).containsExactly(2028);

        assertThat(store.save(imported.withShippedCalendar())).containsExactly("holidayCalendar");
        assertThat(settingsStore.get("holidayCalendar")).contains("");
        assertThat(store.load().isShippedCalendar()).isTrue();
        assertThat(settingsStore.changeCount("holidayCalendar")).isEqualTo(2);
    }

    @Test
    void anUnreadableStoredValueIsReportedAndReplacedOnTheNextSave() {
        settingsStore.put("dueSoonDays", "三天");
        settingsStore.put("cadence.KEY", "EVERY_DAYS 9");
        OfficeSettings loaded = store.load();
        assertThat(loaded.problems()).singleElement().asString().contains("三天");
        assertThat(loaded.dueSoonDays()).isEqualTo(3);
        assertThat(loaded.cadenceFor(Category.KEY)).isEqualTo(ReportCadence.everyDays(9));
        int before = changeRows();

        // Saved as loaded: the unreadable value gives way to the default shown, the readable one stays.
        assertThat(store.save(loaded)).containsExactly("dueSoonDays");
        assertThat(changeRows()).isEqualTo(before + 1);
        assertThat(settingsStore.get("dueSoonDays")).contains("3");
        assertThat(store.load().problems()).isEmpty();
    }

    @Test
    void aFailureHalfWayWritesNothing() throws Exception {
        // A trigger refuses the calendar, which is written after 临期 and the cadence.
        OfficeSettings changed = OfficeSettings.defaults()
                .withDueSoonDays(7)
                .withCadence(Category.URGENT, ReportCadence.everyDays(1))
                .withHolidayCalendar(OfficeSettingsTest.CALENDAR_2028);
        try (AutoCloseable refusing = TestDatabase.refuseInserts(database, "setting", "NEW.key = 'holidayCalendar'",
                "refused for the test")) {
            assertThatThrownBy(() -> store.save(changed)).hasMessageContaining("refused for the test");
        }

        assertThat(settingsStore.all()).isEmpty();
        assertThat(changeRows()).isZero();
        assertThat(store.load()).isEqualTo(OfficeSettings.defaults());
    }
}
