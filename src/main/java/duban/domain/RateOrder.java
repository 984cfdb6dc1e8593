package duban.domain;

import java.util.Comparator;

/** Orders rates by their value, exactly (1/2 equals 2/4), an undefined rate below every defined one. */
public final class RateOrder {

    /** Ascending by value, undefined first. */
    public static final Comparator<Rate> BY_VALUE = RateOrder::compare;

    private RateOrder() {
    }

    public static int compare(Rate a, Rate b) {
        if (!a.isDefined() || !b.isDefined()) {
            return Boolean.compare(a.isDefined(), b.isDefined());
        }
        // Cross-multiplied in long: no rounding, so a tie is a tie.
        return Long.compare((long) a.numerator() * b.denominator(), (long) b.numerator() * a.denominator());
    }
}
