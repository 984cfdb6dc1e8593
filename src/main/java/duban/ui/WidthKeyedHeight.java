package duban.ui;

import java.util.function.DoubleUnaryOperator;

/**
 * One height remembered for the width it was computed at, until forgotten (a node's layout was
 * requested again): what {@link WidthKeyedVBox} and {@link WidthKeyedLabel} keep, since JavaFX keeps
 * a node's heights only for "no particular width".
 */
final class WidthKeyedHeight {

    private double width = Double.NaN;
    private double height;

    /** The height at {@code asked}: remembered, or computed by {@code compute} and remembered. */
    double at(double asked, DoubleUnaryOperator compute) {
        if (asked != width) {
            height = compute.applyAsDouble(asked);
            width = asked;
        }
        return height;
    }

    void forget() {
        width = Double.NaN;
    }
}
