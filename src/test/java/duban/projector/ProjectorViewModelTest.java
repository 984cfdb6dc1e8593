package duban.projector;

import static duban.projector.MeetingBoard.FINANCE;
import static duban.projector.MeetingBoard.TOWN;
import static duban.projector.MeetingBoard.WATER;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projector's pages, modes, markers, timer and settings over the fixed data set; no FX toolkit needed. */
class ProjectorViewModelTest {

    private SimpleObjectProperty<List<Item>> items;
    private ManualTicker ticker;
    private MemorySettings settings;
    private ProjectorViewModel viewModel;

    @BeforeEach
    void create() {
        items = MeetingBoard.property(MeetingBoard.items());
        ticker = new ManualTicker();
        settings = new MemorySettings();
        viewModel = MeetingBoard.viewModel(items, ticker, settings);
    }

    @Test
    void showsTheWholeBoardsFiguresColumnsAndSummary() {
        viewModel.start();
        ProjectorPage page = viewModel.page();
        BoardStats stats = page.stats();
        assertThat(stats.total()).isEqualTo(11);
        assertThat(stats.completionRate().percentText()).isEqualTo("27.3%");
        assertThat(stats.onTimeRate().percentText()).isEqualTo("66.7%");
        assertThat(stats.overdue()).isEqualTo(3);
        assertThat(stats.dueSoon()).isEqualTo(2);
        assertThat(page.title()).isEqualTo("督办事项 · 共 11 项");
        assertThat(page.summary()).isEqualTo("本周新增 3 项，办结 2 项，新增逾期 2 项");
        // Open columns by deadline (most overdue first); 办结销号 latest closed first; 10 is withdrawn.
        assertThat(page.cardIds()).isEqualTo(Map.of(
                Status.ASSIGNED, List.of(2L, 12L, 1L),
                Status.IN_PROGRESS, List.of(4L, 5L, 3L, 11L),
                Status.AWAITING_FEEDBACK, List.of(6L),
                Status.CLOSED, List.of(7L, 8L, 9L)));
        assertThat(page.pageNumber()).isEqualTo(1);
        assertThat(page.pageCount()).isEqualTo(1);
        assertThat(viewModel.dateTextProperty().get()).isEqualTo("2026年11月21日 星期六");
        assertThat(viewModel.timeTextProperty().get()).isEqualTo("09:00");
    }

    @Test
    void offlineTheHeaderIsMarkedWithTheTimeOfTheLastUpdateUntilBackOnline() {
        viewModel.start();
        assertThat(viewModel.offlineTextProperty().get()).isNull();

        viewModel.showOffline();

        assertThat(viewModel.offlineTextProperty().get()).isEqualTo("离线 · 最后更新 09:00");
        assertThat(viewModel.page().stats().total()).as("the last data stays").isEqualTo(11);
        viewModel.showOnline();
        assertThat(viewModel.offlineTextProperty().get()).isNull();
    }

    @Test
    void cardsSayTheirStateInWordsAndCarryTheirMarkers() {
        viewModel.start();
        ProjectorPage page = viewModel.page();
        assertThat(card(page, 4).stateText()).isEqualTo("逾期 11 天");
        assertThat(card(page, 4).state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(card(page, 4).markers()).isEmpty();
        assertThat(card(page, 3).stateText()).isEqualTo("逾期 4 天");
        assertThat(card(page, 3).markers()).containsExactly(MeetingMarker.NEWLY_OVERDUE);
        assertThat(card(page, 2).stateText()).isEqualTo("临期 · 剩 2 天");
        assertThat(card(page, 6).stateText()).isEqualTo("临期 · 今日到期");
        assertThat(card(page, 12).stateText()).isEqualTo("剩 14 天");
        assertThat(card(page, 7).stateText()).isEqualTo("按时办结");
        assertThat(card(page, 8).stateText()).isEqualTo("逾期 4 天办结");
        assertThat(card(page, 1).key()).isTrue();
        assertThat(card(page, 1).leadUnit()).isEqualTo("县财政局");
        assertThat(card(page, 1).markers()).containsExactly(MeetingMarker.NEW);
    }

    @Test
    void columnsTurnTogetherPageByPage() {
        viewModel.setCapacity(2);
        viewModel.start();
        ProjectorPage first = viewModel.page();
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.cardIds()).isEqualTo(Map.of(
                Status.ASSIGNED, List.of(2L, 12L),
                Status.IN_PROGRESS, List.of(4L, 5L),
                Status.AWAITING_FEEDBACK, List.of(6L),
                Status.CLOSED, List.of(7L, 8L)));

        viewModel.nextPage();
        ProjectorPage second = viewModel.page();
        assertThat(second.pageNumber()).isEqualTo(2);
        assertThat(second.cardIds()).isEqualTo(Map.of(
                Status.ASSIGNED, List.of(1L),
                Status.IN_PROGRESS, List.of(3L, 11L),
                Status.AWAITING_FEEDBACK, List.of(),
                Status.CLOSED, List.of(9L)));
        assertThat(second.column(Status.AWAITING_FEEDBACK).isExhausted()).isTrue();
        assertThat(second.column(Status.IN_PROGRESS).slice()).isEqualTo(1);
        assertThat(second.column(Status.IN_PROGRESS).slices()).isEqualTo(2);

        viewModel.nextPage();
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);
        viewModel.previousPage();
        assertThat(viewModel.page().pageNumber()).isEqualTo(2);
        viewModel.firstPage();
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);
    }

    @Test
    void pagesTurnByThemselvesEveryIntervalAndAManualTurnRestartsTheWait() {
        viewModel.setCapacity(2);
        viewModel.start();
        assertThat(viewModel.footerTextProperty().get()).startsWith("第 1 / 2 页  ·  每 20 秒自动翻页");

        ticker.advanceSeconds(19);
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);
        ticker.advanceSeconds(1);
        assertThat(viewModel.page().pageNumber()).isEqualTo(2);
        ticker.advanceSeconds(20);
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);

        ticker.advanceSeconds(15);
        viewModel.nextPage();
        ticker.advanceSeconds(15);
        assertThat(viewModel.page().pageNumber()).as("a full interval after the manual turn").isEqualTo(2);
        ticker.advanceSeconds(5);
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);

        viewModel.togglePlaying();
        assertThat(viewModel.footerTextProperty().get()).contains("已暂停翻页");
        ticker.advanceSeconds(60);
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);
        viewModel.togglePlaying();

        viewModel.setPageSeconds(8);
        ticker.advanceSeconds(8);
        assertThat(viewModel.page().pageNumber()).isEqualTo(2);
        assertThat(settings.values).containsEntry(ProjectorSettings.PAGE_SECONDS_KEY, "8");

        viewModel.stop();
        assertThat(ticker.running()).as("nothing ticks once the projector is closed").isZero();
        ticker.advanceSeconds(60);
        assertThat(viewModel.page().pageNumber()).isEqualTo(2);
    }

    @Test
    void byUnitShowsOneLeadUnitPerPageInRankingOrderWithItsFigures() {
        viewModel.setCapacity(5);
        viewModel.start();
        viewModel.modeProperty().set(ProjectorMode.BY_UNIT);

        List<String> titles = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        for (int i = 0; i < viewModel.page().pageCount(); i++) {
            ProjectorPage page = viewModel.page();
            titles.add(page.title());
            rates.add(page.stats().completionRate().percentText() + " " + page.stats().onTimeRate().percentText()
                    + " " + page.stats().overdue() + " " + page.stats().total());
            viewModel.nextPage();
        }
        // 财政 1/3 closed; 城关镇 and 水利 1/4, 城关镇 on time, 水利 late.
        assertThat(titles).containsExactly("县财政局 · 第 1 名（共 3 个单位）", "城关镇 · 第 2 名（共 3 个单位）",
                "县水利局 · 第 3 名（共 3 个单位）");
        assertThat(rates).containsExactly("33.3% 100.0% 1 3", "25.0% 100.0% 1 4", "25.0% 0.0% 1 4");

        viewModel.nextPage(); // 城关镇
        ProjectorPage town = viewModel.page();
        assertThat(town.cardIds().get(Status.IN_PROGRESS)).containsExactly(4L, 11L);
        assertThat(town.cardIds().values().stream().flatMap(List::stream)
                .allMatch(id -> MeetingBoard.items().get((int) (id - 1)).leadUnit().equals(TOWN))).isTrue();
        assertThat(town.summary()).isEqualTo("本周新增 1 项，办结 0 项，新增逾期 0 项");
    }

    @Test
    void byUnitGivesAUnitWithMoreCardsThanFitMorePages() {
        viewModel.setCapacity(1);
        viewModel.start();
        viewModel.modeProperty().set(ProjectorMode.BY_UNIT);
        // 财政 1 page; 城关镇 2 (办理中 4, 11); 水利 2 (交办 2, 12).
        assertThat(viewModel.page().pageCount()).isEqualTo(5);
        viewModel.nextPage();
        viewModel.nextPage();
        assertThat(viewModel.page().title()).startsWith("城关镇");
        assertThat(viewModel.page().cardIds().get(Status.IN_PROGRESS)).containsExactly(11L);
    }

    @Test
    void focusModeShowsOnlyOverdueDueSoonAndKeyItems() {
        viewModel.start();
        viewModel.modeProperty().set(ProjectorMode.FOCUS);
        ProjectorPage page = viewModel.page();
        assertThat(page.title()).isEqualTo("重点关注：逾期、临期和重点督办 · 共 7 项");
        assertThat(page.cardIds()).isEqualTo(Map.of(
                Status.ASSIGNED, List.of(2L, 1L),
                Status.IN_PROGRESS, List.of(4L, 5L, 3L, 11L),
                Status.AWAITING_FEEDBACK, List.of(6L),
                Status.CLOSED, List.of()));
        // The figures stay the whole board's.
        assertThat(page.stats().total()).isEqualTo(11);
    }

    @Test
    void aChangeOfTheItemsAppearsOnTheSamePage() {
        viewModel.setCapacity(2);
        viewModel.start();
        viewModel.nextPage();
        assertThat(viewModel.page().pageNumber()).isEqualTo(2);

        List<Item> changed = new ArrayList<>(MeetingBoard.items());
        changed.set(10, MeetingBoard.copy(changed.get(10), "背街小巷路灯安装 (已完成八成)", null, false));
        items.set(changed);

        ProjectorPage page = viewModel.page();
        assertThat(page.pageNumber()).isEqualTo(2);
        assertThat(card(page, 11).title()).isEqualTo("背街小巷路灯安装 (已完成八成)");

        // The same items again (a reload that found nothing new): the page object stays, nothing redraws.
        items.set(new ArrayList<>(changed));
        assertThat(viewModel.page()).isSameAs(page);
    }

    @Test
    void byUnitKeepsTheUnitWhenTheRankingChanges() {
        viewModel.setCapacity(5);
        viewModel.start();
        viewModel.modeProperty().set(ProjectorMode.BY_UNIT);
        viewModel.nextPage();
        viewModel.nextPage();
        assertThat(viewModel.page().title()).startsWith("县水利局 · 第 3 名");

        // 水利's overdue item 5 closes on time: it now ranks first, and the page follows it.
        List<Item> changed = new ArrayList<>(MeetingBoard.items());
        Item five = changed.get(4);
        changed.set(4, MeetingBoard.item(5, five.title(), WATER, Status.CLOSED, "2026-11-10", "2026-11-30",
                "2026-11-20"));
        items.set(changed);

        assertThat(viewModel.page().title()).startsWith("县水利局 · 第 1 名");
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);
    }

    @Test
    void theLastMeetingDateIsASettingThatMovesTheMarkers() {
        settings.values.put(ProjectorSettings.LAST_MEETING_KEY, "2026-11-13");
        viewModel.start();
        assertThat(viewModel.lastMeetingProperty().get()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(viewModel.page().summary()).isEqualTo("本周新增 4 项，办结 3 项，新增逾期 2 项");
        assertThat(viewModel.footerTextProperty().get()).endsWith("上次例会 11月13日");

        viewModel.shiftLastMeeting(1);
        assertThat(settings.values).containsEntry(ProjectorSettings.LAST_MEETING_KEY, "2026-11-14");
        assertThat(viewModel.page().summary()).isEqualTo("本周新增 3 项，办结 2 项，新增逾期 2 项");
    }

    @Test
    void withoutAStoredDateTheLastMeetingWasAWeekAgo() {
        viewModel.start();
        assertThat(viewModel.lastMeetingProperty().get()).isEqualTo(MeetingBoard.LAST_MEETING);
    }

    @Test
    void theThemeIsKept() {
        settings.values.put(ProjectorSettings.THEME_KEY, "DARK");
        viewModel.start();
        assertThat(viewModel.themeProperty().get()).isEqualTo(ProjectorTheme.DARK);
        viewModel.toggleTheme();
        assertThat(settings.values).containsEntry(ProjectorSettings.THEME_KEY, "LIGHT");
    }

    @Test
    void anEmptyBoardHasOnePageAndNoRates() {
        items.set(List.of());
        viewModel.start();
        assertThat(viewModel.page().pageCount()).isEqualTo(1);
        assertThat(viewModel.page().stats().completionRate().percentText()).isEqualTo("—");
        viewModel.modeProperty().set(ProjectorMode.BY_UNIT);
        assertThat(viewModel.page().title()).isEqualTo("按单位：没有督办事项");
    }

    @Test
    void aKeyItemThatClosedStaysInFocusModeButANormalOneDoesNot() {
        List<Item> changed = new ArrayList<>(MeetingBoard.items());
        changed.set(6, MeetingBoard.copy(changed.get(6), null, Category.KEY, false));
        items.set(changed);
        viewModel.start();
        viewModel.modeProperty().set(ProjectorMode.FOCUS);
        assertThat(viewModel.page().cardIds().get(Status.CLOSED)).containsExactly(7L);
        assertThat(FINANCE.name()).isEqualTo(card(viewModel.page(), 7).leadUnit());
    }

    private static ProjectorCard card(ProjectorPage page, long id) {
        return page.columns().stream().flatMap(column -> column.cards().stream())
                .filter(card -> card.id() == id).findFirst().orElseThrow();
    }
}
