package duban.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import duban.ui.TaskRunner;
import duban.domain.DeadlineState;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel's view model over a real store on an SQLite file; no FX toolkit needed. */
class DetailsViewModelTest {

    @TempDir
    Path folder;

    private SampleItems samples;

    @BeforeEach
    void openDatabase() throws Exception {
        samples = new SampleItems(folder);
    }

    @AfterEach
    void closeDatabase() {
        samples.close();
    }

    @Test
    void showSetsTheFieldsAtOnceAndTheHistoryNewestFirst() {
        Item item = samples.closedWaterMainItem();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, TaskRunner.inline(),
                SampleItems.deadlines());

        details.show(item);

        assertThat(details.itemProperty().get()).isEqualTo(item);
        assertThat(details.titleProperty().get()).isEqualTo(SampleItems.WATER_TITLE);
        assertThat(details.statusTextProperty().get()).isEqualTo("办结销号 · 11-20 按时办结");
        assertThat(details.deadlineStateProperty().get()).isEqualTo(DeadlineState.CLOSED_ON_TIME);
        assertThat(fieldsOf(details)).containsExactly(
                entry("事项来源", "领导批示"),
                entry("督办类别", "重点督办"),
                entry("牵头单位", "县住建局"),
                entry("协办单位", "县财政局、县自然资源局"),
                entry("责任人", "王建国"),
                entry("责任领导", "李明副县长"),
                entry("交办日期", "2026-11-02"),
                entry("办理时限", "2026-12-15"),
                entry("最新进展", "尚未报送"),
                entry("办结日期", "2026-11-20"),
                entry("办结情况", SampleItems.CLOSING_NOTE),
                entry("详细内容", SampleItems.WATER_DETAILS));

        assertThat(details.history()).extracting(HistoryEntry::kind).containsExactly(
                EventKind.MOVE, EventKind.MOVE, EventKind.MOVE, EventKind.EDIT, EventKind.CREATE);
        assertThat(details.history()).extracting(HistoryEntry::summary).containsExactly(
                "待反馈 → 办结销号", "办理中 → 待反馈", "交办 → 办理中", "修改了 3 项内容", "登记于交办");
        assertThat(details.history()).extracting(HistoryEntry::when).containsExactly(
                "2026-11-20 11:00", "2026-11-18 16:40", "2026-11-06 10:15", "2026-11-05 14:20", "2026-11-02 09:05");

        HistoryEntry closing = details.history().get(0);
        assertThat(closing.changeLines()).containsExactly(
                "办结日期：（空） → 2026-11-20", "办结情况：（空） → " + SampleItems.CLOSING_NOTE);
        assertThat(details.history().get(1).noteLine()).isEqualTo("原因：已报送完工报告");
        // The store writes assisting units in display order, as the field table lists them.
        assertThat(details.history().get(3).changeLines()).containsExactlyInAnyOrder(
                "协办单位：县财政局 → 县财政局、县自然资源局",
                "责任领导：（空） → 李明副县长",
                "办理时限：2026-11-30 → 2026-12-15");
        assertThat(details.history().get(4).changeLines()).contains("牵头单位：县住建局", "督办类别：重点督办");
        assertThat(details.historyMessageProperty().get()).isEmpty();
        assertThat(details.loadingHistoryProperty().get()).isFalse();
    }

    @Test
    void anOpenItemShowsItsColumnAndDeadlineStateAndLeavesOutClosingFields() {
        Item item = samples.overdueSentBackItem();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, TaskRunner.inline(),
                SampleItems.deadlines());

        details.show(item);

        assertThat(details.statusTextProperty().get()).isEqualTo("办理中 · 逾期 3 天");
        assertThat(details.deadlineStateProperty().get()).isEqualTo(DeadlineState.OVERDUE);
        Map<String, String> fields = fieldsOf(details);
        assertThat(fields).containsEntry("协办单位", "无").containsEntry("责任领导", "—")
                .containsEntry("督办类别", "急件").containsEntry("事项来源", "常务会议决定");
        assertThat(fields).doesNotContainKeys("办结日期", "办结情况", "详细内容", "撤销原因");
        assertThat(details.history()).extracting(HistoryEntry::summary).containsExactly(
                "在“办理中”内调整顺序", "待反馈 → 办理中", "办理中 → 待反馈", "交办 → 办理中", "登记于交办");
        assertThat(details.history().get(1).noteLine()).isEqualTo("原因：抽检台账不全, 退回重办");
    }

    @Test
    void theWorkflowAroundAnItemShowsAmongItsFields() {
        Item item = samples.overdueSentBackItem();
        duban.store.WorkflowStore workflow = samples.workflow();
        workflow.addReport(item.id(), SampleItems.TODAY.minusDays(2), "孙丽", "已完成 80% 的抽检。");
        workflow.addReminder(item.id(), SampleItems.TODAY, duban.domain.ReminderMethod.SUPERVISION_NOTICE,
                duban.domain.ReminderLevel.RED, null);
        Item current = samples.store().find(item.id());
        Item extended = workflow.extend(item.id(), current.version(), SampleItems.TODAY.plusDays(10), "抽检批次增加",
                "张副县长", SampleItems.TODAY);
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, TaskRunner.inline(),
                SampleItems.deadlines());

        details.show(extended);

        Map<String, String> fields = fieldsOf(details);
        assertThat(fields).containsEntry("延期后时限", SampleItems.TODAY.plusDays(10).toString())
                // approved after the original deadline had passed: still assessed by it
                .containsEntry("考核时限", extended.deadline().toString())
                .containsEntry("催办", "1 次（最近：红色督办单）")
                .containsEntry("最新进展", SampleItems.TODAY.minusDays(2) + "（共 1 次）");
        assertThat(details.statusTextProperty().get()).isEqualTo("办理中 · 剩 10 天");
    }

    @Test
    void aWithdrawnItemSaysSoInsteadOfItsDeadlineState() {
        Item item = samples.plainItem("城东片区信访积案化解");
        samples.at(2026, 11, 12, 9, 30);
        Item withdrawn = samples.store().withdraw(item.id(), item.version(), "与第 3 项重复登记");
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, TaskRunner.inline(),
                SampleItems.deadlines());

        details.show(withdrawn);

        assertThat(details.statusTextProperty().get()).isEqualTo("交办 · 已撤销督办");
        assertThat(details.deadlineStateProperty().get()).isNull();
        assertThat(details.withdrawnProperty().get()).isTrue();
        assertThat(fieldsOf(details)).containsEntry("撤销原因", "与第 3 项重复登记");
        HistoryEntry latest = details.history().get(0);
        assertThat(latest.what()).isEqualTo("撤销督办");
        assertThat(latest.summary()).isEqualTo("从“交办”撤销督办，移出看板");
        assertThat(latest.noteLine()).isEqualTo("原因：与第 3 项重复登记");
    }

    @Test
    void aSlowHistoryOfAnItemNoLongerShownIsIgnored() {
        Item first = samples.closedWaterMainItem();
        Item second = samples.overdueSentBackItem();
        HeldRunner runner = new HeldRunner();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, runner, SampleItems.deadlines());

        details.show(first);
        assertThat(details.loadingHistoryProperty().get()).isTrue();
        assertThat(details.history()).isEmpty();
        assertThat(details.historyMessageProperty().get()).isEqualTo("正在读取办理记录……");
        details.show(second);
        assertThat(runner.pending()).isEqualTo(2);

        runner.releaseNewest(); // the second item's read returns first
        assertThat(details.history()).extracting(HistoryEntry::summary).startsWith("在“办理中”内调整顺序").hasSize(5);
        runner.releaseOldest(); // then the first item's slow read: it must not overwrite the panel
        assertThat(details.itemProperty().get()).isEqualTo(second);
        assertThat(details.history()).extracting(HistoryEntry::summary).startsWith("在“办理中”内调整顺序").hasSize(5);
        assertThat(details.loadingHistoryProperty().get()).isFalse();
    }

    @Test
    void aStaleResultArrivingBeforeTheCurrentOneDoesNotShowEither() {
        Item first = samples.closedWaterMainItem();
        Item second = samples.overdueSentBackItem();
        HeldRunner runner = new HeldRunner();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, runner, SampleItems.deadlines());

        details.show(first);
        details.show(second);
        runner.releaseOldest();

        assertThat(details.history()).isEmpty();
        assertThat(details.loadingHistoryProperty().get()).isTrue();
        assertThat(details.titleProperty().get()).isEqualTo("农贸市场冷链食品抽检全覆盖");

        runner.releaseOldest();
        assertThat(details.history()).hasSize(5);
        assertThat(details.history().get(0).summary()).isEqualTo("在“办理中”内调整顺序");
    }

    @Test
    void clearShowsNothingAndDropsAPendingRead() {
        Item item = samples.closedWaterMainItem();
        HeldRunner runner = new HeldRunner();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, runner, SampleItems.deadlines());

        details.show(item);
        details.clear();
        runner.releaseOldest();

        assertThat(details.itemProperty().get()).isNull();
        assertThat(details.titleProperty().get()).isEmpty();
        assertThat(details.statusTextProperty().get()).isEmpty();
        assertThat(details.fields()).isEmpty();
        assertThat(details.history()).isEmpty();
        assertThat(details.historyMessageProperty().get()).isEmpty();
        assertThat(details.loadingHistoryProperty().get()).isFalse();
    }

    @Test
    void showingTheSameItemAgainKeepsItsHistoryUntilTheFreshReadReturns() {
        Item item = samples.overdueSentBackItem();
        HeldRunner runner = new HeldRunner();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, runner, SampleItems.deadlines());
        details.show(item);
        runner.releaseOldest();

        samples.at(2026, 11, 21, 8, 0);
        ItemDraft draft = ItemDraft.of(item);
        Item edited = samples.store().update(item.id(), item.version(), new ItemDraft(draft.title(), draft.details(),
                draft.source(), draft.category(), draft.leadUnitId(), draft.assistUnitIds(), draft.owner(),
                draft.leader(), draft.assignedOn(), LocalDate.of(2026, 11, 28)));
        details.show(edited);

        assertThat(details.history()).hasSize(5);
        assertThat(details.statusTextProperty().get()).isEqualTo("办理中 · 剩 7 天");
        runner.releaseOldest();
        assertThat(details.history()).hasSize(6);
        assertThat(details.history().get(0).changeLines()).containsExactly("办理时限：2026-11-18 → 2026-11-28");
    }

    @Test
    void aFailedHistoryReadIsShownAsAMessageNotThrown() {
        Item item = samples.closedWaterMainItem();
        LongFunction<List<ItemEvent>> failing = id -> {
            throw new IllegalStateException("数据库文件被占用");
        };
        DetailsViewModel details = new DetailsViewModel(failing, TaskRunner.inline(), SampleItems.deadlines());

        details.show(item);

        assertThat(details.titleProperty().get()).isEqualTo(SampleItems.WATER_TITLE);
        assertThat(details.history()).isEmpty();
        assertThat(details.historyMessageProperty().get()).isEqualTo("读取办理记录失败：数据库文件被占用");
        assertThat(details.historyFailedProperty().get()).isTrue();
        assertThat(details.loadingHistoryProperty().get()).isFalse();
    }

    @Test
    void aClosedDatabaseFailsTheReadWithTheStoresMessage() {
        Item item = samples.closedWaterMainItem();
        DetailsViewModel details = new DetailsViewModel(samples.store()::history, TaskRunner.inline(),
                SampleItems.deadlines());
        samples.close();

        details.show(item);

        assertThat(details.historyMessageProperty().get()).startsWith("读取办理记录失败：");
        assertThat(details.historyFailedProperty().get()).isTrue();
    }

    private static Map<String, String> fieldsOf(DetailsViewModel details) {
        Map<String, String> fields = new LinkedHashMap<>();
        details.fields().forEach(field -> fields.put(field.label(), field.value()));
        return fields;
    }

    /** Holds submitted work until the test releases it, in either order, like a slow background thread. */
    private static final class HeldRunner implements TaskRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            held.addLast(() -> TaskRunner.inline().run(work, onSuccess, onFailure));
        }

        int pending() {
            return held.size();
        }

        void releaseOldest() {
            held.removeFirst().run();
        }

        void releaseNewest() {
            held.removeLast().run();
        }
    }
}
