package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.bulletin.ItemTimeline;
import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Counting}, the rule of 事项分解 for the figures, in memory: BoardStats, UnitFigures, ItemTimeline. */
class CountingTest {

    private static final LocalDate TODAY = TestItems.TODAY;

    /** A parent of 县水利局 with three sub-items on the board, one of them crossed off. */
    private static final Item PARENT = TestItems.item(1, "上级事项").lead(TestItems.WATER).build()
            .withLinks(new ItemLinks(null, 3, 1, null, null, false, 0, 0));

    private static Item child(long id, Unit lead, boolean closed) {
        TestItems.Builder builder = TestItems.item(id, "子事项" + id).lead(lead);
        Item item = (closed ? builder.closed(TODAY.minusDays(1)) : builder).build();
        return item.withLinks(new ItemLinks(PARENT.id(), 0, 0, null, null, false, 0, 0));
    }

    private final List<Item> board = List.of(PARENT, child(2, TestItems.FINANCE, true),
            child(3, TestItems.FINANCE, false), child(4, TestItems.TOWN, false));

    private final Deadlines deadlines = new Deadlines(Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)),
            ZoneId.of("Asia/Shanghai")));

    @Test
    void aParentWithSubItemsOnTheBoardIsAContainerAndDoesNotCount() {
        assertThat(Counting.counts(PARENT)).isFalse();
        assertThat(Counting.isContainer(PARENT)).isTrue();
        assertThat(Counting.countable(board)).extracting(Item::id).containsExactly(2L, 3L, 4L);
    }

    @Test
    void anItemWhoseSubItemsAreAllWithdrawnOrThatIsNotSplitCountsAsItself() {
        Item allWithdrawn = PARENT.withLinks(new ItemLinks(null, 0, 0, null, null, false, 0, 0));
        assertThat(Counting.counts(allWithdrawn)).isTrue();
        assertThat(Counting.counts(TestItems.item(9, "普通事项").build())).isTrue();
        assertThat(Counting.counts(TestItems.item(9, "撤销的").withdrawn().build())).isFalse();
    }

    @Test
    void theBoardsFiguresAndTheUnitFiguresCountTheSubItemsOnly() {
        BoardStats stats = BoardStats.of(board, deadlines);
        UnitFigures units = UnitFigures.of(board, deadlines, UnitScope.ALL);

        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.closed()).isEqualTo(1);
        assertThat(units.totals().total()).isEqualTo(3);
        assertThat(units.rowOf(TestItems.WATER.id())).as("the parent's unit answers for no sub-item").isEmpty();
        assertThat(units.rowOf(TestItems.FINANCE.id()).orElseThrow().tally().total()).isEqualTo(2);
        assertThat(units.rowOf(TestItems.TOWN.id()).orElseThrow().tally().total()).isEqualTo(1);
    }

    @Test
    void anItemRebuiltForAPastDayKeepsItsLinksSoAParentStaysAContainer() {
        ItemTimeline timeline = ItemTimeline.of(PARENT, List.of(
                new ItemEvent(1, 1, TODAY.minusDays(10).atTime(9, 0).atOffset(ZoneOffset.ofHours(8)), EventKind.CREATE,
                        null, Status.ASSIGNED, null, null, null, null),
                new ItemEvent(2, 1, TODAY.atTime(9, 0).atOffset(ZoneOffset.ofHours(8)), EventKind.MOVE,
                        Status.ASSIGNED, Status.IN_PROGRESS, null, null, null, null)), List.of(),
                ZoneId.of("Asia/Shanghai"));

        Item lastWeek = timeline.at(TODAY.minusDays(5));

        assertThat(lastWeek.status()).as("rebuilt, not the item as it stands").isEqualTo(Status.ASSIGNED);
        assertThat(lastWeek.links()).isEqualTo(PARENT.links());
        assertThat(Counting.counts(lastWeek)).isFalse();
    }
}
