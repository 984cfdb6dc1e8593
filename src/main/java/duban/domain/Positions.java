package duban.domain;

/**
 * Order inside a column without renumbering it: a card placed between two neighbours takes the
 * midpoint of their positions, so a move writes one row. Doubles allow about 50 halvings of a
 * gap before it is too small, after which the column is spread out again ({@link #needsRebalance}).
 */
public final class Positions {

    /** The gap between consecutive cards when a column is laid out afresh. */
    public static final double STEP = 1024.0;
    /** Below this gap a midpoint is no longer reliably distinct from its neighbours. */
    public static final double MIN_GAP = 1e-6;

    private Positions() {
    }

    /** The position after the last card of a column ({@code null} when the column is empty). */
    public static double after(Double last) {
        return last == null ? STEP : last + STEP;
    }

    /** The position before the first card of a column ({@code null} when the column is empty). */
    public static double before(Double first) {
        return first == null ? STEP : first - STEP;
    }

    /** The position between two neighbours, either of which may be absent (column edge). */
    public static double between(Double previous, Double next) {
        if (previous == null) {
            return before(next);
        }
        if (next == null) {
            return after(previous);
        }
        return previous + (next - previous) / 2;
    }

    /** Whether two neighbours are too close for a card to be placed between them. */
    public static boolean needsRebalance(double previous, double next) {
        return next - previous < MIN_GAP;
    }

    /** The position of the card at {@code index} when a column is laid out afresh. */
    public static double spread(int index) {
        return (index + 1) * STEP;
    }
}
