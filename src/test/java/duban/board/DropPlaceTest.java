package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Deadlines;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Where a dropped card lands, by its neighbours, for drops within a column and across columns. */
class DropPlaceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(
            Clock.fixed(LocalDate.of(2026, 11, 18).atTime(9, 0).atZone(ZONE).toInstant(), ZONE));

    private static List<Card> column(long... ids) {
        return LongStream.of(ids).mapToObj(id -> Card.of(UndoHistoryTest.item(id, "事项" + id, 1), DEADLINES)).toList();
    }

    @Test
    void aCardDroppedIntoAnotherColumnLandsBetweenTheCardsAroundTheIndex() {
        List<Card> source = column(1, 2, 3);
        List<Card> target = column(10, 11, 12);

        assertThat(DropPlace.of(target, source, 2, false, 1))
                .contains(new DropPlace(10L, 11L, 1L, 3L));
        assertThat(DropPlace.of(target, source, 1, false, 0))
                .contains(new DropPlace(null, 10L, null, 2L));
        assertThat(DropPlace.of(target, source, 3, false, 99))
                .contains(new DropPlace(12L, null, 2L, null));
    }

    @Test
    void theIndexCountsTheMovingCardWithinItsOwnColumn() {
        List<Card> column = column(1, 2, 3, 4);

        // In front of the card at index 3 (card 4): card 1 goes between 3 and 4.
        assertThat(DropPlace.of(column, column, 1, true, 3)).contains(new DropPlace(3L, 4L, null, 2L));
        // To the top.
        assertThat(DropPlace.of(column, column, 3, true, 0)).contains(new DropPlace(null, 1L, 2L, 4L));
    }

    @Test
    void aCardDroppedWhereItWasGoesNowhere() {
        List<Card> column = column(1, 2, 3);

        assertThat(DropPlace.of(column, column, 2, true, 1)).isEmpty();
        assertThat(DropPlace.of(column, column, 2, true, 2)).isEmpty();
    }
}
