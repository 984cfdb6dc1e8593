package duban.board;

import duban.app.BoardStoreAdapter;
import duban.domain.Closing;
import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.TaskRunner;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.boards.BoardScope;
import duban.store.Database;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's view model over a real store, with the work run inline: no FX toolkit needed. */
class BoardViewModelTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    private Database database;
    private ItemStore store;
    private Unit unit;

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("board.db"));
        store = new ItemStore(database.dsl(), CLOCK);
        unit = new UnitStore(database.dsl()).add("县财政局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** A board over the test's database file, through the same adapter the application uses. */
    private BoardViewModel boardOn(TaskRunner runner) {
        return new BoardViewModel(new BoardStoreAdapter(store, new UnitStore(database.dsl())), runner,
                new Deadlines(CLOCK));
    }

    @Test
    void anEmptyBoardHasEmptyColumnsAndUndefinedRates() {
        BoardViewModel board = boardOn(TaskRunner.inline());
        board.reload();

        for (Status status : Status.values()) {
            assertThat(board.cards(status)).isEmpty();
            assertThat(board.countText(status).getValue()).isEqualTo("0");
        }
        assertThat(board.completionRateText().getValue()).isEqualTo("—");
        assertThat(board.onTimeRateText().getValue()).isEqualTo("—");
        assertThat(board.loadingProperty().get()).isFalse();
    }

    @Test
    void reloadPutsEachItemInItsColumnAndComputesTheHeader() {
        Item overdue = create("县城区供水管网改造", TODAY.minusDays(30), TODAY.minusDays(2));
        Item dueSoon = create("农贸市场冷链抽检", TODAY.minusDays(5), TODAY.plusDays(1));
        Item closedOnTime = create("破损路面修补", TODAY.minusDays(40), TODAY.minusDays(10));
        Item later = create("老旧小区改造", TODAY.minusDays(3), TODAY.plusDays(60));
        store.move(dueSoon.id(), dueSoon.version(), Status.IN_PROGRESS, 10, null, null);
        store.move(closedOnTime.id(), closedOnTime.version(), Status.CLOSED, 10,
                new Closing(TODAY.minusDays(12), "已完成修补"), null);

        BoardViewModel board = boardOn(TaskRunner.inline());
        board.reload();

        assertThat(board.idsIn(Status.ASSIGNED)).containsExactly(overdue.id(), later.id());
        assertThat(board.idsIn(Status.IN_PROGRESS)).containsExactly(dueSoon.id());
        assertThat(board.idsIn(Status.AWAITING_FEEDBACK)).isEmpty();
        assertThat(board.idsIn(Status.CLOSED)).containsExactly(closedOnTime.id());
        assertThat(board.completionRateText().getValue()).isEqualTo("25.0%");
        assertThat(board.completionDetailText().getValue()).isEqualTo("1 / 4 项");
        assertThat(board.onTimeRateText().getValue()).isEqualTo("100.0%");
        assertThat(board.overdueText().getValue()).isEqualTo("1");
        assertThat(board.dueSoonText().getValue()).isEqualTo("1");
        assertThat(board.cards(Status.ASSIGNED).get(0).dueText()).isEqualTo("逾期 2 天");
        assertThat(board.cards(Status.IN_PROGRESS).get(0).dueText()).isEqualTo("剩 1 天");
        assertThat(board.cards(Status.CLOSED).get(0).dueText()).isEqualTo("11-09 按时办结");
    }

    @Test
    void aDropThatCannotBeSavedWhileTheDatabaseIsAwayIsTakenBackAndTheBoardRecoversWithTheNextRead() {
        Item first = create("县城区供水管网改造", TODAY, TODAY.plusDays(9));
        Item second = create("老旧小区改造", TODAY, TODAY.plusDays(20));
        boolean[] away = {false};
        BoardStore real = new BoardStoreAdapter(store, new UnitStore(database.dsl()));
        BoardStore serverAway = (BoardStore) java.lang.reflect.Proxy.newProxyInstance(BoardStore.class.getClassLoader(),
                new Class<?>[] {BoardStore.class}, (proxy, method, args) -> {
                    if (away[0]) {
                        throw new IllegalStateException("the database server cannot be reached");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        BoardViewModel board = new BoardViewModel(serverAway, TaskRunner.inline(), new Deadlines(CLOCK));
        board.reload();
        board.showOffline(java.time.LocalTime.of(10, 5));
        assertThat(board.offlineProperty().get()).contains("10:05").contains("正在重新连接");

        away[0] = true;
        board.moveCard(first.id(), Status.IN_PROGRESS, 0);

        assertThat(board.idsIn(Status.ASSIGNED)).as("the unsaved drop is taken back").containsExactly(first.id(),
                second.id());
        assertThat(board.idsIn(Status.IN_PROGRESS)).isEmpty();
        assertThat(board.messageProperty().get()).isNotBlank();
        assertThat(board.noticeProperty().get()).startsWith("读取数据失败");

        away[0] = false;
        board.showOnline();
        board.reload();
        assertThat(board.offlineProperty().get()).isNull();
        assertThat(board.noticeProperty().get()).as("the failed read's notice goes with a good read").isEmpty();
        assertThat(store.find(first.id()).version()).as("nothing was written").isEqualTo(first.version());
    }

    @Test
    void aFailedLoadKeepsTheBoardAndTellsTheUserWhy() {
        create("县城区供水管网改造", TODAY, TODAY.plusDays(9));
        BoardViewModel board = boardOn(TaskRunner.inline());
        board.reload();
        assertThat(board.cards(Status.ASSIGNED)).hasSize(1);

        database.close(); // the next read fails
        board.reload();

        assertThat(board.cards(Status.ASSIGNED)).hasSize(1);
        assertThat(board.noticeProperty().get()).startsWith("读取数据失败");
        assertThat(board.loadingProperty().get()).isFalse();
    }

    @Test
    void theWorkRunsThroughTheTaskRunnerNotOnTheCallersThread() {
        RecordingRunner runner = new RecordingRunner();
        BoardViewModel board = boardOn(runner);
        create("县城区供水管网改造", TODAY, TODAY.plusDays(9));

        board.reload();
        assertThat(board.loadingProperty().get()).isTrue();
        assertThat(board.cards(Status.ASSIGNED)).isEmpty();

        runner.runPending();
        assertThat(board.loadingProperty().get()).isFalse();
        assertThat(board.cards(Status.ASSIGNED)).hasSize(1);
    }

    @Test
    void aKeyItemNeedsAProgressReportBeforeItCanBeClosed() {
        Item item = store.create(new ItemDraft("县城区供水管网改造", "", Source.WORK_REPORT, Category.KEY, unit.id(),
                List.of(), "周建平", null, TODAY.minusDays(20), TODAY.plusDays(9)));
        Item inFeedback = store.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024, null, null);
        BoardViewModel board = boardOn(TaskRunner.inline());
        board.setPrompts(new ClosingAnswer(new Closing(TODAY, "已完成")));
        board.reload();

        board.moveCard(item.id(), Status.CLOSED, 0);
        assertThat(board.messageProperty().get()).contains("重点督办").contains("办理进展");
        assertThat(store.find(item.id()).status()).isEqualTo(Status.AWAITING_FEEDBACK);

        new duban.store.WorkflowStore(database.dsl(), CLOCK).addReport(item.id(), TODAY, "周建平", "已完成全部改造。");
        board.reload();
        board.moveCard(item.id(), Status.CLOSED, 0);
        assertThat(store.find(item.id()).status()).isEqualTo(Status.CLOSED);
        assertThat(inFeedback.version()).isLessThan(store.find(item.id()).version());
    }

    @Test
    void theOfficeCanLiftTheReportRuleInItsSettings() {
        Item item = store.create(new ItemDraft("县城区供水管网改造", "", Source.WORK_REPORT, Category.KEY, unit.id(),
                List.of(), "周建平", null, TODAY.minusDays(20), TODAY.plusDays(9)));
        store.move(item.id(), item.version(), Status.AWAITING_FEEDBACK, 1024, null, null);
        BoardViewModel board = boardOn(TaskRunner.inline());
        board.setPrompts(new ClosingAnswer(new Closing(TODAY, "已完成")));
        board.applySettings(new Deadlines(CLOCK), duban.domain.ReportCadence::defaultFor, java.util.Set.of());
        board.reload();

        board.moveCard(item.id(), Status.CLOSED, 0);
        assertThat(store.find(item.id()).status()).isEqualTo(Status.CLOSED);
    }

    /** Answers the 办结销号 dialog with a fixed closing; everything else is cancelled. */
    @Test
    void aMoveAgainstAnItemChangedElsewhereIsRefusedAndTheBoardShowsItAsItNowIs() {
        Item item = store.create(new ItemDraft("县城区供水管网改造", "", Source.WORK_REPORT, Category.ROUTINE, unit.id(),
                List.of(), "周建平", null, TODAY.minusDays(20), TODAY.plusDays(9)));
        BoardViewModel board = boardOn(TaskRunner.inline());
        board.reload();
        // Another window changes the item after this board read it.
        store.update(item.id(), item.version(), new ItemDraft("（他处修改）县城区供水管网改造", "", Source.WORK_REPORT,
                Category.ROUTINE, unit.id(), List.of(), "周建平", null, TODAY.minusDays(20), TODAY.plusDays(9)));

        board.moveCard(item.id(), Status.IN_PROGRESS, 0);

        assertThat(board.messageProperty().get()).contains("已被其他窗口或程序修改");
        assertThat(store.find(item.id()).status()).isEqualTo(Status.ASSIGNED);
        assertThat(board.idsIn(Status.ASSIGNED)).containsExactly(item.id());
        assertThat(board.findCard(item.id()).orElseThrow().item().title()).startsWith("（他处修改）");
        assertThat(board.undoDescriptionProperty().get()).isNull();
    }

    private record ClosingAnswer(Closing closing) implements BoardPrompts {
        @Override
        public java.util.Optional<Closing> askClosing(Item item) {
            return java.util.Optional.of(closing);
        }

        @Override
        public java.util.Optional<String> askReopenReason(Item item, Status to) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<String> askReturnReason(Item item) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<String> askWithdrawReason(Item item) {
            return java.util.Optional.empty();
        }
    }

    private Item create(String title, LocalDate assignedOn, LocalDate deadline) {
        return store.create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.ROUTINE, unit.id(),
                List.of(), "王建国", null, assignedOn, deadline));
    }

    // ---- a chosen saved board narrows the board: its columns, the header's figures and the items
    // that 单位统计, 今日待催办 and the projector follow; the filter bar narrows it further.

    private Item create(String title, Source source) {
        return store.create(new ItemDraft(title, "", source, Category.ROUTINE, unit.id(), List.of(), "王建国", null,
                TODAY.minusDays(10), TODAY.plusDays(20)));
    }

    @Test
    void theChosenBoardsItemsAloneAreShownCountedAndFollowed() {
        Item petition = create("拖欠工资投诉", Source.PETITION);
        Item otherPetition = create("噪声扰民投诉", Source.PETITION);
        Item instruction = create("县城区供水管网改造", Source.LEADER_INSTRUCTION);
        store.move(instruction.id(), instruction.version(), Status.CLOSED, 10, new Closing(TODAY, "已完成"), null);
        BoardViewModel board = new BoardViewModel(new BoardStoreAdapter(store, new UnitStore(database.dsl())),
                TaskRunner.inline(), new Deadlines(CLOCK));
        board.reload();
        assertThat(board.completionRateText().getValue()).isEqualTo("33.3%");

        BoardScope petitions = BoardScope.ofSources(Source.PETITION);
        board.boardScopeProperty().set(petitions::matches);
        assertThat(board.cards(Status.ASSIGNED)).extracting(card -> card.id())
                .containsExactly(petition.id(), otherPetition.id());
        assertThat(board.cards(Status.CLOSED)).isEmpty();
        assertThat(board.columnCountText(Status.ASSIGNED).getValue()).isEqualTo("2");
        assertThat(board.columnCountText(Status.CLOSED).getValue()).isEqualTo("0");
        assertThat(board.completionRateText().getValue()).isEqualTo("0.0%");
        assertThat(board.completionDetailText().getValue()).isEqualTo("0 / 2 项");
        assertThat(board.itemsProperty().get()).extracting(Item::id).containsExactly(petition.id(), otherPetition.id());

        // The filter bar works inside the board.
        board.cardFilterProperty().set(card -> card.item().title().contains("噪声"));
        assertThat(board.cards(Status.ASSIGNED)).extracting(card -> card.id()).containsExactly(otherPetition.id());
        assertThat(board.filteredStatsProperty().get().total()).isEqualTo(1);
        assertThat(board.columnCountText(Status.ASSIGNED).getValue()).isEqualTo("1/2");
        assertThat(board.statsProperty().get().total()).isEqualTo(2);

        // 全部事项 again.
        board.cardFilterProperty().set(null);
        board.boardScopeProperty().set(null);
        assertThat(board.itemsProperty().get()).hasSize(3);
        assertThat(board.completionRateText().getValue()).isEqualTo("33.3%");
    }

    /** Holds submitted work until the test lets it run, like the real background thread would. */
    private static final class RecordingRunner implements TaskRunner {
        private Runnable pending;

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            pending = () -> TaskRunner.inline().run(work, onSuccess, onFailure);
        }

        void runPending() {
            pending.run();
        }
    }
}
