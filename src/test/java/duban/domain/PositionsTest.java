package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Positions}: placing cards at column edges and between neighbours, and when to spread a column out. */
class PositionsTest {

    @Test
    void anEmptyColumnStartsAtOneStep() {
        assertThat(Positions.after(null)).isEqualTo(Positions.STEP);
        assertThat(Positions.before(null)).isEqualTo(Positions.STEP);
        assertThat(Positions.between(null, null)).isEqualTo(Positions.STEP);
        assertThat(Positions.STEP).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"1024", "-3.5", "0", "1e9"})
    void afterIsBelowTheLastCardAndBeforeIsAboveTheFirst(double edge) {
        assertThat(Positions.after(edge)).isGreaterThan(edge);
        assertThat(Positions.before(edge)).isLessThan(edge);
        // one step away, so later midpoints have room
        assertThat(Positions.after(edge) - edge).isGreaterThanOrEqualTo(1.0);
        assertThat(edge - Positions.before(edge)).isGreaterThanOrEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"1024, 2048", "0, 1", "-5, 5", "1, 1.000001", "-2048, -1024", "3.25, 1e6"})
    void betweenTwoNeighboursIsStrictlyBetween(double previous, double next) {
        double middle = Positions.between(previous, next);
        assertThat(middle).isGreaterThan(previous).isLessThan(next);
    }

    @Test
    void betweenWithoutAPreviousNeighbourGoesBeforeTheNext() {
        assertThat(Positions.between(null, 1024.0)).isLessThan(1024.0);
        assertThat(Positions.between(null, -7.0)).isLessThan(-7.0);
    }

    @Test
    void betweenWithoutANextNeighbourGoesAfterThePrevious() {
        assertThat(Positions.between(1024.0, null)).isGreaterThan(1024.0);
        assertThat(Positions.between(-7.0, null)).isGreaterThan(-7.0);
    }

    @Test
    void repeatedHalvingTowardsOneNeighbourEventuallyNeedsRebalance() {
        double previous = 1024.0;
        double next = 2048.0;
        assertThat(Positions.needsRebalance(previous, next)).isFalse();
        int halvings = 0;
        boolean rebalanced = false;
        for (; halvings < 60; halvings++) {
            if (Positions.needsRebalance(previous, next)) {
                rebalanced = true;
                break;
            }
            double middle = Positions.between(previous, next);
            // as long as no rebalance is asked for, the midpoint is still distinct from both
            assertThat(middle).as("after %d halvings", halvings).isGreaterThan(previous).isLessThan(next);
            next = middle; // always drop the new card right below `previous`
        }
        assertThat(rebalanced).as("needsRebalance within 60 halvings").isTrue();
        // the gap must not have been abandoned while it was still comfortably large
        assertThat(halvings).isGreaterThan(20);
    }

    @Test
    void needsRebalanceOnlyForTinyGaps() {
        assertThat(Positions.needsRebalance(1.0, 2.0)).isFalse();
        assertThat(Positions.needsRebalance(1.0, 1.0 + 1e-3)).isFalse();
        assertThat(Positions.needsRebalance(1.0, 1.0 + 1e-9)).isTrue();
        assertThat(Positions.needsRebalance(5.0, 5.0)).isTrue();
    }

    @Test
    void spreadIsIncreasingWithRoomBetweenCards() {
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 100; i++) {
            double position = Positions.spread(i);
            assertThat(position).as("spread(%d)", i).isGreaterThan(previous);
            if (i > 0) {
                assertThat(Positions.needsRebalance(previous, position)).isFalse();
            }
            previous = position;
        }
        assertThat(Positions.spread(0)).isPositive();
    }
}
