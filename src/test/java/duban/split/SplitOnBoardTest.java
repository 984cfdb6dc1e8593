package duban.split;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Status;
import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;

/**
 * 事项分解 in the real window, driven as an officer would: 分解… from a card's menu into three
 * sub-items for three units, the new cards and the parent's 子事项 0/3 办结, the parent crossed off
 * only with a reason while they are open, and 查看子事项….
 */
class SplitOnBoardTest {

    @TempDir
    Path folder;

    private RunningBoard board;
    private BoardFixture fixture;
    private FxRobot robot;

    @BeforeEach
    void start() throws Exception {
        BoardFixture written = BoardFixture.create(folder.resolve("board.db"));
        written.execute("INSERT INTO unit (name, kind, sort_order) VALUES ('县教育局', 'COUNTY_DEPARTMENT', 3)");
        board = RunningBoard.start(written);
        fixture = board.fixture;
        robot = board.robot;
    }

    @AfterEach
    void stop() throws Exception {
        board.stop();
    }

    private void choose(String comboId, String name) throws Exception {
        robot.clickOn(comboId);
        RunningBoard.waitUntil(() -> !visibleCells(name).isEmpty());
        robot.clickOn(visibleCells(name).get(0));
    }

    private List<Node> visibleCells(String text) {
        return robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(node -> node instanceof Labeled labeled && text.equals(labeled.getText())
                        && node.getScene() != null && node.getScene().getWindow().isShowing())
                .map(Node.class::cast).toList();
    }

    private void fillRow(int row, String unit, String owner) throws Exception {
        choose("#split-unit-" + row, unit);
        robot.clickOn("#split-owner-" + row).write(owner);
    }

    private void splitP1IntoThree() throws Exception {
        board.openContextMenu(board.card("P1"));
        robot.clickOn(board.menuEntry("分解…"));
        RunningBoard.waitUntil(() -> robot.lookup("#split-unit-1").tryQuery().isPresent());
        assertThat(robot.lookup("#split-ok").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#split-error-1").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("请选择牵头单位。");
        fillRow(1, "县财政局", "李红");
        robot.clickOn("#split-add");
        fillRow(2, "县住房和城乡建设局", "张伟");
        robot.clickOn("#split-add");
        assertThat(robot.lookup("#split-ok").queryButton().isDisabled()).isTrue(); // row 3 is empty
        fillRow(3, "县教育局", "赵敏");
        robot.clickOn("#split-title-3").push(KeyCode.CONTROL, KeyCode.A).write("县城区学校供水管网改造");
        assertThat(robot.lookup("#split-title-1").queryTextInputControl().getText())
                .isEqualTo("P1 县城区供水管网改造（县财政局）");
        Screenshots.save(robot.lookup("#split-ok").query().getScene(), "split-dialog");
        robot.clickOn("#split-ok");
        RunningBoard.waitUntil(() -> board.list(Status.ASSIGNED).getItems().size() == 6);
    }

    @Test
    void splittingShowsTheSubItemsAndTheParentsProgress() throws Exception {
        splitP1IntoThree();

        List<Card> assigned = board.list(Status.ASSIGNED).getItems();
        assertThat(assigned.subList(3, 6)).extracting(Card::title).containsExactly(
                "P1 县城区供水管网改造（县财政局）", "P1 县城区供水管网改造（县住房和城乡建设局）", "县城区学校供水管网改造");
        assertThat(assigned.subList(3, 6)).extracting(card -> card.item().owner()).containsExactly("李红", "张伟", "赵敏");
        assertThat(assigned.get(5).item().leadUnit().name()).isEqualTo("县教育局");
        assertThat(assigned.get(5).item().links().parentId()).isEqualTo(fixture.id("P1"));
        RunningBoard.waitUntil(() -> robot.from(board.card("P1")).lookup(".marker-sub-items").tryQuery()
                .map(node -> ((Labeled) node).getText().startsWith("子事项 0/3 办结")).orElse(false));
        assertThat(fixture.events("P1")).filteredOn(event -> event.startsWith("SPLIT")).hasSize(3);
        assertThat(robot.from(board.card("P1")).lookup(".marker-sub-items").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).containsExactly("子事项 0/3 办结", "全部按期");
        // Each new card is drawn at a card's height, not left as an empty cell's thin strip, and
        // the status bar counts what the header counts (the parent is a container: 5 + 3 sub-items).
        javafx.scene.control.ListView<Card> column = board.list(Status.ASSIGNED);
        for (int index = 3; index < 6; index++) {
            int shown = index;
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> column.scrollTo(shown)).get();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            RunningBoard.waitUntil(() -> column.lookupAll(".list-cell").stream()
                    .map(javafx.scene.control.ListCell.class::cast)
                    .anyMatch(cell -> cell.getIndex() == shown && !cell.isEmpty() && cell.getHeight() > 80));
        }
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> column.scrollTo(0)).get();
        RunningBoard.waitUntil(() -> robot.lookup("#status-summary").queryAs(Labeled.class).getText()
                .startsWith("共 8 项督办事项"));
        Screenshots.save(board.card("P1").getScene(), "split-board-parent-and-children");

        // The details panel shows the tree; a click on a sub-item's line selects its card.
        robot.clickOn(board.card("P1"));
        RunningBoard.waitUntil(() -> robot.lookup(".details-tree-row").queryAll().size() == 4);
        Node tree = robot.lookup("#details-tree").query();
        Screenshots.save(tree.getScene(), "split-details-tree");
        assertThat(robot.from(tree).lookup(".details-tree-title").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("P1 县城区供水管网改造", "└ P1 县城区供水管网改造（县财政局）",
                        "└ P1 县城区供水管网改造（县住房和城乡建设局）", "└ 县城区学校供水管网改造");
        // The details panel scrolls: bring the last line into view (on a 1280×800 screen it is below).
        Node lastRow = robot.from(tree).lookup(".details-tree-row").nth(3).queryAs(Node.class);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            for (Node parent = lastRow.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double rowY = content.sceneToLocal(lastRow.localToScene(lastRow.getBoundsInLocal())).getMinY();
                    double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (rowY - 20) / hidden)) * scroll.getVmax());
                }
            }
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(lastRow);
        RunningBoard.waitUntil(() -> assigned.get(5).equals(board.list(Status.ASSIGNED).getSelectionModel().getSelectedItem()));

        // 查看子事项… lists them; a double-click selects that card on the board.
        board.openContextMenu(board.card("P1"));
        robot.clickOn(board.menuEntry("查看子事项…"));
        RunningBoard.waitUntil(() -> robot.lookup("#sub-items-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#sub-items-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        Screenshots.save(table.getScene(), "split-sub-item-list");
        Node thirdRow = robot.from(table).lookup(".table-row-cell").nth(2).query();
        robot.doubleClickOn(thirdRow, MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> assigned.get(5).equals(board.list(Status.ASSIGNED).getSelectionModel().getSelectedItem()));
    }

    @Test
    void crossingOffTheParentWithOpenSubItemsNeedsAReason() throws Exception {
        splitP1IntoThree();
        board.openContextMenu(board.card("P1"));
        robot.clickOn(board.menuEntry("移动到"));
        robot.clickOn(board.menuEntry(Status.AWAITING_FEEDBACK.label()), Motion.HORIZONTAL_FIRST, MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P1", "status")));
        RunningBoard.waitUntil(() -> board.list(Status.AWAITING_FEEDBACK).getItems().size() == 1);
        board.openContextMenu(board.card("P1"));
        robot.clickOn(board.menuEntry("移动到"));
        robot.clickOn(board.menuEntry(Status.CLOSED.label()), Motion.HORIZONTAL_FIRST, MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#closing-note").tryQuery().isPresent());
        assertThat(robot.lookup("#closing-open-sub-items").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("还有 3 项子事项未办结");
        robot.clickOn("#closing-note").write("管网主体工程已完工。");
        assertThat(robot.lookup("#closing-ok").queryButton().isDisabled()).isTrue();
        robot.clickOn("#closing-sub-items-reason").write("三项子事项转入年度计划继续督办");
        assertThat(robot.lookup("#closing-ok").queryButton().isDisabled()).isFalse();
        robot.clickOn("#closing-ok");
        RunningBoard.waitUntil(() -> "CLOSED".equals(fixture.value("P1", "status")));
    }
}
