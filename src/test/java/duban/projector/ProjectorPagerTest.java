package duban.projector;

import static duban.projector.MeetingBoard.DEADLINES;
import static duban.projector.MeetingBoard.LAST_MEETING;
import static duban.projector.MeetingBoard.WATER;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projector's paging on its own: plain Java over the fixed data set, no FX toolkit, no view model. */
class ProjectorPagerTest {

    private final ProjectorPager pager = new ProjectorPager();

    private ProjectorPage layOut(ProjectorMode mode, List<Item> items) {
        return pager.layOut(mode, items, DEADLINES, LAST_MEETING);
    }

    @Test
    void aPageIsOneSliceOfEveryColumnAndTheColumnsTurnTogether() {
        pager.setCapacity(2);
        ProjectorPage first = layOut(ProjectorMode.ALL, MeetingBoard.items());
        assertThat(first.pageNumber()).isEqualTo(1);
        assertThat(first.pageCount()).isEqualTo(2);
        // Two cards of every column, in each column's order; 待反馈 has only one.
        assertThat(first.cardIds().get(Status.IN_PROGRESS)).containsExactly(4L, 5L);
        assertThat(first.cardIds().get(Status.AWAITING_FEEDBACK)).containsExactly(6L);
        assertThat(first.column(Status.CLOSED).total()).isEqualTo(3);
        assertThat(first.column(Status.CLOSED).slices()).isEqualTo(2);

        pager.turn(1);
        ProjectorPage second = layOut(ProjectorMode.ALL, MeetingBoard.items());
        assertThat(second.pageNumber()).isEqualTo(2);
        assertThat(second.cardIds().get(Status.IN_PROGRESS)).containsExactly(3L, 11L);
        assertThat(second.column(Status.AWAITING_FEEDBACK).isExhausted()).isTrue();
        assertThat(second.column(Status.IN_PROGRESS).slices()).isEqualTo(2);
    }

    @Test
    void turningGoesRoundTheEndsAndFirstPageGoesBack() {
        pager.setCapacity(2);
        layOut(ProjectorMode.ALL, MeetingBoard.items());
        pager.turn(-1);
        assertThat(layOut(ProjectorMode.ALL, MeetingBoard.items()).pageNumber()).isEqualTo(2);
        pager.turn(1);
        assertThat(layOut(ProjectorMode.ALL, MeetingBoard.items()).pageNumber()).isEqualTo(1);
        pager.turn(1);
        layOut(ProjectorMode.ALL, MeetingBoard.items());
        pager.firstPage();
        assertThat(layOut(ProjectorMode.ALL, MeetingBoard.items()).pageNumber()).isEqualTo(1);
    }

    @Test
    void theCapacitySetsThePageCountAndSaysWhetherItChanged() {
        assertThat(pager.capacity()).isEqualTo(5);
        assertThat(pager.setCapacity(5)).isFalse();
        assertThat(pager.setCapacity(0)).as("at least one card fits").isTrue();
        assertThat(pager.capacity()).isEqualTo(1);
        // 办理中 has 4 cards that are not withdrawn: four pages of one.
        assertThat(layOut(ProjectorMode.ALL, MeetingBoard.items()).pageCount()).isEqualTo(4);
        assertThat(pager.pageCount()).isEqualTo(4);
    }

    @Test
    void withdrawnItemsAreLeftOut() {
        ProjectorPage page = layOut(ProjectorMode.ALL, MeetingBoard.items());
        assertThat(page.cardIds().values().stream().flatMap(List::stream)).doesNotContain(10L).hasSize(11);
        assertThat(page.stats().total()).isEqualTo(11);
    }

    @Test
    void byUnitGivesEveryUnitItsPagesInRankingOrder() {
        pager.setCapacity(1);
        List<String> titles = new ArrayList<>();
        int count = layOut(ProjectorMode.BY_UNIT, MeetingBoard.items()).pageCount();
        for (int i = 0; i < count; i++) {
            titles.add(layOut(ProjectorMode.BY_UNIT, MeetingBoard.items()).title());
            pager.turn(1);
        }
        assertThat(titles).containsExactly("县财政局 · 第 1 名（共 3 个单位）",
                "城关镇 · 第 2 名（共 3 个单位）", "城关镇 · 第 2 名（共 3 个单位）",
                "县水利局 · 第 3 名（共 3 个单位）", "县水利局 · 第 3 名（共 3 个单位）");
    }

    @Test
    void aChangedRankingKeepsTheUnitShown() {
        layOut(ProjectorMode.BY_UNIT, MeetingBoard.items());
        pager.turn(2);
        assertThat(layOut(ProjectorMode.BY_UNIT, MeetingBoard.items()).title()).startsWith("县水利局 · 第 3 名");

        List<Item> changed = new ArrayList<>(MeetingBoard.items());
        changed.set(4, MeetingBoard.item(5, changed.get(4).title(), WATER, Status.CLOSED, "2026-11-10",
                "2026-11-30", "2026-11-20"));
        ProjectorPage page = layOut(ProjectorMode.BY_UNIT, changed);
        assertThat(page.title()).startsWith("县水利局 · 第 1 名");
        assertThat(page.pageNumber()).isEqualTo(1);
    }

    @Test
    void startingOverForgetsThePlace() {
        pager.setCapacity(2);
        layOut(ProjectorMode.ALL, MeetingBoard.items());
        pager.turn(1);
        pager.startOver();
        assertThat(pager.pageCount()).isZero();
        assertThat(layOut(ProjectorMode.FOCUS, MeetingBoard.items()).pageNumber()).isEqualTo(1);
    }

    @Test
    void fewerPagesThanThePlaceShowsTheLast() {
        pager.setCapacity(1);
        layOut(ProjectorMode.ALL, MeetingBoard.items());
        pager.turn(3);
        pager.setCapacity(2);
        ProjectorPage page = layOut(ProjectorMode.ALL, MeetingBoard.items());
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.pageNumber()).isEqualTo(2);
    }
}
