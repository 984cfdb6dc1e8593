package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Source;
import duban.domain.UnitRow;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.testing.FxTexts;
import duban.testing.Screenshots;
import duban.testing.StatisticsSamples;
import duban.ui.StyleClasses;
import duban.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projector's figures page: reached with 4 and after the last column page, showing this
 * quarter's 办结率 trend and the units' ranking from its port, following the board's changes, and
 * readable at meeting-room sizes.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorFiguresTest {

    private record Asked(ReportPeriod period, Source source) {
    }

    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final ProjectorFiguresPort port = (period, source) -> {
        asked.add(new Asked(period, source));
        return StatisticsSamples.figures(period, source);
    };
    private final SimpleObjectProperty<List<Item>> items = MeetingBoard.property(MeetingBoard.items());
    private ProjectorViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (viewModel != null) {
                viewModel.stop();
            }
        });
    }

    private ProjectorViewModel newViewModel(MemorySettings settings) {
        return new ProjectorViewModel(items, MeetingBoard.DEADLINES, MeetingBoard.CLOCK, settings,
                TaskRunner.inline(), new ManualTicker(), port);
    }

    @Test
    void key4ShowsTheQuartersRankingAndTheColumnsComeBackWith1(FxRobot robot) {
        robot.interact(() -> {
            viewModel = newViewModel(new MemorySettings());
            stage.setScene(ProjectorWindow.scene(viewModel, 1280, 800));
            stage.show();
            viewModel.start();
        });
        assertThat(asked).isEmpty();
        robot.type(KeyCode.DIGIT4);

        ReportPeriod quarter = ReportPeriod.quarterOf(MeetingBoard.TODAY);
        assertThat(asked).containsExactly(new Asked(quarter, null));
        // The header keeps the board's title and figures; the page names the quarter it covers.
        assertThat(FxTexts.text(robot, "#projector-title")).isEqualTo("督办事项 · 共 11 项");
        assertThat(robot.lookup("#projector-trend").queryAs(javafx.scene.chart.LineChart.class).getTitle())
                .isEqualTo("本季度办结率走势（2026-10-01 至 2026-12-31，%，每周末）");
        assertThat(FxTexts.shows(robot, "#projector-figures-page")).isTrue();
        BulletinFigures given = StatisticsSamples.figures(quarter, null);
        assertThat(rankingRows(robot)).containsExactlyElementsOf(expectedRows(given));
        assertThat(trendPoints(robot)).hasSize(13);

        // A zero 逾期 is not marked; a unit with overdue items is.
        List<Node> rows = new ArrayList<>(robot.lookup(".projector-ranking-row").queryAll());
        for (int i = 0; i < rows.size(); i++) {
            Label overdue = (Label) ((HBox) rows.get(i)).getChildren().get(3);
            assertThat(overdue.getPseudoClassStates().contains(StyleClasses.ALERT))
                    .as("逾期 of row %d marked", i).isEqualTo(!overdue.getText().equals("0"));
        }
        assertThat(FxTexts.text(robot, "#projector-footer")).startsWith("统计页");

        // The board changes: the page reads again.
        robot.interact(() -> items.set(MeetingBoard.items().subList(0, 6)));
        assertThat(asked).hasSize(2);

        robot.type(KeyCode.DIGIT1);
        assertThat(robot.lookup("#projector-figures-page").tryQuery()).isEmpty();
        assertThat(FxTexts.text(robot, "#projector-title")).startsWith("督办事项");
        robot.interact(() -> items.set(MeetingBoard.items()));
        assertThat(asked).as("the hidden page reads nothing").hasSize(2);
    }

    @Test
    void theFiguresPageComesAfterTheLastColumnPage(FxRobot robot) {
        robot.interact(() -> {
            viewModel = newViewModel(new MemorySettings());
            stage.setScene(ProjectorWindow.scene(viewModel, 1280, 800));
            stage.show();
            viewModel.start();
        });
        int pages = viewModel.page().pageCount();
        for (int i = 1; i < pages; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertThat(viewModel.page().pageNumber()).isEqualTo(pages);
        assertThat(viewModel.figuresShownProperty().get()).isFalse();
        robot.type(KeyCode.RIGHT);
        assertThat(viewModel.figuresShownProperty().get()).isTrue();
        assertThat(FxTexts.shows(robot, "#projector-figures-page")).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(viewModel.figuresShownProperty().get()).isFalse();
        assertThat(viewModel.page().pageNumber()).isEqualTo(1);
        // And backwards: before the first page comes the figures page, then the last page.
        robot.type(KeyCode.LEFT);
        assertThat(viewModel.figuresShownProperty().get()).isTrue();
        robot.type(KeyCode.LEFT);
        assertThat(viewModel.page().pageNumber()).isEqualTo(pages);
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1920, 1080, LIGHT", "1920, 1080, DARK", "1280, 720, LIGHT"})
    void readableAtMeetingRoomSizes(int width, int height, ProjectorTheme theme) {
        MemorySettings settings = new MemorySettings();
        settings.values.put(ProjectorSettings.THEME_KEY, theme.name());
        viewModel = newViewModel(settings);
        Scene[] scene = new Scene[1];
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            viewModel.start();
            viewModel.showFigures();
            scene[0] = ProjectorWindow.scene(viewModel, width, height);
            for (int pass = 0; pass < 4; pass++) {
                scene[0].getRoot().applyCss();
                scene[0].getRoot().layout();
            }
        });
        Screenshots.save(scene[0], "projector-figures-" + width + "x" + height + "-" + theme.name().toLowerCase());
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            Parent page = (Parent) scene[0].lookup("#projector-figures-page");
            assertThat(page).isNotNull();
            // The trend has one series and no legend: the ranking's texts are what could be cut.
            assertThat(FxTexts.textsCutShort((Parent) page.lookup("#projector-ranking"))).isEmpty();
            List<Node> rows = new ArrayList<>(page.lookupAll(".projector-ranking-row"));
            assertThat(rows).hasSize(16);
            for (Node row : rows) {
                Bounds bounds = row.localToScene(row.getLayoutBounds());
                assertThat(bounds.getMaxY()).as("bottom of a ranking row").isLessThanOrEqualTo(height - 20);
                assertThat(bounds.getMaxX()).isLessThanOrEqualTo(width);
                Label unit = (Label) ((HBox) row).getChildren().get(1);
                assertThat(unit.getFont().getSize()).as("type of “%s”", unit.getText())
                        .isGreaterThanOrEqualTo(20 * Math.min(width / 1920.0, height / 1080.0));
            }
        });
    }

    private static List<String> expectedRows(BulletinFigures figures) {
        List<String> rows = new ArrayList<>();
        for (UnitRow row : figures.ranking().rows()) {
            rows.add(row.rank() + " " + row.unit().name() + " " + row.tally().completionRate().percentText() + " "
                    + row.tally().overdue());
        }
        return rows;
    }

    private static List<String> rankingRows(FxRobot robot) {
        List<String> rows = new ArrayList<>();
        for (Node row : robot.lookup(".projector-ranking-row").queryAll()) {
            rows.add(String.join(" ", ((HBox) row).getChildren().stream().map(cell -> ((Label) cell).getText())
                    .toList()));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<String> trendPoints(FxRobot robot) {
        LineChart<String, Number> chart = robot.lookup("#projector-trend").queryAs(LineChart.class);
        return chart.getData().get(0).getData().stream().map(data -> data.getXValue() + "=" + data.getYValue())
                .toList();
    }
}
