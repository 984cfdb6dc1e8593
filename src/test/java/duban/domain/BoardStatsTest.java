package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link BoardStats}: column counts, 办结率, 按时办结率, 逾期 and 临期 figures, withdrawn items left out. */
class BoardStatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Deadlines DEADLINES = new Deadlines(
            Clock.fixed(ZonedDateTime.of(2026, 11, 21, 10, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI));

    @Test
    void zeroItems() {
        BoardStats stats = BoardStats.of(List.of(), DEADLINES);

        assertThat(stats.total()).isZero();
        for (Status status : Status.values()) {
            assertThat(stats.count(status)).as(status.name()).isZero();
        }
        assertThat(stats.countsByStatus()).containsOnlyKeys(Status.values());
        assertThat(stats.closed()).isZero();
        assertThat(stats.overdue()).isZero();
        assertThat(stats.dueSoon()).isZero();
        assertUndefined(stats.completionRate());
        assertUndefined(stats.onTimeRate());
        assertThat(stats).isEqualTo(BoardStats.EMPTY);
    }

    @Test
    void theEmptyConstantHasEveryColumnAtZero() {
        assertThat(BoardStats.EMPTY.total()).isZero();
        for (Status status : Status.values()) {
            assertThat(BoardStats.EMPTY.count(status)).isZero();
        }
        assertUndefined(BoardStats.EMPTY.completionRate());
    }

    @Test
    void oneOpenItem() {
        BoardStats stats = BoardStats.of(List.of(TestItems.open(Status.IN_PROGRESS, TODAY.plusDays(30))), DEADLINES);

        assertThat(stats.total()).isEqualTo(1);
        assertThat(stats.count(Status.IN_PROGRESS)).isEqualTo(1);
        assertThat(stats.count(Status.ASSIGNED)).isZero();
        assertThat(stats.completionRate().isDefined()).isTrue();
        assertThat(stats.completionRate().percentText()).isEqualTo("0.0%");
        assertThat(stats.completionRate().fraction()).isZero();
        // nothing closed: the on-time rate has nothing to divide by
        assertUndefined(stats.onTimeRate());
        assertThat(stats.overdue()).isZero();
        assertThat(stats.dueSoon()).isZero();
    }

    @Test
    void oneItemClosedOnTime() {
        BoardStats stats = BoardStats.of(List.of(TestItems.closed(TODAY.minusDays(1), TODAY.minusDays(2))), DEADLINES);

        assertThat(stats.total()).isEqualTo(1);
        assertThat(stats.count(Status.CLOSED)).isEqualTo(1);
        assertThat(stats.closedOnTime()).isEqualTo(1);
        assertThat(stats.closedLate()).isZero();
        assertThat(stats.completionRate().percentText()).isEqualTo("100.0%");
        assertThat(stats.onTimeRate().percentText()).isEqualTo("100.0%");
        assertThat(stats.completionRate().fraction()).isEqualTo(1.0);
        // closed long past its deadline date, but on time: not 逾期
        assertThat(stats.overdue()).isZero();
    }

    @Test
    void manyItems() {
        List<Item> items = eightItems();

        BoardStats stats = BoardStats.of(items, DEADLINES);

        assertThat(stats.total()).isEqualTo(8);
        assertThat(stats.countsByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Status.ASSIGNED, 2,
                Status.IN_PROGRESS, 2,
                Status.AWAITING_FEEDBACK, 1,
                Status.CLOSED, 3));
        assertThat(stats.closed()).isEqualTo(3);
        assertThat(stats.closedOnTime()).isEqualTo(2);
        assertThat(stats.closedLate()).isEqualTo(1);
        assertThat(stats.overdue()).isEqualTo(1);
        assertThat(stats.dueSoon()).isEqualTo(2);
        assertThat(stats.completionRate()).isEqualTo(new Rate(3, 8));
        assertThat(stats.completionRate().percentText()).isEqualTo("37.5%");
        assertThat(stats.onTimeRate()).isEqualTo(new Rate(2, 3));
        assertThat(stats.onTimeRate().percentText()).isEqualTo("66.7%");
    }

    @Test
    void withdrawnItemsAreExcludedFromEveryFigure() {
        List<Item> items = new ArrayList<>(eightItems());
        // one withdrawn item of every kind that would otherwise move a figure
        items.add(TestItems.dueOn(TODAY.minusDays(5)).status(Status.ASSIGNED).withdrawn().build());          // overdue
        items.add(TestItems.dueOn(TODAY).status(Status.IN_PROGRESS).withdrawn().build());                    // due soon
        items.add(TestItems.dueOn(TODAY.plusDays(40)).status(Status.AWAITING_FEEDBACK).withdrawn().build()); // normal
        items.add(TestItems.dueOn(TODAY.minusDays(9)).closed(TODAY.minusDays(10)).withdrawn().build()); // on time
        items.add(TestItems.dueOn(TODAY.minusDays(9)).closed(TODAY.minusDays(2)).withdrawn().build());  // late

        assertThat(BoardStats.of(items, DEADLINES)).isEqualTo(BoardStats.of(eightItems(), DEADLINES));
    }

    @Test
    void onlyWithdrawnItemsLookLikeAnEmptyBoard() {
        List<Item> items = List.of(
                TestItems.dueOn(TODAY.minusDays(5)).status(Status.ASSIGNED).withdrawn().build(),
                TestItems.dueOn(TODAY.minusDays(9)).closed(TODAY.minusDays(10)).withdrawn().build());

        BoardStats stats = BoardStats.of(items, DEADLINES);

        assertThat(stats).isEqualTo(BoardStats.EMPTY);
        assertUndefined(stats.completionRate());
        assertUndefined(stats.onTimeRate());
    }

    @Test
    void countsByStatusIsCompleteAndReadOnly() {
        BoardStats stats = new BoardStats(Map.of(Status.CLOSED, 2), 2, 2, 0, 0, 0);
        assertThat(stats.countsByStatus()).containsOnlyKeys(Status.values());
        assertThat(stats.count(Status.ASSIGNED)).isZero();
        assertThat(stats.count(Status.CLOSED)).isEqualTo(2);
        assertThatThrownBy(() -> stats.countsByStatus().put(Status.ASSIGNED, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void figuresOverStatesJudgedBeforeAreTheFiguresOverTheItems() {
        // As the board counts its cards: each with the deadline state it was judged with.
        List<Item> items = new ArrayList<>(eightItems());
        items.add(TestItems.dueOn(TODAY.minusDays(1)).status(Status.IN_PROGRESS).withdrawn().build()); // withdrawn
        record Judged(Item item, DeadlineState state) {
        }
        List<Judged> judged = items.stream().map(item -> new Judged(item, DEADLINES.stateOf(item))).toList();

        BoardStats fromStates = BoardStats.of(judged, Judged::item, Judged::state);

        assertThat(fromStates).isEqualTo(BoardStats.of(items, DEADLINES));
        assertThat(fromStates.total()).isEqualTo(8);
        assertThat(fromStates.overdue()).isEqualTo(1);
        assertThat(fromStates.dueSoon()).isEqualTo(2);
        assertThat(fromStates.closedOnTime()).isEqualTo(2);
        assertThat(fromStates.closedLate()).isEqualTo(1);
        assertThat(fromStates.count(Status.ASSIGNED)).isEqualTo(2);
    }

    /** 8 items: 3 closed (2 on time, 1 late), 1 overdue, 2 due soon, 2 normal. */
    private static List<Item> eightItems() {
        return List.of(
                TestItems.open(Status.ASSIGNED, TODAY.plusDays(30)),                  // normal
                TestItems.open(Status.ASSIGNED, TODAY),                               // due soon (today)
                TestItems.open(Status.IN_PROGRESS, TODAY.minusDays(2)),               // overdue
                TestItems.open(Status.IN_PROGRESS, TODAY.plusDays(3)),                // due soon
                TestItems.open(Status.AWAITING_FEEDBACK, TODAY.plusDays(4)),          // normal
                TestItems.closed(TODAY.minusDays(10), TODAY.minusDays(12)),           // on time
                TestItems.closed(TODAY.minusDays(10), TODAY.minusDays(10)),           // on time (on the day)
                TestItems.closed(TODAY.minusDays(10), TODAY.minusDays(9)));           // late
    }

    private static void assertUndefined(Rate rate) {
        assertThat(rate.isDefined()).isFalse();
        assertThat(rate.percentText()).isEqualTo("—");
        assertThat(rate.fraction()).isZero();
    }
}
