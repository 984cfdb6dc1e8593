package duban.boards;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Source;
import duban.domain.Status;
import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The saved boards' tabs on the real board: the four usual boards in one click, switching boards
 * with one click (cards, header figures and the ledger follow), a new item's default source, a
 * filter saved as a board, and deleting a board.
 */
class SavedBoardsTest {

    @TempDir
    Path folder;

    private RunningBoard board;
    private FxRobot robot;

    @BeforeEach
    void startTheBoard() throws Exception {
        BoardFixture fixture = BoardFixture.create(folder.resolve("board.db"));
        // Two of the small board's items are 信访件 (A1 waits in 已交办, P1 is 办理中); the rest 领导批示.
        fixture.execute("UPDATE item SET source = 'PETITION' WHERE id IN (?, ?)", fixture.id("A1"), fixture.id("P1"));
        board = RunningBoard.start(fixture);
        robot = board.robot;
    }

    @AfterEach
    void stopTheBoard() throws TimeoutException {
        board.stop();
    }

    private ToggleButton tab(String name) {
        return robot.lookup("#board-tabs").lookup((Node node) -> node instanceof ToggleButton button
                && name.equals(button.getText())).queryAs(ToggleButton.class);
    }

    private List<String> tabNames() {
        return robot.lookup("#board-tabs").lookup(".board-tab").queryAllAs(ToggleButton.class).stream()
                .map(ToggleButton::getText).toList();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theUsualBoardsAreMadeInOneClickAndEachShowsItsItemsWithItsFigures() throws Exception {
        RunningBoard.waitUntil(() -> robot.lookup("#usual-boards").queryAs(Node.class).isVisible());
        assertThat(tabNames()).containsExactly("全部事项");
        String allRate = text("#completion-rate");
        assertThat(text("#count-CLOSED")).isEqualTo("1");

        robot.clickOn("#usual-boards");
        RunningBoard.waitUntil(() -> tabNames().size() == 5);
        assertThat(tabNames()).containsExactly("全部事项", "2026年政府工作报告", "领导批示件", "建议提案", "信访件");
        assertThat(robot.lookup("#usual-boards").queryAs(Node.class).isVisible()).isFalse();

        robot.clickOn(tab("信访件"));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A1")));
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1");
        assertThat(board.shown(Status.CLOSED)).isEmpty();
        assertThat(text("#count-CLOSED")).isEqualTo("0");
        assertThat(text("#completion-rate")).isNotEqualTo(allRate);
        assertThat(tab("信访件").isSelected()).isTrue();
        Screenshots.save(board.stage.getScene(), "saved-boards-petitions");

        // A new item on the 信访件 board is a 信访 item unless the officer picks another source.
        robot.clickOn("#new-item");
        RunningBoard.waitUntil(() -> robot.lookup("#editor-source").tryQuery().isPresent());
        assertThat(robot.lookup("#editor-source").queryAs(ComboBox.class).getValue()).isEqualTo(Source.PETITION);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        RunningBoard.waitUntil(() -> robot.lookup("#editor-source").tryQuery().isEmpty());

        // The 督办台账 follows the chosen board.
        robot.clickOn("#ledger-button");
        RunningBoard.waitUntil(() -> robot.lookup("#ledger-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        // Opening the ledger reads the file on the store thread: on a busy machine that takes a while.
        org.testfx.util.WaitForAsyncUtils.waitFor(40, java.util.concurrent.TimeUnit.SECONDS,
                () -> table.getItems().size() == 2);
        assertThat(table.getItems()).hasSize(2);
        Window ledger = robot.lookup("#ledger-table").queryAs(TableView.class).getScene().getWindow();
        robot.interact(ledger::hide);

        // One click back to every item.
        robot.clickOn(tab("全部事项"));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).size() == 3);
        assertThat(text("#completion-rate")).isEqualTo(allRate);
        // The 领导批示件 board leaves the two 信访件 out.
        robot.clickOn(tab("领导批示件"));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A2", "A3")));
        assertThat(text("#count-CLOSED")).isEqualTo("1");
    }

    @Test
    void aFilterIsSavedAsABoardChosenAtOnceAndDeletedWithoutTouchingItsItems() throws Exception {
        robot.clickOn("#filter-search").write("供水");
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).isEmpty());
        robot.clickOn("#save-board");
        RunningBoard.waitUntil(() -> robot.lookup("#board-name").tryQuery().isPresent());
        robot.clickOn("#board-name").write("供水工程");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        RunningBoard.waitUntil(() -> tabNames().contains("供水工程") && tab("供水工程").isSelected());
        // The filter's words now live in the board: the search field is empty, the board still narrow.
        assertThat(robot.lookup("#filter-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1");
        assertThat(board.shown(Status.ASSIGNED)).isEmpty();
        Screenshots.save(board.stage.getScene(), "saved-boards-from-filter");

        board.openContextMenu(tab("供水工程"));
        robot.clickOn(board.menuEntry("删除…"));
        RunningBoard.waitUntil(() -> robot.lookup("#board-delete-dialog").tryQuery().isPresent());
        robot.clickOn("确定");
        RunningBoard.waitUntil(() -> !tabNames().contains("供水工程"));
        assertThat(tab("全部事项").isSelected()).isTrue();
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).size() == 3);
        assertThat(board.fixture.value("P1", "title")).contains("供水");
    }

    @Test
    void aBoardsScopeIsChangedInItsDialog() throws Exception {
        RunningBoard.waitUntil(() -> robot.lookup("#usual-boards").queryAs(Node.class).isVisible());
        robot.clickOn("#usual-boards");
        RunningBoard.waitUntil(() -> tabNames().size() == 5);
        robot.clickOn(tab("建议提案"));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).isEmpty() && board.shown(Status.IN_PROGRESS).isEmpty());

        board.openContextMenu(tab("建议提案"));
        robot.clickOn(board.menuEntry("修改范围…"));
        RunningBoard.waitUntil(() -> robot.lookup("#board-scope-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#board-scope-source-NPC_SUGGESTION").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#board-scope-source-PETITION").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#board-scope-source-PETITION");
        Screenshots.save(robot.lookup("#board-scope-dialog").query().getScene(), "saved-boards-scope-dialog");
        robot.clickOn("#board-scope-ok");

        // The chosen board now keeps the 信访件 too.
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A1")));
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1");
        assertThat(tab("建议提案").isSelected()).isTrue();
    }
}
