package duban.statistics;

import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.i18n.Messages;
import duban.ui.ChartValues;
import duban.ui.SourceChoices;
import duban.ui.StyleClasses;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * The controller of {@code statistics.fxml}: binds the period picker, the source filter and the
 * custom dates to the {@link StatisticsViewModel}, and redraws the three charts whenever new
 * figures arrive. The charts stand only while there are figures to draw; otherwise the placeholder
 * says why (加载中…, 暂无事项, a wrong range, a failure).
 */
public final class StatisticsView {

    private final StatisticsViewModel viewModel;
    private final Map<ReportPeriod.Kind, ToggleButton> periodButtons = new EnumMap<>(ReportPeriod.Kind.class);
    private final ToggleGroup periods = new ToggleGroup();

    @FXML private Label scope;
    @FXML private ToggleButton week;
    @FXML private ToggleButton month;
    @FXML private ToggleButton quarter;
    @FXML private ToggleButton custom;
    @FXML private TextField from;
    @FXML private TextField to;
    @FXML private Button applyButton;
    @FXML private ComboBox<Source> source;
    @FXML private Label overview;
    @FXML private HBox charts;
    @FXML private BarChart<Number, String> unitChart;
    @FXML private CategoryAxis unitAxis;
    @FXML private LineChart<String, Number> completionChart;
    @FXML private NumberAxis percentAxis;
    @FXML private LineChart<String, Number> countsChart;
    @FXML private Label placeholder;

    /** The controller for {@code viewModel}; the FXML loader's controller factory calls it. */
    public StatisticsView(StatisticsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        bindPeriods();
        bindSource();
        from.textProperty().bindBidirectional(viewModel.customFrom().textProperty());
        to.textProperty().bindBidirectional(viewModel.customTo().textProperty());
        // The dates are the custom range's; a calendar period shows its own days in them, greyed.
        from.disableProperty().bind(custom.selectedProperty().not());
        to.disableProperty().bind(custom.selectedProperty().not());
        applyButton.disableProperty().bind(custom.selectedProperty().not());

        scope.textProperty().bind(viewModel.scopeTextProperty());
        overview.textProperty().bind(viewModel.overviewTextProperty());
        overview.visibleProperty().bind(overview.textProperty().isNotEmpty());
        overview.managedProperty().bind(overview.visibleProperty());
        placeholder.textProperty().bind(viewModel.messageProperty());
        charts.visibleProperty().bind(viewModel.stateProperty().isEqualTo(StatisticsViewModel.State.SHOWN));
        placeholder.visibleProperty().bind(charts.visibleProperty().not());
        viewModel.stateProperty().addListener((observable, old, state) -> placeholder.pseudoClassStateChanged(
                StyleClasses.ALERT,
                state == StatisticsViewModel.State.INVALID || state == StatisticsViewModel.State.FAILED));
        ChartValues.percentAxis(percentAxis, 20);
        // A name is never cut to "县住房和…": the axis takes the room its longest name needs.
        unitAxis.setTickLabelGap(6);
        viewModel.figuresProperty().addListener((observable, old, figures) -> draw(figures));
        draw(viewModel.getFigures());
    }

    private void bindPeriods() {
        periodButtons.put(ReportPeriod.Kind.WEEK, week);
        periodButtons.put(ReportPeriod.Kind.MONTH, month);
        periodButtons.put(ReportPeriod.Kind.QUARTER, quarter);
        periodButtons.put(ReportPeriod.Kind.CUSTOM, custom);
        periodButtons.forEach((kind, button) -> {
            button.setToggleGroup(periods);
            button.setUserData(kind);
        });
        periods.selectToggle(periodButtons.get(viewModel.periodKindProperty().get()));
        periods.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                // A period is always chosen: clicking the chosen one again keeps it.
                periods.selectToggle(old);
            } else {
                viewModel.periodKindProperty().set((ReportPeriod.Kind) now.getUserData());
            }
        });
        viewModel.periodKindProperty().addListener((observable, old, kind) -> {
            Toggle button = periodButtons.get(kind);
            if (periods.getSelectedToggle() != button) {
                periods.selectToggle(button);
            }
        });
    }

    private void bindSource() {
        SourceChoices.setUp(source, Messages.get("statistics.allSources"));
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    private void draw(BulletinFigures figures) {
        if (figures == null) {
            unitChart.getData().clear();
            completionChart.getData().clear();
            countsChart.getData().clear();
            return;
        }
        unitChart.getData().setAll(List.of(StatisticsSeries.unitCompletion(figures)));
        completionChart.getData().setAll(List.of(StatisticsSeries.weeklyCompletion(figures)));
        countsChart.getData().setAll(List.of(StatisticsSeries.weeklyOpen(figures),
                StatisticsSeries.weeklyOverdue(figures)));
    }
}
