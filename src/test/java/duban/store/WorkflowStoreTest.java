package duban.store;

import duban.domain.Closing;
import duban.domain.ConcurrentChangeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports, reminders, extensions, returns and settings on a real file, each with its logged event. */
class WorkflowStoreTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path folder;

    private final MovableClock clock = new MovableClock(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private Database database;
    private ItemStore items;
    private WorkflowStore workflow;
    private Unit unit;

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "workflow");
        items = new ItemStore(database.dsl(), clock);
        workflow = new WorkflowStore(database.dsl(), clock);
        unit = new UnitStore(database.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    private Item create(LocalDate deadline) {
        return items.create(new ItemDraft("县城区供水管网改造", "", Source.LEADER_INSTRUCTION, Category.KEY, unit.id(),
                List.of(), "周建平", null, TODAY.minusDays(30), deadline));
    }

    private List<EventKind> kinds(long itemId) {
        return items.history(itemId).stream().map(ItemEvent::kind).toList();
    }

    @Test
    void aProgressReportIsStoredWithItsEventAndShowsInTheItemsActivity() {
        Item item = create(TODAY.plusDays(10));
        Item after = workflow.addReport(item.id(), TODAY.minusDays(1), "周建平", "已完成管网铺设 3.2 公里, 占 60%。");

        assertThat(workflow.reports(item.id())).singleElement().satisfies(report -> {
            assertThat(report.reportedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(report.content()).startsWith("已完成管网铺设");
        });
        assertThat(after.activity().reportCount()).isEqualTo(1);
        assertThat(after.activity().lastReportOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(after.version()).isEqualTo(item.version());
        assertThat(kinds(item.id())).containsExactly(EventKind.CREATE, EventKind.REPORT);
        assertThat(items.history(item.id()).get(1).changes()).contains("\"reporter\":\"周建平\"");
    }

    @Test
    void aReportNeedsAReporterAndContentAndNoFutureDateAndWritesNothingOtherwise() {
        Item item = create(TODAY.plusDays(10));
        assertThatThrownBy(() -> workflow.addReport(item.id(), TODAY, " ", "内容")).hasMessageContaining("报送人");
        assertThatThrownBy(() -> workflow.addReport(item.id(), TODAY, "周建平", "")).hasMessageContaining("进展内容");
        assertThatThrownBy(() -> workflow.addReport(item.id(), TODAY.plusDays(1), "周建平", "内容"))
                .hasMessageContaining("不能晚于今天");
        assertThat(workflow.reports(item.id())).isEmpty();
        assertThat(kinds(item.id())).containsExactly(EventKind.CREATE);
    }

    @Test
    void remindersAreCountedAndTheLatestColourIsKept() {
        Item item = create(TODAY.minusDays(2));
        workflow.addReminder(item.id(), TODAY.minusDays(3), ReminderMethod.PHONE, ReminderLevel.BLUE, null);
        Item after = workflow.addReminder(item.id(), TODAY, ReminderMethod.SUPERVISION_NOTICE, ReminderLevel.RED,
                "已发红色督办单");

        assertThat(after.activity().reminderCount()).isEqualTo(2);
        assertThat(after.activity().lastReminderLevel()).isEqualTo(ReminderLevel.RED);
        assertThat(workflow.reminders(item.id())).extracting(r -> r.level()).containsExactly(ReminderLevel.RED,
                ReminderLevel.BLUE);
        assertThat(kinds(item.id())).containsExactly(EventKind.CREATE, EventKind.REMIND, EventKind.REMIND);
        assertThat(items.history(item.id()).get(2).note()).isEqualTo("已发红色督办单");
    }

    @Test
    void anExtensionApprovedInTimeMovesBothDeadlinesAndCountsForOnTime() {
        Item item = create(TODAY.plusDays(2));
        Item extended = workflow.extend(item.id(), item.version(), TODAY.plusDays(30), "雨季施工受阻", "张副县长", TODAY);

        assertThat(extended.deadline()).isEqualTo(TODAY.plusDays(2));
        assertThat(extended.currentDeadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(extended.assessmentDeadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(extended.isExtended()).isTrue();
        assertThat(extended.activity().extensionCount()).isEqualTo(1);
        assertThat(extended.version()).isEqualTo(item.version() + 1);
        assertThat(kinds(item.id())).containsExactly(EventKind.CREATE, EventKind.EXTEND);
        assertThat(items.history(item.id()).get(1).note()).isEqualTo("雨季施工受阻");

        Item closed = closeOn(extended, TODAY.plusDays(20));
        assertThat(new Deadlines(clock).stateOf(closed)).isEqualTo(DeadlineState.CLOSED_ON_TIME);
    }

    @Test
    void anExtensionApprovedAfterTheDeadlinePassedOnlyMovesTheWorkingDeadline() {
        Item item = create(TODAY.minusDays(5));
        Deadlines deadlines = new Deadlines(clock);
        assertThat(deadlines.stateOf(item)).isEqualTo(DeadlineState.OVERDUE);

        Item extended = workflow.extend(item.id(), item.version(), TODAY.plusDays(10), "资金未到位", "张副县长", TODAY);
        assertThat(extended.currentDeadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(extended.assessmentDeadline()).isEqualTo(TODAY.minusDays(5));
        assertThat(deadlines.stateOf(extended)).isEqualTo(DeadlineState.NORMAL);
        assertThat(items.history(item.id()).get(1).changes()).doesNotContain("assessedDeadline");

        Item closed = closeOn(extended, TODAY);
        assertThat(deadlines.stateOf(closed)).isEqualTo(DeadlineState.CLOSED_LATE);
        Item onTime = closeOn(workflow.extend(create(TODAY.plusDays(1)).id(), 1, TODAY.plusDays(9), "因", "张", TODAY),
                TODAY);
        assertThat(BoardStats.of(List.of(closed, onTime), deadlines).onTimeRate().percentText()).isEqualTo("50.0%");
    }

    @Test
    void anExtensionMustBeLaterApprovedNotInTheFutureAndAgainstTheCurrentVersion() {
        Item item = create(TODAY.plusDays(10));
        assertThatThrownBy(() -> workflow.extend(item.id(), item.version(), TODAY.plusDays(10), "因", "张", TODAY))
                .hasMessageContaining("必须晚于");
        assertThatThrownBy(() -> workflow.extend(item.id(), item.version(), TODAY.plusDays(20), "因", "张",
                TODAY.plusDays(1))).hasMessageContaining("批准日期");
        assertThatThrownBy(() -> workflow.extend(item.id(), item.version() + 7, TODAY.plusDays(20), "因", "张", TODAY))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(workflow.extensions(item.id())).isEmpty();
        assertThat(items.find(item.id()).isExtended()).isFalse();
        assertThat(kinds(item.id())).containsExactly(EventKind.CREATE);
    }

    @Test
    void sendingBackFromFeedbackCountsTheReturnAndRecordsTheReason() {
        Item item = create(TODAY.plusDays(10));
        Item inFeedback = items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024, null, null);
        Item returned = items.sendBack(item.id(), inFeedback.version(), null, null, "报告缺少验收材料");

        assertThat(returned.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(returned.returnCount()).isEqualTo(1);
        ItemEvent event = items.history(item.id()).get(2);
        assertThat(event.kind()).isEqualTo(EventKind.RETURN);
        assertThat(event.fromStatus()).isEqualTo(Status.AWAITING_FEEDBACK);
        assertThat(event.toStatus()).isEqualTo(Status.IN_PROGRESS);
        assertThat(event.note()).isEqualTo("报告缺少验收材料");

        assertThatThrownBy(() -> items.sendBack(item.id(), returned.version(), null, null, "再退"))
                .hasMessageContaining("只有“待反馈”");
        assertThat(items.find(item.id()).returnCount()).isEqualTo(1);
    }

    @Test
    void settingsAreStoredAndEveryChangeIsLogged() {
        SettingsStore settings = new SettingsStore(database.dsl(), clock);
        assertThat(settings.get("dueSoonDays")).isEmpty();
        assertThat(settings.put("dueSoonDays", "3")).isTrue();
        assertThat(settings.put("dueSoonDays", "3")).isFalse();
        assertThat(settings.put("dueSoonDays", "5")).isTrue();
        assertThat(settings.get("dueSoonDays")).contains("5");
        assertThat(settings.changeCount("dueSoonDays")).isEqualTo(2);
        assertThatThrownBy(() -> database.dsl().execute("DELETE FROM setting_change"))
                .hasMessageContaining("append-only");
    }

    private Item closeOn(Item item, LocalDate closedOn) {
        Item inFeedback = items.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024, null, null);
        return items.move(item.id(), inFeedback.version(), Status.CLOSED, 1024,
                new Closing(closedOn, "已完成"), null);
    }
}
