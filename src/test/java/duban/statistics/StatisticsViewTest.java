package duban.statistics;

import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Source;
import duban.domain.UnitRow;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.testing.FxTexts;
import duban.testing.Screenshots;
import duban.testing.StatisticsSamples;
import duban.testing.TestItems;
import duban.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 统计 window over a fake port returning hand-made figures of 16 units and 13 weeks, driven as
 * an officer would: choosing a period and a source, typing a custom range, closing with Esc.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {

    /** What the view asked the port, in order. */
    private record Asked(ReportPeriod period, Source source) {
    }

    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final StatisticsPort port = (period, source) -> {
        asked.add(new Asked(period, source));
        return StatisticsSamples.figures(period, source);
    };
    private StatisticsViewModel viewModel;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // TestFX keeps one primary stage for the whole run: forget a 统计 window an earlier test class
        // (the running board's) made on it, with that board's view model and its store thread.
        stage.getProperties().keySet().removeIf(key -> String.valueOf(key).startsWith("duban."));
        viewModel = new StatisticsViewModel(port, TaskRunner.inline(), StatisticsSamples.CLOCK);
        scene = StatisticsWindow.scene(viewModel, StatisticsWindow.WIDTH, StatisticsWindow.HEIGHT);
        stage.setScene(scene);
        stage.show();
        viewModel.apply();
    }

    @Test
    void choosingAQuarterAndASourceAsksForThemAndChartsWhatTheyGive(FxRobot robot) {
        assertThat(asked).containsExactly(new Asked(ReportPeriod.monthOf(TestItems.TODAY), null));

        robot.clickOn("#statistics-period-QUARTER");
        robot.clickOn("#statistics-source");
        robot.clickOn(popupEntry(robot, "政协提案"));

        ReportPeriod quarter = ReportPeriod.quarterOf(TestItems.TODAY);
        assertThat(asked.get(asked.size() - 1)).isEqualTo(new Asked(quarter, Source.CPPCC_PROPOSAL));
        assertThat(quarter.from()).isEqualTo("2026-10-01");
        assertThat(text(robot, "#statistics-scope")).isEqualTo("2026-10-01 至 2026-12-31 · 政协提案");

        BulletinFigures given = StatisticsSamples.figures(quarter, Source.CPPCC_PROPOSAL);
        assertThat(given.ranking().rows()).hasSize(16);
        // The bars: every ranked unit with its 办结率, the first rank on top (the axis draws upwards).
        List<String> expectedBars = new ArrayList<>();
        for (UnitRow row : given.ranking().rows()) {
            expectedBars.add(0, row.unit().name() + "  " + row.tally().completionRate().percentText() + " = "
                    + percent(row.tally().completionRate().numerator(), row.tally().completionRate().denominator()));
        }
        assertThat(bars(robot)).containsExactlyElementsOf(expectedBars);

        List<String> expectedRates = new ArrayList<>();
        List<String> expectedOpen = new ArrayList<>();
        List<String> expectedOverdue = new ArrayList<>();
        for (BulletinFigures.WeekPoint week : given.weeks()) {
            String day = week.weekEnd().getMonthValue() + "/" + week.weekEnd().getDayOfMonth();
            expectedRates.add(day + " = " + percent(week.closed(), week.total()));
            expectedOpen.add(day + " = " + (double) (week.total() - week.closed()));
            expectedOverdue.add(day + " = " + (double) week.overdue());
        }
        assertThat(expectedRates).hasSize(13).first().isEqualTo("10/4 = " + percent(given.weeks().get(0).closed(),
                given.weeks().get(0).total()));
        assertThat(points(robot, "#statistics-completion-chart", 0)).containsExactlyElementsOf(expectedRates);
        assertThat(points(robot, "#statistics-counts-chart", 0)).containsExactlyElementsOf(expectedOpen);
        assertThat(points(robot, "#statistics-counts-chart", 1)).containsExactlyElementsOf(expectedOverdue);
        assertThat(seriesNames(robot, "#statistics-counts-chart")).containsExactly("未办结", "逾期");

        assertThat(text(robot, "#statistics-overview")).startsWith("督办事项 " + given.overview().inScope() + " 项，");
        assertThat(FxTexts.shows(robot, "#statistics-charts")).isTrue();
        assertThat(robot.lookup("#statistics-placeholder").query().isVisible()).isFalse();
        Screenshots.save(scene, "statistics-quarter");
        // The bar and trend charts have no legend (one series each): only the title bars' texts can be cut.
        assertThat(FxTexts.textsCutShort((javafx.scene.Parent) robot.lookup(".statistics-top").query())).isEmpty();
    }

    @Test
    void aCustomRangeEndingBeforeItStartsIsRefusedAndNothingIsAsked(FxRobot robot) {
        robot.clickOn("#statistics-period-CUSTOM");
        int before = asked.size();
        replaceText(robot, "#statistics-from", "2026-11-30");
        replaceText(robot, "#statistics-to", "2026-11-01");
        robot.clickOn("#statistics-apply");

        assertThat(asked).hasSize(before);
        assertThat(text(robot, "#statistics-placeholder")).isEqualTo("开始日期晚于结束日期，请调整自定义期间。");
        assertThat(FxTexts.shows(robot, "#statistics-placeholder")).isTrue();
        assertThat(robot.lookup("#statistics-charts").query().isVisible()).isFalse();
        Screenshots.save(scene, "statistics-custom-backwards");

        // Put right, Enter in the field reads the range.
        replaceText(robot, "#statistics-to", "2026-12-15");
        robot.type(KeyCode.ENTER);
        assertThat(asked).hasSize(before + 1);
        assertThat(asked.get(before)).isEqualTo(new Asked(
                ReportPeriod.custom(TestItems.TODAY.plusDays(9), TestItems.TODAY.plusDays(24)), null));
        assertThat(robot.lookup("#statistics-charts").query().isVisible()).isTrue();
    }

    @Test
    void anEmptyScopeSaysSoInsteadOfDrawingEmptyAxes(FxRobot robot) {
        StatisticsViewModel empty = new StatisticsViewModel(StatisticsSamples::empty, TaskRunner.inline(),
                StatisticsSamples.CLOCK);
        Scene emptyScene = showInStage(robot, empty);
        robot.interact(empty::apply);

        Node placeholder = emptyScene.lookup("#statistics-placeholder");
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(((javafx.scene.control.Label) placeholder).getText()).startsWith("暂无事项");
        assertThat(emptyScene.lookup("#statistics-charts").isVisible()).isFalse();
        Screenshots.save(emptyScene, "statistics-empty");
    }

    @Test
    void whileTheStoreReadsItSaysLoading(FxRobot robot) {
        List<Runnable> held = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<? super Throwable> onFailure) {
                held.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }
        };
        StatisticsViewModel slow = new StatisticsViewModel(port, later, StatisticsSamples.CLOCK);
        Scene slowScene = showInStage(robot, slow);
        robot.interact(slow::apply);
        assertThat(((javafx.scene.control.Label) slowScene.lookup("#statistics-placeholder")).getText())
                .isEqualTo("加载中…");
        assertThat(slowScene.lookup("#statistics-charts").isVisible()).isFalse();

        robot.interact(() -> held.forEach(Runnable::run));
        assertThat(slowScene.lookup("#statistics-charts").isVisible()).isTrue();
        assertThat(slowScene.lookup("#statistics-placeholder").isVisible()).isFalse();
    }

    @Test
    void atItsMinimumSizeNothingIsCutOrPushedOut(FxRobot robot) {
        Scene small = showInStage(robot, viewModel, StatisticsWindow.MIN_WIDTH, StatisticsWindow.MIN_HEIGHT);
        robot.interact(() -> viewModel.periodKindProperty().set(ReportPeriod.Kind.QUARTER));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(small, "statistics-minimum-size");
        javafx.scene.Parent top = (javafx.scene.Parent) small.lookup(".statistics-top");
        assertThat(FxTexts.textsCutShort(top)).isEmpty();
        Node source = small.lookup("#statistics-source");
        assertThat(source.localToScene(source.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(
                StatisticsWindow.MIN_WIDTH);
        assertThat(small.lookup("#statistics-charts").isVisible()).isTrue();
    }

    @Test
    void escClosesTheWindow(FxRobot robot) {
        AtomicReference<Stage> window = new AtomicReference<>();
        robot.interact(() -> window.set(StatisticsWindow.show(stage, viewModel)));
        assertThat(window.get().isShowing()).isTrue();
        assertThat(window.get().getMinWidth()).isEqualTo(StatisticsWindow.MIN_WIDTH);
        robot.interact(() -> window.get().requestFocus());
        robot.targetWindow(window.get()).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.get().isShowing()).isFalse();
    }

    private static String percent(int numerator, int denominator) {
        return Double.toString(Math.round(numerator * 1000.0 / denominator) / 10.0);
    }

    private Scene showInStage(FxRobot robot, StatisticsViewModel model) {
        return showInStage(robot, model, StatisticsWindow.WIDTH, StatisticsWindow.HEIGHT);
    }

    private Scene showInStage(FxRobot robot, StatisticsViewModel model, double width, double height) {
        AtomicReference<Scene> made = new AtomicReference<>();
        robot.interact(() -> {
            Scene other = StatisticsWindow.scene(model, width, height);
            stage.setScene(other);
            made.set(other);
        });
        return made.get();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.doubleClickOn(query).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @SuppressWarnings("unchecked")
    private static List<String> bars(FxRobot robot) {
        BarChart<Number, String> chart = robot.lookup("#statistics-unit-chart").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(1);
        return chart.getData().get(0).getData().stream().map(data -> data.getYValue() + " = " + data.getXValue())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> points(FxRobot robot, String chartId, int series) {
        LineChart<String, Number> chart = robot.lookup(chartId).queryAs(LineChart.class);
        return chart.getData().get(series).getData().stream()
                .map(data -> data.getXValue() + " = " + data.getYValue().doubleValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> seriesNames(FxRobot robot, String chartId) {
        LineChart<String, Number> chart = robot.lookup(chartId).queryAs(LineChart.class);
        return chart.getData().stream().map(XYChart.Series::getName).toList();
    }

    private static Node popupEntry(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).query();
    }
}
