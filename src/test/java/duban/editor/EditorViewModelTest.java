package duban.editor;

import duban.app.StorePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.ui.TaskRunner;
import duban.domain.Category;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's rules and saving, over real stores on a temporary database; no FX toolkit. */
class EditorViewModelTest {
    /**
     * JavaFX hands an exception thrown in a listener to the thread's uncaught-exception handler
     * instead of the caller: collect them, so that a broken listener fails the test.
     */
    private final List<Throwable> listenerFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousHandler;

    @org.junit.jupiter.api.BeforeEach
    void collectListenerFailures() {
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> listenerFailures.add(failure));
    }

    @org.junit.jupiter.api.AfterEach
    void noListenerFailed() {
        Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
        assertThat(listenerFailures).as("exceptions thrown in listeners").isEmpty();
    }


    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Database database;
    private UnitStore unitStore;
    private ItemStore itemStore;
    private Unit finance;
    private Unit housing;
    private Unit reform;

    private final List<Item> saved = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("editor.db"));
        unitStore = new UnitStore(database.dsl());
        itemStore = new ItemStore(database.dsl(), CLOCK);
        finance = unitStore.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
        housing = unitStore.add("县住建局", UnitKind.COUNTY_DEPARTMENT);
        reform = unitStore.add("县发改委", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private EditorViewModel newEditor() {
        return EditorViewModel.forNew(unitStore.all(), CLOCK, StorePorts.editor(unitStore, itemStore), TaskRunner.inline());
    }

    private EditorViewModel editorOf(Item item) {
        return EditorViewModel.forItem(item, unitStore.all(), CLOCK, StorePorts.editor(unitStore, itemStore),
                TaskRunner.inline());
    }

    /** A new item's editor with every required field filled validly. */
    private EditorViewModel filledEditor() {
        EditorViewModel editor = newEditor();
        editor.titleProperty().set("推进城区老旧小区改造");
        editor.leadUnitTextProperty().set("县住建局");
        editor.ownerProperty().set("王建国");
        editor.deadline().setText("2026-12-31");
        return editor;
    }

    private void save(EditorViewModel editor) {
        editor.save(saved::add, errors::add);
    }

    // ---- defaults -------------------------------------------------------------------------------

    @Test
    void aNewItemStartsAssignedTodayAsARoutineLeaderInstruction() {
        EditorViewModel editor = newEditor();
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.windowTitle()).isEqualTo("新建督办事项");
        assertThat(editor.assignedOn().getDate()).isEqualTo(TODAY);
        assertThat(editor.assignedOn().getText()).isEqualTo("2026-11-21");
        assertThat(editor.sourceProperty().get()).isEqualTo(Source.LEADER_INSTRUCTION);
        assertThat(editor.categoryProperty().get()).isEqualTo(Category.ROUTINE);
        assertThat(editor.deadline().isBlank()).isTrue();
        assertThat(editor.unitNames()).containsExactly("县财政局", "县住建局", "县发改委");

        assertThat(editor.isValid()).isFalse();
        assertThat(editor.titleErrorProperty().get()).isEqualTo("请填写督办事项");
        assertThat(editor.ownerErrorProperty().get()).isEqualTo("请填写责任人");
        assertThat(editor.leadUnitErrorProperty().get()).isEqualTo("请选择或填写牵头单位");
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("请填写办理时限");
        assertThat(editor.assignedOnErrorProperty().get()).isEmpty();
        assertThat(editor.leaderErrorProperty().get()).isEmpty();
        assertThat(editor.assistUnitsErrorProperty().get()).isEmpty();
    }

    @Test
    void aFilledEditorIsValidAndMakesTheDraft() {
        EditorViewModel editor = filledEditor();
        editor.detailsProperty().set("  县长批示: 年底前完成 12 个小区改造。  ");
        editor.leaderProperty().set("  李副县长 ");
        editor.sourceProperty().set(Source.EXECUTIVE_MEETING);
        editor.categoryProperty().set(Category.KEY);
        editor.assistUnits().setAll(finance, reform);

        assertThat(editor.isValid()).isTrue();
        ItemDraft draft = editor.toDraft(housing.id());
        assertThat(draft).isEqualTo(new ItemDraft("推进城区老旧小区改造", "县长批示: 年底前完成 12 个小区改造。",
                Source.EXECUTIVE_MEETING, Category.KEY, housing.id(), List.of(finance.id(), reform.id()),
                "王建国", "李副县长", TODAY, LocalDate.of(2026, 12, 31)));
    }

    // ---- 督办事项 ----------------------------------------------------------------------------------

    @Test
    void theTitleIsRequiredAndBlankMeansWhitespaceToo() {
        EditorViewModel editor = filledEditor();
        for (String blank : List.of("", "   ", "\u3000\u3000", "\t")) {
            editor.titleProperty().set(blank);
            assertThat(editor.titleErrorProperty().get()).as("title %s", blank).isEqualTo("请填写督办事项");
            assertThat(editor.isValid()).isFalse();
        }
        editor.titleProperty().set("  督办  ");
        assertThat(editor.titleErrorProperty().get()).isEmpty();
        assertThat(editor.isValid()).isTrue();
    }

    @Test
    void theTitleMayHave200CharactersButNot201() {
        EditorViewModel editor = filledEditor();
        editor.titleProperty().set("督".repeat(200));
        assertThat(editor.titleErrorProperty().get()).isEmpty();
        assertThat(editor.isValid()).isTrue();

        editor.titleProperty().set("督".repeat(201));
        assertThat(editor.titleErrorProperty().get()).isEqualTo("督办事项不能超过 200 字（现 201 字）");
        assertThat(editor.isValid()).isFalse();

        editor.titleProperty().set("办".repeat(213));
        assertThat(editor.titleErrorProperty().get()).isEqualTo("督办事项不能超过 200 字（现 213 字）");

        // Spaces around the title are trimmed by the store, so they do not count.
        editor.titleProperty().set("  " + "督".repeat(200) + "  ");
        assertThat(editor.titleErrorProperty().get()).isEmpty();
    }

    // ---- 责任人, 责任领导 ----------------------------------------------------------------------------

    @Test
    void theOwnerIsOneRequiredPersonOfAtMost50Characters() {
        EditorViewModel editor = filledEditor();
        editor.ownerProperty().set(" ");
        assertThat(editor.ownerErrorProperty().get()).isEqualTo("请填写责任人");
        editor.ownerProperty().set("王".repeat(50));
        assertThat(editor.ownerErrorProperty().get()).isEmpty();
        editor.ownerProperty().set("王".repeat(51));
        assertThat(editor.ownerErrorProperty().get()).isEqualTo("责任人不能超过 50 字（现 51 字）");
        editor.ownerProperty().set("王建国、李明");
        assertThat(editor.ownerErrorProperty().get()).contains("一事一人");
        assertThat(editor.isValid()).isFalse();
        editor.ownerProperty().set("王建国");
        assertThat(editor.isValid()).isTrue();
    }

    @Test
    void theLeaderIsOptionalButAtMost50Characters() {
        EditorViewModel editor = filledEditor();
        editor.leaderProperty().set("");
        assertThat(editor.isValid()).isTrue();
        editor.leaderProperty().set("李".repeat(51));
        assertThat(editor.leaderErrorProperty().get()).isEqualTo("责任领导不能超过 50 字（现 51 字）");
        assertThat(editor.isValid()).isFalse();
        assertThat(filledEditor().toDraft(housing.id()).leader()).isNull();
    }

    // ---- 牵头单位, 协办单位 -------------------------------------------------------------------------

    @Test
    void theLeadUnitIsRequired() {
        EditorViewModel editor = filledEditor();
        editor.leadUnitTextProperty().set("  ");
        assertThat(editor.leadUnitErrorProperty().get()).isEqualTo("请选择或填写牵头单位");
        assertThat(editor.newUnitHintProperty().get()).isEmpty();
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void anExistingUnitNameIsThatUnitEvenWithSpacesAround() {
        EditorViewModel editor = filledEditor();
        editor.leadUnitTextProperty().set(" 县财政局 ");
        assertThat(editor.existingLeadUnit()).contains(finance);
        assertThat(editor.newLeadUnitName()).isEmpty();
        assertThat(editor.newUnitHintProperty().get()).isEmpty();
    }

    @Test
    void aNameThatIsNoUnitYetWillBeAddedAndSaysSo() {
        EditorViewModel editor = filledEditor();
        editor.leadUnitTextProperty().set("县大数据中心");
        assertThat(editor.existingLeadUnit()).isEmpty();
        assertThat(editor.newLeadUnitName()).contains("县大数据中心");
        assertThat(editor.newUnitHintProperty().get()).isEqualTo("将新增单位：县大数据中心");
        assertThat(editor.leadUnitErrorProperty().get()).isEmpty();
        assertThat(editor.isValid()).isTrue();

        editor.leadUnitTextProperty().set("单".repeat(101));
        assertThat(editor.leadUnitErrorProperty().get()).isEqualTo("单位名称不能超过 100 字（现 101 字）");
        assertThat(editor.newUnitHintProperty().get()).isEmpty();
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void newTownsAndTownshipsAreTownshipsOtherUnitsCountyDepartments() {
        assertThat(EditorViewModel.kindOfNewUnit("城关镇")).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(EditorViewModel.kindOfNewUnit("石门乡 ")).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(EditorViewModel.kindOfNewUnit("县大数据中心")).isEqualTo(UnitKind.COUNTY_DEPARTMENT);
        assertThat(EditorViewModel.kindOfNewUnit("镇政府办")).isEqualTo(UnitKind.COUNTY_DEPARTMENT);
    }

    @Test
    void theAssistingUnitsMayNotIncludeTheLeadUnit() {
        EditorViewModel editor = filledEditor();
        editor.assistUnits().setAll(finance, housing);
        assertThat(editor.assistUnitsErrorProperty().get()).isEqualTo("协办单位不能包含牵头单位");
        assertThat(editor.isValid()).isFalse();

        editor.assistUnits().remove(housing);
        assertThat(editor.assistUnitsErrorProperty().get()).isEmpty();
        assertThat(editor.isValid()).isTrue();

        // Changing the lead unit to one of the assisting units is the same mistake.
        editor.leadUnitTextProperty().set("县财政局");
        assertThat(editor.assistUnitsErrorProperty().get()).isEqualTo("协办单位不能包含牵头单位");
        editor.leadUnitTextProperty().set("县发改委");
        assertThat(editor.isValid()).isTrue();
    }

    // ---- 交办日期, 办理时限 --------------------------------------------------------------------------

    @Test
    void datesAreRequired() {
        EditorViewModel editor = filledEditor();
        editor.assignedOn().setText("");
        assertThat(editor.assignedOnErrorProperty().get()).isEqualTo("请填写交办日期");
        assertThat(editor.isValid()).isFalse();
        editor.assignedOn().setText("2026-11-20");
        editor.deadline().setText(" ");
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("请填写办理时限");
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void typedDatesInTheOfficesFormsAreRead() {
        EditorViewModel editor = filledEditor();
        for (String typed : List.of("2026/12/31", "2026.12.31", "20261231", "2026年12月31日")) {
            editor.deadline().setText(typed);
            assertThat(editor.deadline().getDate()).as(typed).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(editor.isValid()).as(typed).isTrue();
        }
    }

    @Test
    void textThatIsNotADateIsKeptAndExplained() {
        EditorViewModel editor = filledEditor();
        editor.deadline().setText("2026-13-01");
        assertThat(editor.deadline().getText()).isEqualTo("2026-13-01");
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
        assertThat(editor.isValid()).isFalse();
        editor.assignedOn().setText("下周一");
        assertThat(editor.assignedOnErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
    }

    @Test
    void theDeadlineMayNotBeBeforeTheAssignmentDate() {
        EditorViewModel editor = filledEditor();
        editor.deadline().setText("2026-11-20");
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("办理时限不能早于交办日期");
        assertThat(editor.isValid()).isFalse();

        editor.deadline().setText("2026-11-21");
        assertThat(editor.deadlineErrorProperty().get()).as("due the day it is assigned").isEmpty();
        assertThat(editor.isValid()).isTrue();

        // Moving 交办日期 after the deadline is the same mistake, reported on 办理时限.
        editor.assignedOn().setText("2026-11-22");
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("办理时限不能早于交办日期");
        assertThat(editor.assignedOnErrorProperty().get()).isEmpty();
    }

    @Test
    void anInvalidEditorMakesNoDraft() {
        EditorViewModel editor = newEditor();
        assertThatThrownBy(() -> editor.toDraft(housing.id())).isInstanceOf(IllegalStateException.class);
    }

    // ---- saving ---------------------------------------------------------------------------------

    @Test
    void aValidNewItemIsSavedInAssigned() {
        EditorViewModel editor = filledEditor();
        editor.assistUnits().setAll(finance);
        save(editor);

        assertThat(errors).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(itemStore.countAll()).isEqualTo(1);
        Item item = itemStore.find(saved.get(0).id());
        assertThat(item.status()).isEqualTo(Status.ASSIGNED);
        assertThat(item.title()).isEqualTo("推进城区老旧小区改造");
        assertThat(item.leadUnit()).isEqualTo(housing);
        assertThat(item.assistUnits()).containsExactly(finance);
        assertThat(item.owner()).isEqualTo("王建国");
        assertThat(item.source()).isEqualTo(Source.LEADER_INSTRUCTION);
        assertThat(item.category()).isEqualTo(Category.ROUTINE);
        assertThat(item.assignedOn()).isEqualTo(TODAY);
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(item.version()).isEqualTo(1);
        assertThat(editor.savingProperty().get()).isFalse();
        assertThat(editor.saveErrorProperty().get()).isEmpty();
    }

    @Test
    void anInvalidItemWritesNothing() {
        EditorViewModel editor = filledEditor();
        editor.leadUnitTextProperty().set("县应急管理局"); // would be added, were the item valid
        editor.titleProperty().set("");
        save(editor);

        assertThat(saved).isEmpty();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("改正");
        assertThat(itemStore.countAll()).isZero();
        assertThat(unitStore.all()).extracting(Unit::name).doesNotContain("县应急管理局");
    }

    @Test
    void aNewLeadUnitIsAddedBeforeTheItemWithItsKind() {
        EditorViewModel editor = filledEditor();
        editor.leadUnitTextProperty().set(" 城关镇 ");
        save(editor);

        assertThat(errors).isEmpty();
        Unit town = unitStore.all().stream().filter(unit -> unit.name().equals("城关镇")).findFirst().orElseThrow();
        assertThat(town.kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(itemStore.find(saved.get(0).id()).leadUnit()).isEqualTo(town);
        assertThat(editor.unitNames()).contains("城关镇");
    }

    @Test
    void editingAnExistingItemUpdatesItAndBumpsTheVersion() {
        Item original = itemStore.create(filledEditor().toDraft(housing.id()));
        EditorViewModel editor = editorOf(original);
        assertThat(editor.isNew()).isFalse();
        assertThat(editor.windowTitle()).isEqualTo("编辑督办事项");
        assertThat(editor.titleProperty().get()).isEqualTo(original.title());
        assertThat(editor.leadUnitTextProperty().get()).isEqualTo("县住建局");
        assertThat(editor.deadline().getText()).isEqualTo("2026-12-31");
        assertThat(editor.isValid()).isTrue();

        editor.deadline().setText("2027/01/15");
        editor.categoryProperty().set(Category.URGENT);
        save(editor);

        assertThat(errors).isEmpty();
        assertThat(itemStore.countAll()).isEqualTo(1);
        Item updated = itemStore.find(original.id());
        assertThat(updated.version()).isEqualTo(original.version() + 1);
        assertThat(updated.deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(updated.category()).isEqualTo(Category.URGENT);
        assertThat(saved).containsExactly(updated);
        assertThat(itemStore.history(original.id())).extracting(event -> event.kind())
                .containsExactly(EventKind.CREATE, EventKind.EDIT);

        // A second save from the same editor uses the new version.
        editor.ownerProperty().set("赵敏");
        save(editor);
        assertThat(errors).isEmpty();
        assertThat(itemStore.find(original.id()).version()).isEqualTo(original.version() + 2);
    }

    @Test
    void aStaleVersionIsRefusedWithTheChineseConflictMessage() {
        Item original = itemStore.create(filledEditor().toDraft(housing.id()));
        EditorViewModel editor = editorOf(original);
        // Someone else changes the item after this editor read it.
        ItemDraft elsewhere = ItemDraft.of(original);
        itemStore.update(original.id(), original.version(), new ItemDraft(elsewhere.title(), "另一窗口的修改",
                elsewhere.source(), elsewhere.category(), elsewhere.leadUnitId(), elsewhere.assistUnitIds(),
                elsewhere.owner(), elsewhere.leader(), elsewhere.assignedOn(), elsewhere.deadline()));

        editor.titleProperty().set("本窗口改的标题");
        save(editor);

        assertThat(saved).isEmpty();
        assertThat(errors).containsExactly(
                "“推进城区老旧小区改造”已被其他窗口或程序修改，本次操作未保存。看板已显示它的最新状态。");
        assertThat(editor.saveErrorProperty().get()).isEqualTo(errors.get(0));
        assertThat(editor.savingProperty().get()).isFalse();
        assertThat(editor.titleProperty().get()).as("what was typed is kept").isEqualTo("本窗口改的标题");
        Item current = itemStore.find(original.id());
        assertThat(current.title()).isEqualTo("推进城区老旧小区改造");
        assertThat(current.details()).isEqualTo("另一窗口的修改");
    }

    @Test
    void aRetryAfterAFailedSaveDoesNotAddTheNewUnitTwice() {
        Item original = itemStore.create(filledEditor().toDraft(housing.id()));
        EditorViewModel editor = editorOf(original);
        itemStore.update(original.id(), original.version(), withOwner(original, "赵敏"));

        editor.leadUnitTextProperty().set("城关镇");
        save(editor);
        assertThat(errors).hasSize(1);
        int unitsAfterFailure = unitStore.all().size();
        assertThat(editor.existingLeadUnit()).as("the unit was added before the conflict").isPresent();

        save(editor);
        assertThat(errors).hasSize(2);
        assertThat(unitStore.all()).hasSize(unitsAfterFailure);
    }

    private static ItemDraft withOwner(Item item, String owner) {
        ItemDraft draft = ItemDraft.of(item);
        return new ItemDraft(draft.title(), draft.details(), draft.source(), draft.category(), draft.leadUnitId(),
                draft.assistUnitIds(), owner, draft.leader(), draft.assignedOn(), draft.deadline());
    }

    @Test
    void failuresAreDescribedInChinese() {
        // A cause nobody foresaw: a general sentence and the log file, never the English.
        assertThat(EditorViewModel.describe(new RuntimeException("disk I/O error")))
                .startsWith("保存失败：发生了意外错误（详细信息已记入日志文件").doesNotContain("disk I/O error");
        assertThat(EditorViewModel.describe(new IllegalArgumentException("协办单位不能是牵头单位。")))
                .isEqualTo("协办单位不能是牵头单位。");
    }

    // ---- names that start like a spreadsheet formula (duban.domain.FormulaGuard) ------------------

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=王五", "+王五", "-李四", "@张三", "\t=王五", "\r-李四", " @张三"})
    void anOwnerStartingLikeAFormulaIsRefusedWithTheReasonAndNothingIsSaved(String owner) {
        EditorViewModel editor = filledEditor();
        editor.ownerProperty().set(owner);

        String shown = owner.strip();
        assertThat(editor.ownerErrorProperty().get()).startsWith("责任人 “" + shown + "” 以 " + shown.charAt(0) + " 开头")
                .contains("公式");
        assertThat(editor.isValid()).isFalse();
        save(editor);
        assertThat(saved).isEmpty();
        assertThat(itemStore.countAll()).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=张副县长", "+张副县长", "-张副县长", "@张副县长"})
    void aLeaderStartingLikeAFormulaIsRefused(String leader) {
        EditorViewModel editor = filledEditor();
        editor.leaderProperty().set(leader);

        assertThat(editor.leaderErrorProperty().get())
                .startsWith("责任领导 “" + leader + "” 以 " + leader.charAt(0) + " 开头");
        assertThat(editor.isValid()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"=县水利局", "+县水利局", "-县水利局", "@县水利局", "\t-县水利局"})
    void aNewLeadUnitStartingLikeAFormulaIsRefusedAndNotCreated(String unit) {
        EditorViewModel editor = filledEditor();
        editor.leadUnitTextProperty().set(unit);

        String shown = unit.strip();
        assertThat(editor.leadUnitErrorProperty().get())
                .startsWith("牵头单位 “" + shown + "” 以 " + shown.charAt(0) + " 开头");
        assertThat(editor.newUnitHintProperty().get()).isEmpty();
        assertThat(editor.isValid()).isFalse();
        save(editor);
        assertThat(unitStore.all()).extracting(Unit::name).containsExactly("县财政局", "县住建局", "县发改委");
    }

    @Test
    void aTitleMayStartWithAMinusAndANameMayHoldAnApostropheOrAMinusInside() {
        EditorViewModel editor = filledEditor();
        editor.titleProperty().set("-1 号楼外墙修缮");
        editor.ownerProperty().set("欧阳-娜娜");
        editor.leaderProperty().set("'张副县长");
        editor.leadUnitTextProperty().set("县水利局-防汛办");

        assertThat(editor.isValid()).isTrue();
        save(editor);
        assertThat(errors).isEmpty();
        Item item = itemStore.find(saved.get(0).id());
        assertThat(item.title()).isEqualTo("-1 号楼外墙修缮");
        assertThat(item.owner()).isEqualTo("欧阳-娜娜");
        assertThat(item.leader()).isEqualTo("'张副县长");
        assertThat(item.leadUnit().name()).isEqualTo("县水利局-防汛办");
    }
}
