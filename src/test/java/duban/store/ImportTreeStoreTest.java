package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Progress;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.importing.ImportResult;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.export.CsvExport;
import duban.ledger.export.LedgerExport;
import duban.ledger.importing.ImportPreview;
import duban.ledger.importing.ImportReader;
import duban.ledger.importing.PreviewRow;
import duban.ledger.importing.TaskLists;
import duban.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a decomposed 政府工作报告 (事项分解) into a real SQLite file: both ways offices write the
 * tree, from .csv and .xlsx, all or nothing, and our own ledger export coming back as a tree.
 */
class ImportTreeStoreTest {

    private static final LocalDate TODAY = LocalDate.now(ImportStoreTest.CLOCK);
    private static final String HEADER = "序号,督办事项,事项来源,交办日期,牵头单位,责任人,办理时限";

    @TempDir
    Path folder;

    private Database db;
    private ImportStore store;

    @BeforeEach
    void office() throws Exception {
        db = TestDatabase.FILE.open(folder, "office");
        UnitStore units = new UnitStore(db.dsl());
        for (String name : List.of("县发展和改革局", "县水利局", "县住房和城乡建设局", "县教育局")) {
            units.add(name, UnitKind.COUNTY_DEPARTMENT);
        }
        store = new ImportStore(db.dsl(), ImportStoreTest.CLOCK);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(db);
    }

    private ImportPreview preview(Path file) throws Exception {
        return ImportPreview.of(ImportReader.read(file), store.basis(), TODAY, false);
    }

    private List<Item> items() {
        return new ItemStore(db.dsl(), ImportStoreTest.CLOCK).loadAll();
    }

    private int itemRows() {
        return db.dsl().fetchCount(duban.store.generated.Tables.ITEM);
    }

    /** Each item's title with its parent's title (or "" for a top-level item). */
    private static Map<String, String> parents(List<Item> items) {
        Map<Long, String> titles = items.stream().collect(Collectors.toMap(Item::id, Item::title));
        return items.stream().collect(Collectors.toMap(Item::title,
                item -> item.links().parentId() == null ? "" : titles.get(item.links().parentId())));
    }

    private static final Map<String, String> WORK_REPORT_TREE = Map.of(
            "扎实推进城乡供水一体化", "",
            "供水管网改造（水利局）", "扎实推进城乡供水一体化",
            "老旧小区供水管道更新（住建局）", "扎实推进城乡供水一体化",
            "办好人民满意的教育", "",
            "新建城东小学", "办好人民满意的教育",
            "做好项目储备", "");

    @Test
    void aHierarchicalNumberColumnImportsTheWorkReportAsATreeWithAParentBelowItsChild() throws Exception {
        Path csv = TaskLists.utf8Csv(folder.resolve("2026年政府工作报告分解.csv"), List.of(HEADER,
                "1,扎实推进城乡供水一体化,政府工作报告,2026-02-20,县发展和改革局,王建国,2026-12-31",
                "1.1,供水管网改造（水利局）,政府工作报告,2026-02-20,县水利局,李明,2026-10-31",
                "1-2,老旧小区供水管道更新（住建局）,政府工作报告,2026-02-20,县住房和城乡建设局,张伟,2026-11-30",
                "2.1,新建城东小学,政府工作报告,2026-02-20,县教育局,赵敏,2026-09-01",
                "2,办好人民满意的教育,政府工作报告,2026-02-20,县教育局,赵敏,2026-12-31",
                "3,做好项目储备,政府工作报告,2026-02-20,县发展和改革局,王建国,2026-06-30"));

        ImportPreview preview = preview(csv);
        assertThat(preview.fileProblem()).isEmpty();
        assertThat(preview.rows()).extracting(PreviewRow::treeTitle).containsExactly(
                "扎实推进城乡供水一体化（分解为 2 项子事项）", "\u3000\u3000供水管网改造（水利局）",
                "\u3000\u3000老旧小区供水管道更新（住建局）", "\u3000\u3000新建城东小学",
                "办好人民满意的教育（分解为 1 项子事项）", "做好项目储备");
        ImportResult result = store.importPlan(preview.plan(), Progress.NONE);

        assertThat(result.imported()).isEqualTo(6);
        assertThat(parents(items())).isEqualTo(WORK_REPORT_TREE);
        Item parent = items().stream().filter(item -> item.title().equals("扎实推进城乡供水一体化")).findFirst().orElseThrow();
        assertThat(parent.links().childCount()).isEqualTo(2);
        assertThat(db.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT,
                duban.store.generated.Tables.ITEM_EVENT.ITEM_ID.eq(parent.id())
                        .and(duban.store.generated.Tables.ITEM_EVENT.KIND.eq(EventKind.SPLIT)))).isEqualTo(2);
    }

    @Test
    void aParentColumnNamingTheParentBySerialOrTitleImportsTheTreeFromXlsx() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("序号", "督办事项", "上级事项", "事项来源", "交办日期", "牵头单位", "责任人", "办理时限"));
        LocalDate assigned = LocalDate.of(2026, 2, 20);
        rows.add(Arrays.asList(1, "扎实推进城乡供水一体化", null, "政府工作报告", assigned, "县发展和改革局", "王建国",
                LocalDate.of(2026, 12, 31)));
        rows.add(Arrays.asList(2, "供水管网改造（水利局）", 1, "政府工作报告", assigned, "县水利局", "李明",
                LocalDate.of(2026, 10, 31)));
        rows.add(Arrays.asList(3, "老旧小区供水管道更新（住建局）", "扎实推进城乡供水一体化", "政府工作报告", assigned,
                "县住房和城乡建设局", "张伟", LocalDate.of(2026, 11, 30)));
        rows.add(Arrays.asList(4, "新建城东小学", "办好人民满意的教育", "政府工作报告", assigned, "县教育局", "赵敏",
                LocalDate.of(2026, 9, 1)));
        rows.add(Arrays.asList(5, "办好人民满意的教育", null, "政府工作报告", assigned, "县教育局", "赵敏",
                LocalDate.of(2026, 12, 31)));
        rows.add(Arrays.asList(6, "做好项目储备", "", "政府工作报告", assigned, "县发展和改革局", "王建国",
                LocalDate.of(2026, 6, 30)));
        Path xlsx = TaskLists.xlsx(folder.resolve("2026年政府工作报告分解.xlsx"), List.of("2026年政府工作报告任务分解表"),
                rows);

        ImportPreview preview = preview(xlsx);
        assertThat(preview.fileProblem()).isEmpty();
        store.importPlan(preview.plan(), Progress.NONE);

        assertThat(parents(items())).isEqualTo(WORK_REPORT_TREE);
    }

    @Test
    void aBadChildRefusesTheWholeListNamingItsRowAndWritesNothing() throws Exception {
        Path csv = TaskLists.utf8Csv(folder.resolve("分解有误.csv"), List.of(HEADER,
                "1,扎实推进城乡供水一体化,政府工作报告,2026-02-20,县发展和改革局,王建国,2026-12-31",
                "1.1,供水管网改造（水利局）,政府工作报告,2026-02-20,县水利局,李明,2026-10-31",
                "1.1.1,管网测绘,政府工作报告,2026-02-20,县水利局,李明,2026-05-31",
                "4.1,新建城东小学,政府工作报告,2026-02-20,县教育局,赵敏,2026-09-01",
                "5,做好项目储备,政府工作报告,2026-02-20,县发展和改革局,王建国,2026-06-30"));
        int before = itemRows();
        byte[] fileBefore = Files.readAllBytes(folder.resolve("office.db"));

        ImportPreview preview = preview(csv);

        // The header is row 1: 1.1.1 is row 4 (three levels), 4.1 row 5 (no row 4).
        assertThat(preview.fileProblem()).contains("第 4、5 行").contains("未导入任何事项");
        assertThat(preview.rows().get(2).issues()).contains("子事项下不能再分解");
        assertThat(preview.rows().get(3).issues()).contains("上级事项“4”在表中找不到");
        assertThat(preview.importable()).isZero();
        assertThat(preview.plan().rows()).isEmpty();
        store.importPlan(preview.plan(), Progress.NONE);
        assertThat(itemRows()).isEqualTo(before);
        assertThat(Files.readAllBytes(folder.resolve("office.db"))).isEqualTo(fileBefore);
    }

    @Test
    void aCycleAndAChildOfAChildAreRefused() throws Exception {
        Path csv = TaskLists.utf8Csv(folder.resolve("互相指向.csv"), List.of(
                "序号,督办事项,上级事项,牵头单位,责任人,办理时限",
                "1,甲,2,县水利局,李明,2026-10-31",
                "2,乙,1,县水利局,李明,2026-10-31",
                "3,丙,,县水利局,李明,2026-10-31",
                "4,丁,3,县水利局,李明,2026-10-31",
                "5,戊,丁,县水利局,李明,2026-10-31"));

        ImportPreview preview = preview(csv);

        assertThat(preview.rows().get(0).issues()).contains("互相指向");
        assertThat(preview.rows().get(1).issues()).contains("互相指向");
        assertThat(preview.rows().get(4).issues()).contains("第 5 行").contains("本身是子事项");
        assertThat(preview.rows().get(3).verdict()).isEqualTo(PreviewRow.Verdict.VALID);
        assertThat(preview.fileProblem()).contains("第 2、3、6 行");
        assertThat(preview.importable()).isZero();
    }

    @Test
    void ourOwnLedgerExportReimportedKeepsTheTree() throws Exception {
        Path csv = folder.resolve("台账.csv");
        Path xlsx = folder.resolve("台账.xlsx");
        try (Database office = TestDatabase.FILE.open(folder, "demo")) {
            UnitStore units = new UnitStore(office.dsl());
            Unit water = units.add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            Unit housing = units.add("县住房和城乡建设局", UnitKind.COUNTY_DEPARTMENT);
            ItemStore items = new ItemStore(office.dsl(), ImportStoreTest.CLOCK);
            Function<String, ItemDraft> draft = title -> new ItemDraft(title, "", Source.WORK_REPORT, Category.KEY,
                    water.id(), List.of(), "李明", null, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 12, 31));
            Item parent = items.create(draft.apply("扎实推进城乡供水一体化"));
            items.create(draft.apply("做好项目储备"));
            ItemDraft second = new ItemDraft("老旧小区供水管道更新（住建局）", "", Source.WORK_REPORT, Category.KEY,
                    housing.id(), List.of(), "张伟", null, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 11, 30));
            new ItemTreeStore(office.dsl(), ImportStoreTest.CLOCK, () -> "督查室")
                    .split(parent.id(), parent.version(), List.of(draft.apply("供水管网改造（水利局）"), second));
            Ledger ledger = Ledger.build(items.loadAll(), Map.of(), new Deadlines(ImportStoreTest.CLOCK),
                    LedgerScope.ALL, Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
            CsvExport.write(ledger, csv);
            LedgerExport.XLSX.write(ledger, "督办事项台账", TODAY, xlsx, Progress.NONE);
        }
        Map<String, String> tree = Map.of(
                "扎实推进城乡供水一体化", "",
                "供水管网改造（水利局）", "扎实推进城乡供水一体化",
                "老旧小区供水管道更新（住建局）", "扎实推进城乡供水一体化",
                "做好项目储备", "");

        ImportPreview preview = ImportPreview.of(ImportReader.read(csv), store.basis(), TODAY, true);
        assertThat(preview.fileProblem()).isEmpty();
        store.importPlan(preview.plan(), Progress.NONE);
        assertThat(parents(items())).as("from the CSV").isEqualTo(tree);

        try (Database fromXlsx = TestDatabase.FILE.open(folder, "from-xlsx")) {
            ImportStore into = new ImportStore(fromXlsx.dsl(), ImportStoreTest.CLOCK);
            into.importPlan(ImportPreview.of(ImportReader.read(xlsx), into.basis(), TODAY, true).plan(), Progress.NONE);
            assertThat(parents(new ItemStore(fromXlsx.dsl(), ImportStoreTest.CLOCK).loadAll())).as("from the xlsx")
                    .isEqualTo(tree);
        }
    }

    /**
     * The issue's "done when": the decomposed 政府工作报告 imported as a tree in one go and followed to
     * the end. Each sub-item is worked and crossed off by its own unit; the header's 办结率 counts
     * the sub-items only (the parents are containers); a parent is crossed off without a reason once
     * its sub-items are, and the history of it all verifies.
     */
    @Test
    void theImportedWorkReportIsFollowedToTheEndWithTheFiguresOfItsSubItems() throws Exception {
        Path csv = TaskLists.utf8Csv(folder.resolve("2026年政府工作报告分解.csv"), List.of(HEADER,
                "1,扎实推进城乡供水一体化,政府工作报告,2026-02-20,县发展和改革局,王建国,2026-12-31",
                "1.1,供水管网改造（水利局）,政府工作报告,2026-02-20,县水利局,李明,2026-10-31",
                "1.2,老旧小区供水管道更新（住建局）,政府工作报告,2026-02-20,县住房和城乡建设局,张伟,2026-11-30",
                "2,办好人民满意的教育,政府工作报告,2026-02-20,县教育局,赵敏,2026-12-31",
                "2.1,新建城东小学,政府工作报告,2026-02-20,县教育局,赵敏,2026-09-01",
                "3,做好项目储备,政府工作报告,2026-02-20,县发展和改革局,王建国,2026-06-30"));
        assertThat(store.importPlan(preview(csv).plan(), Progress.NONE).imported()).isEqualTo(6);
        ItemStore items = new ItemStore(db.dsl(), ImportStoreTest.CLOCK);
        Deadlines deadlines = new Deadlines(ImportStoreTest.CLOCK);
        Function<String, Item> named = title -> items.loadAll().stream()
                .filter(item -> item.title().equals(title)).findFirst().orElseThrow();

        // 4 items count: 3 sub-items and the item not split; the two parents do not.
        assertThat(duban.domain.BoardStats.of(items.loadBoard(), deadlines).total()).isEqualTo(4);

        // The parent with open sub-items is not crossed off without a reason.
        Item water = named.apply("扎实推进城乡供水一体化");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> items.moveBetween(water.id(), water.version(),
                        duban.domain.Status.CLOSED, null, null, new duban.domain.Closing(TODAY, "已完成"), null))
                .isInstanceOf(duban.domain.SubItemsOpenException.class);

        // Each unit works its own sub-item to the end: 办理中, 待反馈, 办结销号.
        for (String title : List.of("供水管网改造（水利局）", "老旧小区供水管道更新（住建局）", "新建城东小学")) {
            for (duban.domain.Status column : List.of(duban.domain.Status.IN_PROGRESS,
                    duban.domain.Status.AWAITING_FEEDBACK, duban.domain.Status.CLOSED)) {
                Item item = named.apply(title);
                items.moveBetween(item.id(), item.version(), column, null, null,
                        column.isClosed() ? new duban.domain.Closing(TODAY, "已按期完成，佐证材料已报送。") : null, null);
            }
        }
        duban.domain.BoardStats halfway = duban.domain.BoardStats.of(items.loadBoard(), deadlines);
        assertThat(halfway.closed()).isEqualTo(3);
        assertThat(halfway.completionRate().percentText()).isEqualTo("75.0%");
        assertThat(named.apply("扎实推进城乡供水一体化").links().closedChildCount()).isEqualTo(2);

        // The parents are crossed off without a reason now, and so is the last item.
        for (String title : List.of("扎实推进城乡供水一体化", "办好人民满意的教育", "做好项目储备")) {
            Item item = named.apply(title);
            items.moveBetween(item.id(), item.version(), duban.domain.Status.CLOSED, null, null,
                    new duban.domain.Closing(TODAY, "全部子事项已办结。"), null);
        }
        duban.domain.BoardStats done = duban.domain.BoardStats.of(items.loadBoard(), deadlines);
        assertThat(done.total()).isEqualTo(4);
        assertThat(done.completionRate().percentText()).isEqualTo("100.0%");
        assertThat(items.history(named.apply("扎实推进城乡供水一体化").id())).last()
                .satisfies(event -> assertThat(event.note()).isNull());
        db.close();
        assertThat(HistoryVerifier.verify(folder.resolve("office.db")).intact()).isTrue();
    }
}
