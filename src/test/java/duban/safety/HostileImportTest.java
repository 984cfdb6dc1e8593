package duban.safety;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.UnitKind;
import duban.domain.Progress;
import duban.ledger.importing.ImportFileException;
import duban.ledger.importing.ImportPreview;
import duban.ledger.importing.ImportReader;
import duban.domain.importing.ImportResult;
import duban.ledger.importing.ImportSheet;
import duban.ledger.importing.PreviewRow;
import duban.store.Database;
import duban.store.ImportStore;
import duban.store.ItemStore;
import duban.store.UnitStore;
import duban.testing.TestClock;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task list full of generated hostile cells through the import (read, check, write): no crash,
 * the rows the check passes are stored exactly as the preview showed them, the others not at all.
 */
class HostileImportTest {

    @TempDir
    Path folder;

    private final Clock clock = TestClock.startingToday(SafetyFixture.ZONE);
    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("duban.db"));
        new UnitStore(database.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * A cell that begins with NUL: SQLite's length() stops at NUL, so the table's CHECK would
     * refuse what Java counts as valid. The preview refuses the row with a reason (control
     * characters), and the rest imports. The generated cases are in {@link HostileInputProperties}.
     */
    @Test
    void aCellBeginningWithNulIsRefusedOrTheImportWritesNothing() throws Exception {
        Path file = folder.resolve("nul.csv");
        Files.writeString(file, "事项名称,交办时间,责任单位,具体责任人,完成时限\n"
                + "正常事项,2026-11-21,县水利局,周建平,2026-12-31\n"
                + "第二项,2026-11-21,县水利局,\u0000周建平,2026-12-31\n", StandardCharsets.UTF_8);
        ImportStore store = new ImportStore(database.dsl(), clock);
        ImportPreview preview = ImportPreview.of(ImportReader.read(file), store.basis(), LocalDate.now(clock), true);
        int before = new ItemStore(database.dsl(), clock).countAll();
        assertThat(preview.invalid()).as("the NUL row is refused by the check").isEqualTo(1);
        assertThat(preview.rows()).filteredOn(row -> row.rowNumber() == 3).singleElement()
                .satisfies(row -> assertThat(row.problems()).anyMatch(problem -> problem.contains("控制字符")));
        ImportResult result = store.importPlan(preview.plan(), Progress.NONE);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(new ItemStore(database.dsl(), clock).countAll()).isEqualTo(before + 1);
    }
}
