package duban.statistics;

import duban.domain.UnitRow;
import duban.domain.bulletin.BulletinFigures;
import duban.i18n.Messages;
import duban.ui.ChartValues;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;

/**
 * The charts' data made from the 通报 figures: the bars of 办结率 by unit and the weekly points of
 * 办结率, 未办结 and 逾期. Values are percentages (0 to 100) or counts; a week with no item in scope
 * has no 办结率 and so no point, rather than a false 0%.
 */
final class StatisticsSeries {

    private StatisticsSeries() {
    }

    /**
     * One bar per ranked unit, its category the unit's name with its 办结率 (read without hovering);
     * listed from the last rank up, because a vertical category axis draws its first category at
     * the bottom, so the first rank stands on top.
     */
    static XYChart.Series<Number, String> unitCompletion(BulletinFigures figures) {
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (UnitRow row : figures.ranking().rows()) {
            bars.add(0, new XYChart.Data<>(ChartValues.percent(row.tally().completionRate()), unitCategory(row)));
        }
        return series(Messages.get("statistics.series.completion"), bars);
    }

    /** The bar's category: the unit and its rate, e.g. 县财政局 62.5%. */
    static String unitCategory(UnitRow row) {
        return row.unit().name() + "  " + row.tally().completionRate().percentText();
    }

    /** 办结率 at the end of each week that had items in scope. */
    static XYChart.Series<String, Number> weeklyCompletion(BulletinFigures figures) {
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (BulletinFigures.WeekPoint week : figures.weeks()) {
            if (week.completion().isDefined()) {
                points.add(new XYChart.Data<>(ChartValues.weekLabel(week.weekEnd()),
                        ChartValues.percent(week.completion())));
            }
        }
        return series(Messages.get("statistics.series.completion"), points);
    }

    /** Items still open at the end of each week. */
    static XYChart.Series<String, Number> weeklyOpen(BulletinFigures figures) {
        return series(Messages.get("statistics.series.open"), figures.weeks().stream()
                .map(week -> new XYChart.Data<String, Number>(ChartValues.weekLabel(week.weekEnd()), week.open()))
                .toList());
    }

    /** Items open and past their deadline at the end of each week. */
    static XYChart.Series<String, Number> weeklyOverdue(BulletinFigures figures) {
        return series(Messages.get("statistics.series.overdue"), figures.weeks().stream()
                .map(week -> new XYChart.Data<String, Number>(ChartValues.weekLabel(week.weekEnd()), week.overdue()))
                .toList());
    }

    private static <X, Y> XYChart.Series<X, Y> series(String name, List<XYChart.Data<X, Y>> data) {
        XYChart.Series<X, Y> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().setAll(data);
        return series;
    }
}
