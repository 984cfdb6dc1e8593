package duban.projector;

import duban.domain.UnitRow;
import duban.domain.bulletin.BulletinFigures;
import duban.i18n.Messages;
import duban.ui.ChartValues;
import duban.ui.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The controller of {@code projector-figures.fxml}: draws the {@link ProjectorFiguresPage}'s
 * figures, the trend as a line of 办结率 per week and the ranking as rows of large labels. A zero
 * 逾期 is written in the neutral ink; only a unit with overdue items is marked red.
 */
public final class ProjectorFiguresView {

    /** Fewer units than this fill one block; more are spread over up to {@link #MAX_BLOCKS} blocks. */
    static final int ROWS_PER_BLOCK = 8;
    static final int MAX_BLOCKS = 3;

    private final ProjectorFiguresPage page;
    @FXML private VBox content;
    @FXML private LineChart<String, Number> trend;
    @FXML private NumberAxis percentAxis;
    @FXML private HBox ranking;
    @FXML private Label message;

    /** The controller for {@code page}; the FXML loader's controller factory calls it. */
    public ProjectorFiguresView(ProjectorFiguresPage page) {
        this.page = Objects.requireNonNull(page, "page");
    }

    @FXML
    private void initialize() {
        ChartValues.percentAxis(percentAxis, 25);
        content.visibleProperty().bind(page.stateProperty().isEqualTo(ProjectorFiguresPage.State.SHOWN));
        message.visibleProperty().bind(content.visibleProperty().not());
        message.textProperty().bind(page.messageProperty());
        trend.titleProperty().bind(page.titleProperty());
        page.figuresProperty().addListener((observable, old, figures) -> draw(figures));
        draw(page.figuresProperty().get());
    }

    private void draw(BulletinFigures figures) {
        if (figures == null) {
            trend.getData().clear();
            ranking.getChildren().clear();
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(Messages.get("projector.figures.completion"));
        for (BulletinFigures.WeekPoint week : figures.weeks()) {
            if (week.completion().isDefined()) {
                series.getData().add(new XYChart.Data<>(ChartValues.weekLabel(week.weekEnd()),
                        ChartValues.percent(week.completion())));
            }
        }
        trend.getData().setAll(List.of(series));
        drawRanking(figures.ranking().rows());
    }

    /** How many rows each block of the ranking takes for {@code units} units. */
    static int rowsPerBlock(int units) {
        return Math.max(ROWS_PER_BLOCK, (units + MAX_BLOCKS - 1) / MAX_BLOCKS);
    }

    private void drawRanking(List<UnitRow> rows) {
        List<VBox> blocks = new ArrayList<>();
        int perBlock = rowsPerBlock(rows.size());
        for (int first = 0; first < rows.size(); first += perBlock) {
            VBox block = new VBox(header());
            block.getStyleClass().add("projector-ranking-block");
            HBox.setHgrow(block, Priority.ALWAYS);
            block.setMaxWidth(Double.MAX_VALUE);
            for (UnitRow row : rows.subList(first, Math.min(rows.size(), first + perBlock))) {
                block.getChildren().add(row(row));
            }
            blocks.add(block);
        }
        ranking.getChildren().setAll(blocks);
    }

    private static HBox header() {
        HBox header = line(Messages.get("projector.figures.rank"), Messages.get("projector.figures.unit"),
                Messages.get("projector.figures.completion"), Messages.get("projector.figures.overdue"));
        header.getStyleClass().add("projector-ranking-header");
        return header;
    }

    private static HBox row(UnitRow row) {
        HBox line = line(Integer.toString(row.rank()), row.unit().name(),
                row.tally().completionRate().percentText(), Integer.toString(row.tally().overdue()));
        line.getStyleClass().add("projector-ranking-row");
        line.getChildren().get(3).pseudoClassStateChanged(StyleClasses.ALERT, row.tally().overdue() > 0);
        return line;
    }

    private static HBox line(String rank, String unit, String rate, String overdue) {
        Label rankLabel = cell(rank, "projector-ranking-rank", Pos.CENTER);
        Label unitLabel = cell(unit, "projector-ranking-unit", Pos.CENTER_LEFT);
        unitLabel.setMinWidth(0);
        unitLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(unitLabel, Priority.ALWAYS);
        Label rateLabel = cell(rate, "projector-ranking-rate", Pos.CENTER_RIGHT);
        Label overdueLabel = cell(overdue, "projector-ranking-overdue", Pos.CENTER_RIGHT);
        HBox line = new HBox(rankLabel, unitLabel, rateLabel, overdueLabel);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label cell(String text, String styleClass, Pos alignment) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setAlignment(alignment);
        return label;
    }
}
