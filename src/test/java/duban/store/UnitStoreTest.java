package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Units are added in one place, which refuses a name a spreadsheet would run as a formula. */
class UnitStoreTest {

    @TempDir
    Path folder;

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    @ParameterizedTest
    @ValueSource(strings = {"=县水利局", "+县水利局", "-县水利局", "@县水利局", "\t=县水利局", "\r-县水利局"})
    void aUnitNameStartingLikeAFormulaIsRefusedWithTheReasonAndNotStored(String name) throws Exception {
        Database database = where().open(folder, "units");
        try {
            UnitStore units = new UnitStore(database.dsl());

            String shown = name.strip();
            assertThatThrownBy(() -> units.add(name, UnitKind.COUNTY_DEPARTMENT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("单位名称 “" + shown + "” 以 " + shown.charAt(0) + " 开头");
            assertThat(units.all()).isEmpty();
        } finally {
            TestDatabase.discard(database);
        }
    }

    @Test
    void anOrdinaryNameIsAddedTrimmedAtTheEnd() throws Exception {
        Database database = where().open(folder, "units");
        try {
            UnitStore units = new UnitStore(database.dsl());
            units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
            Unit added = units.add("  县水利局-防汛办 ", UnitKind.OTHER);

            assertThat(added.name()).isEqualTo("县水利局-防汛办");
            assertThat(units.all()).extracting(Unit::name).containsExactly("县财政局", "县水利局-防汛办");
        } finally {
            TestDatabase.discard(database);
        }
    }
}
