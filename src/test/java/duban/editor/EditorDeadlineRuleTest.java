package duban.editor;

import duban.app.StorePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.ui.TaskRunner;
import duban.domain.calendar.DeadlineRule;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.office.OfficeSettings;
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

/**
 * 办理时限 given as a rule in the editor: counted from 交办日期 by the holiday calendar, a new item's
 * default from the office's limits, and the officer's own deadline winning over both. No FX toolkit.
 */
class EditorDeadlineRuleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Database database;
    private UnitStore unitStore;
    private ItemStore itemStore;
    private Unit finance;
    private final List<Item> saved = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("editor.db"));
        unitStore = new UnitStore(database.dsl());
        itemStore = new ItemStore(database.dsl(), CLOCK);
        finance = unitStore.add("县财政局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private EditorViewModel newEditor(OfficeSettings settings) {
        EditorViewModel editor = EditorViewModel.forNew(unitStore.all(), CLOCK, settings,
                StorePorts.editor(unitStore, itemStore), TaskRunner.inline());
        editor.titleProperty().set("中秋国庆期间安全生产大检查");
        editor.leadUnitTextProperty().set("县财政局");
        editor.ownerProperty().set("周强");
        return editor;
    }

    private EditorViewModel newEditor() {
        return newEditor(OfficeSettings.defaults());
    }

    @Test
    void fifteenWorkingDaysAcrossMidAutumnAndNationalDay() {
        EditorViewModel editor = newEditor();
        assertThat(editor.assignedOn().getDate()).isEqualTo(LocalDate.of(2026, 9, 15));

        editor.deadlineRule().setText("15个工作日");

        // Counted by hand from Tuesday 2026-09-15 (not counted itself), with the 2026 notice:
        //   9-16 Wed 1, 9-17 Thu 2, 9-18 Fri 3, (9-19 Sat rest), 9-20 Sun 4 (国庆调休上班),
        //   9-21..9-24 Mon-Thu 5-8, (9-25..9-27 中秋 rest), 9-28..9-30 Mon-Wed 9-11,
        //   (10-1..10-7 国庆 rest), 10-8 Thu 12, 10-9 Fri 13, 10-10 Sat 14 (国庆调休上班),
        //   (10-11 Sun rest), 10-12 Mon 15.
        LocalDate expected = LocalDate.of(2026, 10, 12);
        assertThat(editor.deadline().getDate()).isEqualTo(expected);
        assertThat(editor.deadline().getText()).isEqualTo("2026-10-12");
        assertThat(editor.deadlineRule().resultProperty().get()).isEqualTo("= 2026-10-12（15 个工作日）");
        assertThat(editor.deadlineRule().errorProperty().get()).isEmpty();
        assertThat(editor.deadlineRule().warningProperty().get()).as("2026 is official").isEmpty();
        assertThat(editor.isValid()).isTrue();

        editor.save(saved::add, errors::add);
        assertThat(errors).isEmpty();
        assertThat(itemStore.find(saved.get(0).id()).deadline()).isEqualTo(expected);
    }

    @Test
    void changingTheAssignmentDateCountsTheRuleAgain() {
        EditorViewModel editor = newEditor();
        editor.deadlineRule().setText("15个工作日");
        // From Friday 2026-10-09: 10-10 Sat (调休上班) 1, 10-12..10-16 2-6, 10-19..10-23 7-11, 10-26..10-29 12-15.
        editor.assignedOn().setText("2026-10-09");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(editor.deadlineRule().resultProperty().get()).isEqualTo("= 2026-10-29（15 个工作日）");

        editor.assignedOn().setText("");
        assertThat(editor.deadlineRule().resultProperty().get()).as("nothing to count from").isEmpty();
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void calendarDaysMonthsAndTheEndOfTheYearNeedNoCalendar() {
        EditorViewModel editor = newEditor();
        editor.deadlineRule().setText("60天");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 11, 14));
        editor.deadlineRule().setText("三个月");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(editor.deadlineRule().resultProperty().get()).isEqualTo("= 2026-12-15（3 个月）");
        editor.deadlineRule().setText("年底");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        // Plain days reach 2028 without a calendar for it.
        editor.assignedOn().setText("2027-12-01");
        editor.deadlineRule().setText("60天");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2028, 1, 30));
        assertThat(editor.isValid()).isTrue();
    }

    @Test
    void aWorkingDayCountIntoAYearTheCalendarLacksIsRefused() {
        EditorViewModel editor = newEditor();
        editor.assignedOn().setText("2027-12-01");
        editor.deadlineRule().setText("30个工作日");

        assertThat(editor.deadlineRule().errorProperty().get())
                .isEqualTo("节假日日历只包含 2026、2027 年，无法计算 2028 年的工作日。请在 设置 中更新节假日日历。");
        assertThat(editor.deadlineRule().resultProperty().get()).isEmpty();
        assertThat(editor.deadline().isBlank()).isTrue();
        assertThat(editor.deadlineErrorProperty().get()).as("the rule's message says it all").isEmpty();
        assertThat(editor.isValid()).isFalse();
        assertThatThrownBy(() -> editor.toDraft(finance.id())).isInstanceOf(IllegalStateException.class);
        editor.save(saved::add, errors::add);
        assertThat(saved).isEmpty();
        assertThat(itemStore.countAll()).isZero();

        // Without the rule the date is simply missing again.
        editor.deadlineRule().setText("");
        assertThat(editor.deadlineRule().errorProperty().get()).isEmpty();
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("请填写办理时限");
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void aProvisionalYearIsAWarningNotAnError() {
        EditorViewModel editor = newEditor();
        editor.assignedOn().setText("2027-03-01");
        editor.deadlineRule().setText("15个工作日");
        // 2027-03-01 is a Monday; no holiday in March: 3-2..3-5 1-4, 3-8..3-12 5-9, 3-15..3-19 10-14, 3-22 15.
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(editor.deadlineRule().warningProperty().get()).startsWith("2027 年的节假日安排是暂定的");
        assertThat(editor.deadlineRule().errorProperty().get()).isEmpty();
        assertThat(editor.isValid()).isTrue();
        // Calendar days do not use the calendar: nothing provisional about them.
        editor.deadlineRule().setText("20天");
        assertThat(editor.deadlineRule().warningProperty().get()).isEmpty();
    }

    @Test
    void textThatIsNoRuleIsExplainedAndClearingItLeavesTheDate() {
        EditorViewModel editor = newEditor();
        editor.deadlineRule().setText("15个工作日");
        editor.deadlineRule().setText("半个月");
        assertThat(editor.deadlineRule().errorProperty().get())
                .isEqualTo("“半个月”不是时限，应写如 15个工作日、60天、3个月、年底");
        assertThat(editor.isValid()).isFalse();
        editor.deadlineRule().setText("");
        assertThat(editor.deadlineRule().errorProperty().get()).isEmpty();
        assertThat(editor.deadline().getDate()).as("the last date counted stays").isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(editor.isValid()).isTrue();
    }

    @Test
    void aRuleTypedAsTheDateSaysWhereItGoes() {
        EditorViewModel editor = newEditor();
        editor.deadline().setText("15个工作日");
        assertThat(editor.deadlineErrorProperty().get())
                .isEqualTo("“15个工作日”是时限而不是日期，请填在下面的“按时限推算”框中");
        editor.deadline().setText("2026-13-01");
        assertThat(editor.deadlineErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
    }

    @Test
    void aNewItemGetsTheDefaultOfTheSourceAndCategoryPicked() {
        EditorViewModel editor = newEditor();
        assertThat(editor.deadline().isBlank()).as("nothing picked yet").isTrue();
        assertThat(editor.deadlineRule().getText()).isEmpty();

        editor.sourceProperty().set(Source.PETITION);
        assertThat(editor.deadlineRule().getText()).isEqualTo("60 天");
        assertThat(editor.deadline().getDate()).isEqualTo(TODAY.plusDays(60));
        assertThat(editor.deadlineRule().resultProperty().get()).isEqualTo("= 2026-11-14（60 天，信访 · 常规的默认时限）");

        editor.categoryProperty().set(Category.URGENT);
        assertThat(editor.deadlineRule().getText()).isEqualTo("5 天");
        assertThat(editor.deadline().getDate()).isEqualTo(TODAY.plusDays(5));

        editor.categoryProperty().set(Category.KEY);
        editor.sourceProperty().set(Source.EXECUTIVE_MEETING);
        assertThat(editor.deadlineRule().getText()).isEqualTo("30 个工作日");
        assertThat(editor.deadlineRule().chosenByOfficerProperty().get()).isFalse();
        assertThat(editor.isValid()).isTrue();
    }

    @Test
    void theOfficesOwnLimitsAreUsed() {
        OfficeSettings settings = OfficeSettings.defaults().withLimits(OfficeSettings.defaults().limits()
                .withRule(Source.PETITION, Category.ROUTINE, DeadlineRule.workingDays(15)));
        EditorViewModel editor = newEditor(settings);
        editor.sourceProperty().set(Source.PETITION);
        assertThat(editor.deadlineRule().getText()).isEqualTo("15 个工作日");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aDateTypedByTheOfficerWinsOverLaterSourceChanges() {
        EditorViewModel editor = newEditor();
        editor.sourceProperty().set(Source.PETITION);
        assertThat(editor.deadline().getDate()).isEqualTo(TODAY.plusDays(60));

        editor.deadline().setText("2026-12-20");
        assertThat(editor.deadlineRule().getText()).as("her date replaces the rule").isEmpty();
        assertThat(editor.deadlineRule().resultProperty().get()).isEmpty();
        assertThat(editor.deadlineRule().chosenByOfficerProperty().get()).isTrue();

        editor.sourceProperty().set(Source.NPC_SUGGESTION);
        editor.categoryProperty().set(Category.URGENT);
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(editor.deadlineRule().getText()).isEmpty();

        editor.save(saved::add, errors::add);
        assertThat(itemStore.find(saved.get(0).id()).deadline()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aRuleTypedByTheOfficerAlsoWinsOverLaterSourceChanges() {
        EditorViewModel editor = newEditor();
        editor.sourceProperty().set(Source.PETITION);
        editor.deadlineRule().setText("20个工作日");
        editor.sourceProperty().set(Source.CPPCC_PROPOSAL);
        assertThat(editor.deadlineRule().getText()).isEqualTo("20个工作日");
        assertThat(editor.deadlineRule().resultProperty().get()).isEqualTo("= 2026-10-19（20 个工作日）");
    }

    @Test
    void anExistingItemsDeadlineIsNeverChangedAutomatically() {
        Item item = itemStore.create(new ItemDraft("农村公路养护资金下达", "", Source.WORK_REPORT, Category.ROUTINE,
                finance.id(), List.of(), "赵敏", null, TODAY, LocalDate.of(2026, 12, 31)));
        EditorViewModel editor = EditorViewModel.forItem(item, unitStore.all(), CLOCK, OfficeSettings.defaults(),
                StorePorts.editor(unitStore, itemStore), TaskRunner.inline());

        editor.sourceProperty().set(Source.PETITION);
        editor.categoryProperty().set(Category.URGENT);
        editor.assignedOn().setText("2026-09-16");

        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(editor.deadlineRule().getText()).isEmpty();
        // She may still count one herself. From Wednesday 9-16: 9-17 1, 9-18 2, 9-20 Sun 3 (国庆调休上班),
        // 9-21..9-24 4-7, (9-25..9-27 中秋), 9-28 8, 9-29 9, 9-30 10.
        editor.deadlineRule().setText("10个工作日");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void theOldFactoriesUseTheDefaultSettings() {
        EditorViewModel editor = EditorViewModel.forNew(unitStore.all(), CLOCK, StorePorts.editor(unitStore, itemStore),
                TaskRunner.inline());
        editor.sourceProperty().set(Source.PETITION);
        assertThat(editor.deadlineRule().getText()).isEqualTo("60 天");
        editor.deadlineRule().setText("15个工作日");
        assertThat(editor.deadline().getDate()).isEqualTo(LocalDate.of(2026, 10, 12));
    }
}
