package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The 督办台账 opened from the board (Ctrl+L) follows the board: a card moved there changes its row. */
class LedgerFromBoardTest extends BoardTest {

    @Test
    void theLedgerOpensFromTheBoardAndFollowsItsChanges() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> robot.lookup("#ledger-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        RunningBoard.waitUntil(() -> table.getItems().size() == 6);
        Screenshots.save(table.getScene(), "ledger-from-board");

        // Back on the board, A1 moves on to 办理中; the open ledger reads it again.
        robot.interact(() -> board.stage.toFront());
        robot.interact(() -> board.card("A1").requestFocus());
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(board.fixture.value("A1", "status")));
        String title = board.fixture.value("A1", "title");
        RunningBoard.waitUntil(() -> robot.lookup("#ledger-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(line -> line instanceof duban.ledger.view.LedgerLine.Row row
                        && row.row().title().equals(title) && row.row().status().startsWith(Status.IN_PROGRESS.label())));
    }
}
