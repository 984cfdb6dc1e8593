package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.export.CsvExport;
import duban.domain.Progress;
import duban.domain.importing.ImportPlan;
import duban.ledger.importing.ImportPreview;
import duban.ledger.importing.ImportReader;
import duban.domain.importing.ImportResult;
import duban.domain.importing.ImportRowDraft;
import duban.ledger.importing.PreviewRow;
import duban.ledger.importing.TaskLists;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing into a real SQLite file: one transaction, no duplicates, units only when confirmed. */
public class ImportStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The import tests' clock (also used by the dialog's tests). */
    public static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path folder;

    private Database db;
    private ImportStore store;

    @BeforeEach
    void office() throws Exception {
        db = where().open(folder, "office");
        UnitStore units = new UnitStore(db.dsl());
        units.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
        units.add("城关镇", UnitKind.TOWNSHIP);
        store = new ImportStore(db.dsl(), CLOCK);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    private Path taskList(String... rows) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("督办事项,事项来源,督办类别,交办日期,牵头单位,协办单位,责任人,办理时限"));
        lines.addAll(List.of(rows));
        return TaskLists.utf8Csv(folder.resolve("清单.csv"), lines);
    }

    private ImportPreview preview(Path file, boolean createUnits) throws Exception {
        return ImportPreview.of(ImportReader.read(file), store.basis(), TODAY, createUnits);
    }

    private List<Item> items() {
        return new ItemStore(db.dsl(), CLOCK).loadAll();
    }

    @Test
    void theValidRowsAreStoredAndImportingTheSameFileAgainAddsNothing() throws Exception {
        Path file = taskList(
                "推进老旧小区改造,政府工作报告,重点督办,2026-03-01,县财政局,城关镇、县水利局,王建国,2026-12-31",
                "整治城区河道,领导批示,急件,2026-03-02,县水利局,,李明,2026-03-20",
                "修缮县图书馆,,,,县财政局,,张伟,2026-06-30");

        ImportResult first = store.importPlan(preview(file, false).plan(), Progress.NONE);

        assertThat(first).isEqualTo(new ImportResult(3, 0, 0, 0));
        List<Item> stored = items();
        assertThat(stored).extracting(Item::title).containsExactlyInAnyOrder("推进老旧小区改造", "整治城区河道", "修缮县图书馆");
        Item renovation = stored.stream().filter(item -> item.title().equals("推进老旧小区改造")).findFirst().orElseThrow();
        assertThat(renovation.source()).isEqualTo(Source.WORK_REPORT);
        assertThat(renovation.category()).isEqualTo(Category.KEY);
        assertThat(renovation.leadUnit().name()).isEqualTo("县财政局");
        assertThat(renovation.assistUnits()).extracting(Unit::name).containsExactlyInAnyOrder("城关镇", "县水利局");
        assertThat(renovation.assignedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(renovation.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(stored.stream().filter(item -> item.title().equals("修缮县图书馆")).findFirst().orElseThrow().assignedOn())
                .isEqualTo(TODAY);

        ImportPreview again = preview(file, false);
        assertThat(again.alreadyImported()).isEqualTo(3);
        assertThat(again.importable()).isZero();
        ImportResult second = store.importPlan(again.plan(), Progress.NONE);
        assertThat(second).isEqualTo(new ImportResult(0, 3, 0, 0));
        assertThat(items()).hasSize(3);
    }

    @Test
    void aRowStoredElsewhereAfterThePreviewIsSkippedAtImport() throws Exception {
        Path file = taskList("整治城区河道,领导批示,急件,2026-03-02,县水利局,,李明,2026-03-20");
        ImportPlan plan = preview(file, false).plan();
        store.importPlan(plan, Progress.NONE);

        assertThat(store.importPlan(plan, Progress.NONE)).isEqualTo(new ImportResult(0, 1, 0, 0));
        assertThat(items()).hasSize(1);
    }

    @Test
    void aFailureInTheMiddleRollsBackEveryRowAndEveryNewUnit() throws Exception {
        ImportRowDraft good = new ImportRowDraft(2, "推进老旧小区改造", "", Source.WORK_REPORT, Category.KEY, "县城管局",
                List.of(), "王建国", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), true);
        // Longer than the database accepts: the insert of the second row fails inside the transaction.
        ImportRowDraft tooLong = new ImportRowDraft(3, "长".repeat(201), "", Source.OTHER, Category.ROUTINE, "县财政局",
                List.of(), "李明", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), true);
        ImportRowDraft third = new ImportRowDraft(4, "修缮县图书馆", "", Source.OTHER, Category.ROUTINE, "县财政局",
                List.of(), "张伟", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), true);
        ImportPlan plan = new ImportPlan(List.of(good, tooLong, third), List.of("县城管局"), 0, 0);
        int unitsBefore = new UnitStore(db.dsl()).all().size();

        assertThatThrownBy(() -> store.importPlan(plan, Progress.NONE)).isInstanceOf(RuntimeException.class);

        assertThat(items()).isEmpty();
        assertThat(new UnitStore(db.dsl()).all()).hasSize(unitsBefore).extracting(Unit::name).doesNotContain("县城管局");
        // The connection is usable afterwards and the same plan without the bad row goes through.
        assertThat(store.importPlan(new ImportPlan(List.of(good, third), List.of("县城管局"), 0, 0), Progress.NONE))
                .isEqualTo(new ImportResult(2, 0, 0, 1));
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        Path file = taskList(
                "推进老旧小区改造,政府工作报告,重点督办,2026-03-01,县财政局,,王建国,2026-12-31",
                "整治城区河道,领导批示,急件,2026-03-02,县水利局,,李明,2026-03-20",
                "修缮县图书馆,,,,县城管局,,张伟,2026-06-30");
        Progress cancelAfterTwo = new Progress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };

        assertThatThrownBy(() -> store.importPlan(preview(file, true).plan(), cancelAfterTwo))
                .isInstanceOf(CancellationException.class);

        assertThat(items()).isEmpty();
        assertThat(new UnitStore(db.dsl()).all()).extracting(Unit::name).doesNotContain("县城管局");
    }

    @Test
    void unknownUnitsAreCreatedOnlyWhenConfirmed() throws Exception {
        Path file = taskList("建设智慧停车,领导批示,常规,2026-03-01,县城管局,县公安局、城关镇,孙丽,2026-04-30");

        ImportResult refused = store.importPlan(preview(file, false).plan(), Progress.NONE);
        assertThat(refused).isEqualTo(new ImportResult(0, 0, 1, 0));
        assertThat(new UnitStore(db.dsl()).all()).extracting(Unit::name).doesNotContain("县城管局", "县公安局");

        ImportResult confirmed = store.importPlan(preview(file, true).plan(), Progress.NONE);
        assertThat(confirmed).isEqualTo(new ImportResult(1, 0, 0, 2));
        assertThat(new UnitStore(db.dsl()).all()).filteredOn(unit -> unit.name().startsWith("县城管局")
                        || unit.name().equals("县公安局"))
                .extracting(Unit::kind).containsExactly(UnitKind.COUNTY_DEPARTMENT, UnitKind.COUNTY_DEPARTMENT);
        Item parking = items().get(0);
        assertThat(parking.leadUnit().name()).isEqualTo("县城管局");
        assertThat(parking.assistUnits()).extracting(Unit::name).containsExactlyInAnyOrder("县公安局", "城关镇");
    }

    @Test
    void aCsvExportedByTheLedgerRoundTripsIntoAnEmptyDatabase() throws Exception {
        Path csv = folder.resolve("台账.csv");
        List<Item> exported;
        try (Database demo = where().open(folder, "demo")) {
            new DemoData(demo.dsl(), CLOCK).seedIfEmpty();
            exported = new ItemStore(demo.dsl(), CLOCK).loadBoard();
            Ledger ledger = Ledger.build(new ItemStore(demo.dsl(), CLOCK).loadAll(),
                    new WorkflowStore(demo.dsl(), CLOCK).latestReports(), new Deadlines(CLOCK), LedgerScope.ALL,
                    Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
            CsvExport.write(ledger, csv);
        }
        assertThat(exported).hasSizeGreaterThan(30);

        try (Database empty = where().open(folder, "empty")) {
            ImportStore into = new ImportStore(empty.dsl(), CLOCK);
            ImportPreview preview = ImportPreview.of(ImportReader.read(csv), into.basis(), TODAY, true);
            assertThat(preview.invalid()).as(preview.rows().stream().filter(row -> !row.problems().isEmpty())
                    .map(PreviewRow::issues).collect(Collectors.joining("\n"))).isZero();

            ImportResult result = into.importPlan(preview.plan(), Progress.NONE);

            assertThat(result.imported()).isEqualTo(exported.size());
            List<Item> imported = new ItemStore(empty.dsl(), CLOCK).loadAll();
            assertThat(imported).extracting(ImportStoreTest::essentials)
                    .containsExactlyInAnyOrderElementsOf(exported.stream().map(ImportStoreTest::essentials).toList());
            assertThat(into.importPlan(ImportPreview.of(ImportReader.read(csv), into.basis(), TODAY, true).plan(),
                    Progress.NONE).imported()).as("a second import of the same ledger").isZero();
        }
    }

    /** What a ledger carries of an item: title, source, units, owner and dates. */
    private static List<Object> essentials(Item item) {
        return List.of(item.title(), item.source(), item.leadUnit().name(),
                item.assistUnits().stream().map(Unit::name).sorted().toList(), item.owner(), item.assignedOn(),
                item.currentDeadline());
    }
}
