package duban.units;

import duban.domain.UnitRow;

import static duban.testing.FxTexts.text;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.testing.FxTexts;
import duban.testing.Screenshots;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The 单位统计 view over the fixed data set, driven as a user would: sorting, choosing a source, a range. */
@ExtendWith(ApplicationExtension.class)
class UnitStatsViewTest {

    private UnitStatsViewModel viewModel;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new UnitStatsViewModel(FixedBoard.DEADLINES);
        viewModel.setItems(FixedBoard.items());
        // Measured in a window as wide as the board's.
        scene = UnitStatsWindow.scene(viewModel, 1280, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void showsTheRankedUnitsAndTheTotalsRow(FxRobot robot) {
        assertThat(robot.lookup(".units-title").queryAs(Label.class).getText()).isEqualTo("单位统计");
        assertThat(text(robot, "#units-scope")).isEqualTo("交办日期 不限 · 全部来源");
        assertThat(shownRows(robot)).containsExactly(
                "1 县水利局 3 2 1 0 1 66.7% 50.0% 2 2",
                "2 县财政局 4 2 2 1 0 50.0% 50.0% 0 6",
                "2 县人力资源和社会保障局 4 2 2 1 1 50.0% 50.0% 0 2",
                "4 城关镇 3 1 2 1 0 33.3% 100.0% 2 2");
        assertThat(totalsRow(robot)).isEqualTo("合计 14 7 7 3 2 50.0% 57.1% 4 12");
        assertThat(headers(robot)).containsExactly("排名", "牵头单位", "交办总数", "办结", "办理中", "逾期", "临期",
                "办结率", "按时办结率", "延期次数", "催办次数");

        // 逾期 above zero is marked (red in the stylesheet), zero is not.
        assertThat(overdueCellsMarked(robot)).containsExactly(false, true, true, true);
        assertThat(robot.lookup("#units-total-overdue").queryAs(Label.class).getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("alert"));

        assertTotalsAlignWithColumns(robot);
        assertFitsTheWindow(robot);
        Screenshots.save(scene, "unit-stats");
        assertNoTextIsCutShort();
    }

    @Test
    void clickingAHeaderSortsTheRowsButNotTheTotals(FxRobot robot) {
        robot.clickOn(header(robot, "#units-col-reminders"));
        // Ascending, equal counts keep their ranking order.
        assertThat(unitsShown(robot)).containsExactly("县水利局", "县人力资源和社会保障局", "城关镇", "县财政局");
        robot.clickOn(header(robot, "#units-col-reminders"));
        assertThat(unitsShown(robot)).containsExactly("县财政局", "县水利局", "县人力资源和社会保障局", "城关镇");
        assertThat(totalsRow(robot)).isEqualTo("合计 14 7 7 3 2 50.0% 57.1% 4 12");
        Screenshots.save(scene, "unit-stats-sorted");

        // A third click goes back to the ranking.
        robot.clickOn(header(robot, "#units-col-reminders"));
        assertThat(unitsShown(robot)).containsExactly("县水利局", "县财政局", "县人力资源和社会保障局", "城关镇");
    }

    @Test
    void ratesSortByValueWithUndefinedRatesLastEitherWay(FxRobot robot) {
        // Typed as office staff type dates; Enter commits.
        robot.clickOn("#units-from").write("2026/5/1").type(KeyCode.ENTER);
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(text(robot, "#units-scope")).isEqualTo("交办日期 2026-05-01 起 · 全部来源");
        // From 05-01: 财政 2 (late) 3 4, 水利 5 6 7, 城关镇 10 11, 人社局 14 15.
        assertThat(shownRows(robot)).containsExactly(
                "1 县水利局 3 2 1 0 1 66.7% 50.0% 2 2",
                "2 县财政局 3 1 2 1 0 33.3% 0.0% 0 5",
                "3 城关镇 2 0 2 1 0 0.0% — 2 2",
                "3 县人力资源和社会保障局 2 0 2 1 1 0.0% — 0 1");

        robot.clickOn(header(robot, "#units-col-on-time-rate"));
        assertThat(unitsShown(robot)).containsExactly("县财政局", "县水利局", "城关镇", "县人力资源和社会保障局");
        robot.clickOn(header(robot, "#units-col-on-time-rate"));
        assertThat(unitsShown(robot)).containsExactly("县水利局", "县财政局", "城关镇", "县人力资源和社会保障局");
        assertThat(totalsRow(robot)).isEqualTo("合计 10 3 7 3 2 30.0% 33.3% 4 10");
        Screenshots.save(scene, "unit-stats-range");
        assertNoTextIsCutShort();
    }

    @Test
    void choosingASourceRecomputesRowsAndTotals(FxRobot robot) {
        ComboBox<?> source = robot.lookup("#units-source").queryAs(ComboBox.class);
        assertThat(buttonText(source)).isEqualTo("全部来源");

        robot.clickOn(source);
        robot.clickOn(popupEntry(robot, "领导批示"));

        assertThat(viewModel.sourceProperty().get()).isEqualTo(Source.LEADER_INSTRUCTION);
        assertThat(text(robot, "#units-scope")).isEqualTo("交办日期 不限 · 领导批示");
        assertThat(shownRows(robot)).containsExactly(
                "1 县水利局 1 1 0 0 0 100.0% 100.0% 1 0",
                "1 城关镇 1 1 0 0 0 100.0% 100.0% 0 0",
                "3 县财政局 2 1 1 1 0 50.0% 100.0% 0 4",
                "4 县人力资源和社会保障局 1 0 1 1 0 0.0% — 0 1");
        assertThat(totalsRow(robot)).isEqualTo("合计 5 3 2 2 0 60.0% 100.0% 1 5");
        Screenshots.save(scene, "unit-stats-source");

        robot.clickOn(source);
        robot.clickOn(popupEntry(robot, "全部来源"));
        assertThat(viewModel.sourceProperty().get()).isNull();
        assertThat(totalsRow(robot)).isEqualTo("合计 14 7 7 3 2 50.0% 57.1% 4 12");
    }

    @Test
    void countingAssistingUnitsShowsHowManyTheyAssist(FxRobot robot) {
        robot.clickOn("#units-include-assisting");

        assertThat(robot.lookup("#units-include-assisting").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(headers(robot)).containsExactly("排名", "单位", "交办总数", "办结", "办理中", "逾期", "临期",
                "办结率", "按时办结率", "延期次数", "催办次数", "其中协办");
        assertThat(shownRows(robot)).containsExactly(
                "1 县水利局 4 2 2 0 1 50.0% 50.0% 2 2 1",
                "2 县财政局 5 2 3 1 1 40.0% 50.0% 0 7 1",
                "2 县人力资源和社会保障局 5 2 3 1 1 40.0% 50.0% 0 2 1",
                "4 城关镇 4 1 3 1 1 25.0% 100.0% 2 3 1");
        // Every item once in the totals.
        assertThat(totalsRow(robot)).isEqualTo("合计 14 7 7 3 2 50.0% 57.1% 4 12");
        assertTotalsAlignWithColumns(robot);
        assertFitsTheWindow(robot);
        Screenshots.save(scene, "unit-stats-assisting");
        assertNoTextIsCutShort();
    }

    @Test
    void followsTheBoardLive(FxRobot robot) {
        List<Item> changed = new ArrayList<>(FixedBoard.items());
        // 城关镇 closes its overdue item 10 today, a day late.
        changed.set(9, changed.get(9).movedTo(Status.CLOSED, FixedBoard.TODAY, "已完成"));
        robot.interact(() -> viewModel.setItems(changed));

        assertThat(shownRows(robot)).startsWith("1 县水利局 3 2 1 0 1 66.7% 50.0% 2 2",
                "1 城关镇 3 2 1 0 0 66.7% 50.0% 2 2");
        assertThat(totalsRow(robot)).isEqualTo("合计 14 8 6 2 2 57.1% 50.0% 4 12");
    }

    @Test
    void theWindowIsNonModalTitledAndShownOncePerBoard(FxRobot robot) {
        Window board = stage;
        Stage[] shown = new Stage[2];
        robot.interact(() -> shown[0] = UnitStatsWindow.show(board, viewModel));
        robot.interact(() -> shown[1] = UnitStatsWindow.show(board, viewModel));

        assertThat(shown[1]).isSameAs(shown[0]);
        assertThat(shown[0].getTitle()).isEqualTo("单位统计 — 督办看板");
        assertThat(shown[0].getModality()).isEqualTo(javafx.stage.Modality.NONE);
        assertThat(shown[0].getOwner()).isSameAs(board);
        assertThat(shown[0].isShowing()).isTrue();
        assertThat(shown[0].getScene().getRoot().getId()).isEqualTo("unit-stats");
        // At the window's own size, counting assisting units: the widest the table gets.
        robot.interact(() -> viewModel.includeAssistingProperty().set(true));
        Screenshots.save(shown[0].getScene(), "unit-stats-window");
        assertNoTextIsCutShort(shown[0].getScene());

        robot.interact(shown[0]::hide);
        Stage[] again = new Stage[1];
        robot.interact(() -> again[0] = UnitStatsWindow.show(board, viewModel));
        assertThat(again[0]).isSameAs(shown[0]);
        assertThat(again[0].isShowing()).isTrue();
        robot.interact(again[0]::hide);
    }

    // ---- reading the screen ----------------------------------------------------------------

    /** The rows as drawn: the visible cells' texts, row by row, top to bottom. */
    private List<String> shownRows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<UnitRow> table = table(robot);
        List<String> rows = new ArrayList<>();
        for (int index = 0; index < table.getItems().size(); index++) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<UnitRow, ?> column : table.getVisibleLeafColumns()) {
                cells.add(cellText(table, index, column));
            }
            rows.add(String.join(" ", cells));
        }
        return rows;
    }

    private List<String> unitsShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<UnitRow> table = table(robot);
        TableColumn<UnitRow, ?> unit = table.getVisibleLeafColumn(1);
        List<String> names = new ArrayList<>();
        for (int index = 0; index < table.getItems().size(); index++) {
            names.add(cellText(table, index, unit));
        }
        return names;
    }

    /** The text of the cell drawn at row {@code index} of {@code column}. */
    private static String cellText(TableView<UnitRow> table, int index, TableColumn<UnitRow, ?> column) {
        return table.lookupAll(".table-cell").stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == column && cell.getIndex() == index && !cell.isEmpty())
                .map(Labeled::getText).findFirst().orElse("?");
    }

    private List<Boolean> overdueCellsMarked(FxRobot robot) {
        TableView<UnitRow> table = table(robot);
        TableColumn<UnitRow, ?> overdue = table.getColumns().stream()
                .filter(column -> "units-col-overdue".equals(column.getId())).findFirst().orElseThrow();
        List<Boolean> marked = new ArrayList<>();
        for (int index = 0; index < table.getItems().size(); index++) {
            int row = index;
            marked.add(table.lookupAll(".table-cell").stream().map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> cell.getTableColumn() == overdue && cell.getIndex() == row && !cell.isEmpty())
                    .anyMatch(cell -> cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("alert"))));
        }
        return marked;
    }

    private String totalsRow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent totals = robot.lookup("#units-totals").queryAs(Parent.class);
        List<String> cells = new ArrayList<>();
        for (Node node : totals.getChildrenUnmodifiable()) {
            if (node.isVisible() && node instanceof Label label && !label.getText().isEmpty()) {
                cells.add(label.getText());
            }
        }
        return String.join(" ", cells);
    }

    private List<String> headers(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    /** The header of the column with id {@code #columnId}. */
    private Node header(FxRobot robot, String columnId) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".column-header").match(node -> node instanceof TableColumnHeader header
                && header.getTableColumn() != null && columnId.equals("#" + header.getTableColumn().getId())).query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<UnitRow> table(FxRobot robot) {
        return robot.lookup("#units-table").queryAs(TableView.class);
    }

    /** Each cell of the totals row starts and ends where its column's header does. */
    private void assertTotalsAlignWithColumns(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<UnitRow> table = table(robot);
        for (TableColumn<UnitRow, ?> column : table.getVisibleLeafColumns()) {
            Bounds head = header(robot, "#" + column.getId()).localToScene(
                    header(robot, "#" + column.getId()).getLayoutBounds());
            String totalId = column.getId().replace("units-col-", "#units-total-");
            Node total = robot.lookup(totalId).query();
            Bounds foot = total.localToScene(total.getLayoutBounds());
            assertThat(foot.getMinX()).as("left edge of %s", totalId).isCloseTo(head.getMinX(),
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(foot.getWidth()).as("width of %s", totalId).isCloseTo(head.getWidth(),
                    org.assertj.core.data.Offset.offset(1.0));
        }
    }

    /** The whole table, the last column included, inside the 1280-pixel window. */
    private void assertFitsTheWindow(FxRobot robot) {
        assertThat(scene.getWidth()).isEqualTo(1280);
        TableView<UnitRow> table = table(robot);
        TableColumn<UnitRow, ?> last = table.getVisibleLeafColumn(table.getVisibleLeafColumns().size() - 1);
        Node lastHeader = header(robot, "#" + last.getId());
        assertThat(lastHeader.localToScene(lastHeader.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(1280);
        Node datePicker = robot.lookup("#units-to").queryAs(DatePicker.class);
        assertThat(robot.lookup("#units-include-assisting").query().localToScene(
                robot.lookup("#units-include-assisting").query().getLayoutBounds()).getMaxX()).isLessThan(1280);
        assertThat(datePicker.isVisible()).isTrue();
    }

    /** Every label, header and cell shows its whole text, not an ellipsis. */
    private void assertNoTextIsCutShort() {
        assertNoTextIsCutShort(scene);
    }

    private static void assertNoTextIsCutShort(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxTexts.textsCutShort(scene.getRoot())).as("texts cut short").isEmpty();
    }

    private static String buttonText(ComboBox<?> box) {
        return ((Labeled) box.getButtonCell()).getText();
    }

    private static Node popupEntry(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).query();
    }
}
