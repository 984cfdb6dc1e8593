package duban.ui;

import duban.domain.Rate;
import duban.i18n.Messages;
import java.time.LocalDate;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * What the charts of 办结率 (the 统计 window, the projector's figures page) share: a rate as the
 * percentage plotted, a week's label on the time axis, and the 0–100 % value axis.
 */
public final class ChartValues {

    private ChartValues() {
    }

    /** {@code rate} as the percentage plotted, rounded to one decimal as it is written (62.5). */
    public static double percent(Rate rate) {
        return Math.round(rate.fraction() * 1000) / 10.0;
    }

    /** A week on the time axis by its last day, e.g. 10/5. */
    public static String weekLabel(LocalDate weekEnd) {
        return Messages.get("chart.weekLabel", weekEnd.getMonthValue(), weekEnd.getDayOfMonth());
    }

    /**
     * Makes {@code axis} a percentage axis in steps of {@code step}, running one step above 100 with
     * that top tick unlabelled. The axis hides a label whose tick sits on its very end (100 would
     * vanish on an axis ending at 100) and one crowding the next (100 would vanish under a label at
     * 105); one blank step above 100 leaves the 100 label standing.
     */
    public static void percentAxis(NumberAxis axis, double step) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(100 + step);
        axis.setTickUnit(step);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() > 100 ? "" : Long.toString(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
    }
}
