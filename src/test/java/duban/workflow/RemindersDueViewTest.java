package duban.workflow;

import static duban.workflow.WorkflowItems.deadlines;
import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.CjkFonts;
import duban.domain.Item;
import duban.testing.Screenshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 今日待催办 as the officer sees it: the rows in order, 催办 and a double-click hand the item to the board. */
@ExtendWith(ApplicationExtension.class)
class RemindersDueViewTest {

    private final List<Item> reminded = new ArrayList<>();
    private Stage stage;
    private RemindersDueViewModel viewModel;
    private RemindersDueView view;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        viewModel = new RemindersDueViewModel(deadlines(), ReminderQueueTest.CADENCES);
        viewModel.setItems(ReminderQueueTest.board());
        view = new RemindersDueView(viewModel, reminded::add);
        Scene scene = new Scene(view, 980, 440);
        // As in the application's window: the palette, then the view adds its own stylesheet.
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/theme.css")).toExternalForm());
        CjkFonts.apply(view);
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Throwable {
        robot.interact(() -> stage.close());
        WaitForAsyncUtils.checkException();
    }

    private TableView<ReminderDue> table(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ReminderDue> table = robot.lookup("#reminders-due").queryAs(TableView.class);
        return table;
    }

    /** The text the row of item {@code id} shows in column {@code column} (its style class). */
    private static String cellText(FxRobot robot, long id, String column) {
        Node cell = robot.lookup("#reminder-row-" + id).lookup("." + column).query();
        if (cell instanceof javafx.scene.control.TableCell<?, ?> tableCell && tableCell.getGraphic() instanceof Label chip) {
            return chip.getText();
        }
        return ((javafx.scene.control.Labeled) cell).getText();
    }

    @Test
    void theRowsAreShownMostUrgentFirstWithTheirReasonsAndSuggestions(FxRobot robot) {
        assertThat(table(robot).getItems()).extracting(row -> row.item().id())
                .containsExactly(2L, 1L, 3L, 4L, 5L, 14L, 6L, 7L, 8L, 9L);
        assertThat(robot.lookup("#reminders-due-title").queryAs(Label.class).getText()).isEqualTo("今日待催办（10）");

        assertThat(cellText(robot, 2, "col-title")).isEqualTo("B 逾期十天");
        assertThat(cellText(robot, 2, "col-unit")).isEqualTo("县住房和城乡建设局");
        assertThat(cellText(robot, 2, "col-owner")).isEqualTo("王建国");
        assertThat(cellText(robot, 2, "col-state")).isEqualTo("逾期 10 天、进展逾期 6 天");
        assertThat(cellText(robot, 2, "col-count")).isEqualTo("0 次");
        assertThat(cellText(robot, 2, "col-level")).isEqualTo("红色督办单");
        assertThat(cellText(robot, 6, "col-count")).isEqualTo("2 次");
        assertThat(cellText(robot, 6, "col-level")).isEqualTo("黄色督办单");
        assertThat(robot.lookup("#reminder-row-2").lookup(".col-state").query().getPseudoClassStates())
                .contains(RemindersDueView.OVERDUE);
        Screenshots.save(stage.getScene(), "reminders-due");
    }

    @Test
    void dueSoonRowsSayHowLongIsLeftAndEveryRowStandsOnOneLine(FxRobot robot) {
        assertThat(cellText(robot, 8, "col-state")).isEqualTo("临期（还剩 2 天）");
        assertThat(cellText(robot, 7, "col-state")).isEqualTo("临期（今日到期）");
        assertThat(cellText(robot, 14, "col-state")).isEqualTo("进展逾期 4 天、临期（还剩 3 天）");
        for (long id : List.of(2L, 6L, 7L, 8L)) {
            List<Double> middles = new ArrayList<>();
            for (String column : List.of("col-title", "col-unit", "col-owner", "col-state", "col-count", "col-level")) {
                Node text = robot.lookup("#reminder-row-" + id).lookup("." + column).lookup(".text").query();
                javafx.geometry.Bounds bounds = text.localToScene(text.getBoundsInLocal());
                middles.add((bounds.getMinY() + bounds.getMaxY()) / 2);
            }
            double spread = middles.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - middles.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            assertThat(spread).as("row %s: the middles of its cells' texts %s", id, middles).isLessThanOrEqualTo(1.5);
        }
        Screenshots.save(stage.getScene(), "reminders-due-aligned");
    }

    @Test
    void remindCallsTheBoardWithTheSelectedItem(FxRobot robot) {
        assertThat(robot.lookup("#remind-selected").queryButton().isDisabled()).isTrue();
        robot.clickOn("A 逾期三天");
        assertThat(robot.lookup("#remind-selected").queryButton().isDisabled()).isFalse();
        assertThat(reminded).isEmpty();

        robot.clickOn("#remind-selected");
        assertThat(reminded).extracting(Item::id).containsExactly(3L);
    }

    @Test
    void aDoubleClickOrEnterOnARowRemindsToo(FxRobot robot) {
        robot.doubleClickOn("C 重点未报进展", MouseButton.PRIMARY);
        assertThat(reminded).extracting(Item::id).containsExactly(4L);

        robot.clickOn("G 两天后到期");
        robot.type(KeyCode.ENTER);
        assertThat(reminded).extracting(Item::id).containsExactly(4L, 8L);
    }

    @Test
    void theSelectionStaysOnItsItemWhenTheBoardChanges(FxRobot robot) {
        robot.clickOn("L 常规未报进展");
        List<Item> withoutTheFirst = ReminderQueueTest.board().stream().filter(item -> item.id() != 2).toList();
        robot.interact(() -> viewModel.setItems(withoutTheFirst));
        assertThat(table(robot).getItems()).hasSize(9);
        assertThat(view.selectedItem()).map(Item::id).contains(5L);
    }

    @Test
    void anEmptyDaySaysSo(FxRobot robot) {
        robot.interact(() -> viewModel.setItems(List.of()));
        Label empty = robot.lookup("#reminders-due-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("今天没有需要催办的事项");
        assertThat(robot.lookup("#reminders-due-title").queryAs(Label.class).getText()).isEqualTo("今日待催办（0）");
        assertThat(robot.lookup("#remind-selected").queryButton().isDisabled()).isTrue();
        Screenshots.save(stage.getScene(), "reminders-due-empty");
    }
}
