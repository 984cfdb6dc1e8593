package duban.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A proportion such as 办结率 kept as its two counts, so that "0 of 0" stays distinguishable from
 * "0 of 5": a rate with no denominator is undefined and shown as a dash, never as 0% or NaN.
 */
public record Rate(int numerator, int denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("not a rate: " + numerator + "/" + denominator);
        }
    }

    public boolean isDefined() {
        return denominator > 0;
    }

    /** The proportion in [0, 1]; 0 when undefined. */
    public double fraction() {
        return isDefined() ? (double) numerator / denominator : 0.0;
    }

    /**
     * The percentage with one decimal, rounded half up on the exact quotient ({@code 62.5%},
     * {@code 66.7%}); {@code —} when there is nothing to divide by.
     */
    public String percentText() {
        if (!isDefined()) {
            return "—";
        }
        BigDecimal percent = BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return percent.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return percentText() + " (" + numerator + "/" + denominator + ")";
    }
}
