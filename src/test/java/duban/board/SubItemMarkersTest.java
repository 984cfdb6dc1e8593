package duban.board;

import static duban.testing.TestItems.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemLinks;
import duban.domain.Status;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 事项分解's words on the cards: the child names its parent, the parent its most overdue open child. */
class SubItemMarkersTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));

    private final List<Item> board = new ArrayList<>();
    private final SubItemMarkers markers = new SubItemMarkers(() -> List.copyOf(board), () -> DEADLINES);

    private static Item parent(int children, int closed) {
        return TestItems.item(1, "2026年政府工作报告重点任务").status(Status.IN_PROGRESS).deadline(TODAY.plusDays(30))
                .build().withLinks(new ItemLinks(null, children, closed, null, null, false, 0, 0));
    }

    private static Item child(long id, Status status, int daysLeft) {
        Item item = TestItems.item(id, "子事项" + id).status(status).deadline(TODAY.plusDays(daysLeft)).build();
        if (status == Status.CLOSED) {
            item = TestItems.from(item).closed(TODAY.minusDays(1)).build();
        }
        return item.withLinks(new ItemLinks(1L, 0, 0, null, null, false, 0, 0));
    }

    private List<String> texts(Item item) {
        return markers.markersOf(Card.of(item, DEADLINES)).stream().map(Card.Marker::text).toList();
    }

    @Test
    void theParentShowsItsMostOverdueOpenChild() {
        board.addAll(List.of(parent(3, 1), child(2, Status.ASSIGNED, -3), child(3, Status.IN_PROGRESS, -7),
                child(4, Status.CLOSED, -20)));
        assertThat(texts(board.get(0))).containsExactly("子事项 1/3 办结", "最迟：逾期 7 天");
        assertThat(markers.markersOf(Card.of(board.get(0), DEADLINES)).get(1).kind())
                .isEqualTo(Card.Marker.Kind.SUB_ITEMS_LATE);
    }

    @Test
    void aParentWhoseOpenChildrenAreOnTimeSaysSoAndAllClosedSaysNothingMore() {
        board.addAll(List.of(parent(2, 1), child(2, Status.ASSIGNED, 5), child(3, Status.CLOSED, -20)));
        assertThat(texts(board.get(0))).containsExactly("子事项 1/2 办结", "全部按期");

        board.set(1, child(2, Status.CLOSED, 5));
        board.set(0, parent(2, 2));
        assertThat(texts(board.get(0))).containsExactly("子事项 2/2 办结");
    }

    @Test
    void aChildNamesItsParentShortly() {
        board.addAll(List.of(parent(1, 0), child(2, Status.ASSIGNED, 5)));
        assertThat(texts(board.get(1))).containsExactly("子事项 · 2026年政府工…");
    }
}
