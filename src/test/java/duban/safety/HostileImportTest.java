package duban.safety;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.UnitKind;
import duban.ledger.export.Progress;
import duban.ledger.importing.ImportFileException;
import duban.ledger.importing.ImportPreview;
import duban.ledger.importing.ImportReader;
import duban.ledger.importing.ImportResult;
import duban.ledger.importing.ImportSheet;
import duban.ledger.importing.ImportStore;
import duban.ledger.importing.PreviewRow;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
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

    private static final long SEED = Long.getLong("hostile.seed", 20261122L);
    private static final int ROWS = 150;

    @TempDir
    Path folder;

    private final Clock clock = Clock.system(SafetyFixture.ZONE);
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

    @Test
    void hostileCellsAreEitherImportedExactlyAsPreviewedOrNotAtAll() throws Exception {
        // Without NUL here: the test below shows what a NUL does to an import.
        HostileText generate = new HostileText(SEED, false);
        Path file = folder.resolve("任务清单.csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord("事项名称", "具体内容", "来源", "类别", "交办时间", "责任单位", "具体责任人", "责任领导", "完成时限");
            for (int row = 0; row < ROWS; row++) {
                csv.printRecord(generate.next(200), generate.sometimes() ? generate.next(500) : "",
                        generate.sometimes() ? generate.next(20) : "领导批示",
                        generate.sometimes() ? generate.next(10) : "常规",
                        generate.sometimes() ? generate.nextDate() : "2026-11-21",
                        generate.sometimes() ? generate.next(100) : "县水利局",
                        generate.sometimes() ? generate.next(50) : "周建平",
                        generate.sometimes() ? generate.next(50) : "",
                        generate.sometimes() ? generate.nextDate() : "2026-12-31");
            }
        }
        ImportStore store = new ImportStore(database.dsl(), clock);
        ItemStore items = new ItemStore(database.dsl(), clock);
        ImportSheet sheet;
        try {
            sheet = ImportReader.read(file);
        } catch (ImportFileException refused) {
            throw new AssertionError("a readable CSV was refused: " + refused.getMessage(), refused);
        }
        ImportPreview preview = ImportPreview.of(sheet, store.basis(), LocalDate.now(clock), true);
        int before = items.countAll();

        ImportResult result = store.importPlan(preview.plan(), Progress.NONE);

        List<String> problems = new ArrayList<>();
        List<Item> stored = items.loadAll();
        for (PreviewRow row : preview.rows()) {
            if (row.verdict() != PreviewRow.Verdict.VALID) {
                continue;
            }
            boolean found = stored.stream().anyMatch(item -> item.title().equals(row.draft().title())
                    && item.owner().equals(row.draft().owner())
                    && java.util.Objects.equals(item.leader(), row.draft().leader()));
            if (!found) {
                problems.add("row " + row.rowNumber() + " previewed as valid but not stored as shown: "
                        + HostileText.show(row.draft().title()));
            }
        }
        System.out.printf("hostile input (import): %d rows, %d imported exactly as previewed, %d refused with"
                + " a reason, %d new units%n", preview.total(), result.imported(), preview.invalid(), result.unitsCreated());
        assertThat(problems).isEmpty();
        assertThat(items.countAll()).isEqualTo(before + result.imported());
        assertThat(result.imported()).isEqualTo(preview.importable()).isPositive();
        assertThat(preview.invalid()).isPositive();
        assertThat(preview.rows()).filteredOn(row -> row.verdict() == PreviewRow.Verdict.INVALID)
                .allMatch(row -> !row.problems().isEmpty());
        assertThat(database.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
    }

    /**
     * A cell that begins with NUL passes the preview today (SQLite's length() stops at NUL, so the
     * CHECK refuses what Java counted as valid): the whole import then fails. What must hold
     * either way: the row is refused in the preview, or the import writes nothing at all.
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
        String outcome;
        try {
            ImportResult result = store.importPlan(preview.plan(), Progress.NONE);
            outcome = "imported " + result.imported() + ", refused in the preview " + preview.invalid();
            assertThat(preview.invalid()).as("the NUL row is refused by the check").isEqualTo(1);
            assertThat(new ItemStore(database.dsl(), clock).countAll()).isEqualTo(before + result.imported());
        } catch (org.jooq.exception.DataAccessException failed) {
            outcome = "the preview passed it, the database refused it, the whole import was rolled back ("
                    + failed.getClass().getSimpleName() + ")";
            assertThat(new ItemStore(database.dsl(), clock).countAll()).as("nothing half-written").isEqualTo(before);
        }
        System.out.println("hostile input (import, NUL cell): " + outcome);
    }
}
