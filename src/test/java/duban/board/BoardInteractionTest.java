package duban.board;

import duban.domain.Card;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Labeled;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board as the officer uses it: cards dragged with the mouse, moved with the keyboard and the
 * context menu, undone and redone; each checked on screen and in the database file.
 */
class BoardInteractionTest extends BoardTest {

    /**
     * Waits for the message bar: it, not the label in it, is hidden while there is no message, and
     * a refusal from the store arrives after the gesture has returned.
     */
    private void awaitMessage() throws Exception {
        RunningBoard.waitUntil(() -> robot.lookup("#board-message-bar").query().isVisible());
    }

    @Test
    void dragACardIntoAnotherColumnBetweenTwoCards() throws Exception {
        robot.drag(board.card("A1"), MouseButton.PRIMARY)
                .moveTo(board.card("P2"), Pos.TOP_CENTER, new Point2D(0, 6), Motion.DEFAULT);
        assertThat(robot.lookup("#drop-indicator").query().isVisible()).isTrue();
        assertThat(robot.lookup("#drag-preview").query().isVisible()).isTrue();
        Screenshots.save(board.stage.getScene(), "board-mid-drag");
        robot.release(MouseButton.PRIMARY);

        RunningBoard.waitUntil(() -> fixture.column(Status.IN_PROGRESS).equals(List.of("P1", "A1", "P2")));
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1", "A1", "P2");
        assertThat(board.shown(Status.ASSIGNED)).containsExactly("A2", "A3");
        assertThat(fixture.value("A1", "status")).isEqualTo("IN_PROGRESS");
        assertThat(fixture.value("A1", "version")).isEqualTo("2");
        assertThat(fixture.events("A1")).containsExactly("CREATE null->ASSIGNED", "MOVE ASSIGNED->IN_PROGRESS");
        assertThat(board.label("#count-IN_PROGRESS")).isEqualTo("3");
        assertThat(robot.lookup("#drag-preview").query().isVisible()).isFalse();
        // The keyboard goes on from the dropped card: its new column takes the focus (a frame later).
        RunningBoard.waitUntil(() -> board.list(Status.IN_PROGRESS).isFocused());
        assertThat(board.list(Status.ASSIGNED).isFocused()).isFalse();
        assertThat(board.list(Status.IN_PROGRESS).getSelectionModel().getSelectedItem().id()).isEqualTo(fixture.id("A1"));
    }

    @Test
    void theDetailsPanelStaysWithTheDroppedCardThroughTheDrop() throws Exception {
        robot.clickOn(board.card("A1"));
        RunningBoard.waitUntil(() -> board.label("#details-title").startsWith("A1 "));
        List<String> titlesShown = new java.util.concurrent.CopyOnWriteArrayList<>();
        Label title = robot.lookup("#details-title").queryAs(Label.class);
        robot.interact(() -> title.textProperty().addListener((observable, old, now) -> titlesShown.add(now)));

        robot.drag(board.card("A1"), MouseButton.PRIMARY)
                .moveTo(board.card("P2"), Pos.TOP_CENTER, new Point2D(0, 6), Motion.DEFAULT)
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> fixture.column(Status.IN_PROGRESS).equals(List.of("P1", "A1", "P2")));
        RunningBoard.waitUntil(() -> historyShows("交办 → 办理中"));

        // Leaving 交办, the card's list selected A2 by itself: the panel showed A2, then A1 again.
        assertThat(titlesShown).allMatch(shown -> shown.startsWith("A1 "));
        assertThat(board.label("#details-title")).startsWith("A1 ");
        assertThat(board.list(Status.ASSIGNED).getSelectionModel().getSelectedItem()).isNull();
        assertThat(board.list(Status.IN_PROGRESS).getSelectionModel().getSelectedItem().id()).isEqualTo(fixture.id("A1"));
    }

    @Test
    void dragACardToTheTopOfItsOwnColumn() throws Exception {
        robot.drag(board.card("A3"), MouseButton.PRIMARY)
                .moveTo(board.card("A1"), Pos.TOP_CENTER, new Point2D(0, 4), Motion.DEFAULT)
                .release(MouseButton.PRIMARY);

        RunningBoard.waitUntil(() -> fixture.column(Status.ASSIGNED).equals(List.of("A3", "A1", "A2")));
        assertThat(board.shown(Status.ASSIGNED)).containsExactly("A3", "A1", "A2");
        assertThat(fixture.value("A3", "status")).isEqualTo("ASSIGNED");
        assertThat(fixture.events("A3")).last().isEqualTo("MOVE ASSIGNED->ASSIGNED");
    }

    @Test
    void anEmptyColumnAcceptsADrop() throws Exception {
        assertThat(board.shown(Status.AWAITING_FEEDBACK)).isEmpty();
        robot.drag(board.card("P1"), MouseButton.PRIMARY)
                .moveTo(board.list(Status.AWAITING_FEEDBACK))
                .release(MouseButton.PRIMARY);

        RunningBoard.waitUntil(() -> fixture.column(Status.AWAITING_FEEDBACK).equals(List.of("P1")));
        assertThat(board.shown(Status.AWAITING_FEEDBACK)).containsExactly("P1");
        assertThat(board.label("#count-AWAITING_FEEDBACK")).isEqualTo("1");
    }

    @Test
    void aForbiddenDropIsRefusedWithTheReasonAndTheCardReturns() throws Exception {
        robot.drag(board.card("A2"), MouseButton.PRIMARY)
                .moveTo(board.list(Status.CLOSED))
                .release(MouseButton.PRIMARY);

        awaitMessage();
        assertThat(board.label("#board-message")).contains("不能直接办结销号").contains("待反馈");
        assertThat(board.shown(Status.ASSIGNED)).containsExactly("A1", "A2", "A3");
        assertThat(board.shown(Status.CLOSED)).containsExactly("C1");
        assertThat(fixture.value("A2", "status")).isEqualTo("ASSIGNED");
        assertThat(fixture.value("A2", "version")).isEqualTo("1");
        Screenshots.save(board.stage.getScene(), "board-refused-drop");
    }

    @Test
    void keyboardMovesAreSavedAndCanBeUndoneAndRedone() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("A1", "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.IN_PROGRESS).equals(List.of("P1", "P2", "A1")));
        assertThat(fixture.column(Status.IN_PROGRESS)).containsExactly("P1", "P2", "A1");

        robot.press(KeyCode.CONTROL).type(KeyCode.UP).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> fixture.column(Status.IN_PROGRESS).equals(List.of("P1", "A1", "P2")));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> fixture.column(Status.IN_PROGRESS).equals(List.of("P1", "P2", "A1")));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "ASSIGNED".equals(fixture.value("A1", "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A1", "A2", "A3")));
        assertThat(fixture.column(Status.ASSIGNED)).containsExactly("A1", "A2", "A3");
        assertThat(fixture.events("A1")).last().asString().startsWith("MOVE IN_PROGRESS->ASSIGNED 撤销操作");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("A1", "status")));
        assertThat(fixture.events("A1")).extracting(event -> event.replaceAll(" (撤销操作|重做)[:：].*", ""))
                .containsExactly("CREATE null->ASSIGNED", "MOVE ASSIGNED->IN_PROGRESS", "MOVE IN_PROGRESS->IN_PROGRESS",
                        "MOVE IN_PROGRESS->IN_PROGRESS", "MOVE IN_PROGRESS->ASSIGNED", "MOVE ASSIGNED->IN_PROGRESS");
        assertThat(fixture.events("A1").get(5)).contains("重做");
    }

    @Test
    void anUndoAgainstAnItemChangedElsewhereFailsCleanly() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("A1", "status")));
        RunningBoard.waitUntil(() -> !robot.lookup("#undo").queryButton().isDisabled());
        fixture.execute("UPDATE item SET owner = '李卫东', version = version + 1 WHERE id = ?", fixture.id("A1"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        awaitMessage();
        assertThat(board.label("#board-message")).startsWith("无法撤销").contains("已被其他窗口或程序修改");
        assertThat(fixture.value("A1", "status")).isEqualTo("IN_PROGRESS");
        assertThat(fixture.value("A1", "owner")).isEqualTo("李卫东");
        assertThat(fixture.events("A1")).hasSize(2);
        // The board now shows the other change.
        RunningBoard.waitUntil(() -> board.list(Status.IN_PROGRESS).getItems().stream()
                .anyMatch(card -> card.item().owner().equals("李卫东")));
    }

    @Test
    void arrowKeysSelectAcrossAndWithinColumns() throws Exception {
        robot.clickOn(board.card("A2"));
        robot.type(KeyCode.RIGHT);
        RunningBoard.waitUntil(() -> selectedKey().equals("P2"));
        robot.type(KeyCode.UP);
        RunningBoard.waitUntil(() -> selectedKey().equals("P1"));
        robot.type(KeyCode.RIGHT); // 待反馈 is empty: on to 办结销号
        RunningBoard.waitUntil(() -> selectedKey().equals("C1"));
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        RunningBoard.waitUntil(() -> selectedKey().equals("A1"));
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).startsWith("A1 ");
    }

    private String selectedKey() {
        return board.stage.getScene().getRoot().lookupAll(".list-view").stream()
                .map(node -> (ListView<?>) node)
                .map(list -> list.getSelectionModel().getSelectedItem())
                .filter(item -> item instanceof Card)
                .map(item -> fixture.key(((Card) item).id()))
                .findFirst().orElse("");
    }

    @Test
    void theUndoButtonNamesTheAction() throws Exception {
        robot.clickOn(board.card("P2"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P2", "status")));
        RunningBoard.waitUntil(() -> !robot.lookup("#undo").queryButton().isDisabled());
        assertThat(robot.lookup("#undo").queryButton().getTooltip().getText())
                .isEqualTo("撤销操作（Ctrl+Z）：移动“P2 农村公路养护资金下达”到待反馈");
        robot.clickOn("#undo");
        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("P2", "status")));
    }

    @Test
    void aMoveAgainstAStaleItemIsRefusedAndTheOtherChangeIsKept() throws Exception {
        robot.drag(board.card("A1"), MouseButton.PRIMARY)
                .moveTo(board.list(Status.IN_PROGRESS));
        // Changed elsewhere while the card is in the hand: written before, the change could be
        // read back by the board's two-second watch of the file before a slow drag ends.
        fixture.execute("UPDATE item SET title = '（他处修改）城东片区征迁', version = version + 1 WHERE id = ?",
                fixture.id("A1"));
        robot.release(MouseButton.PRIMARY);

        awaitMessage();
        assertThat(board.label("#board-message")).contains("已被其他窗口或程序修改");
        assertThat(fixture.value("A1", "status")).isEqualTo("ASSIGNED");
        assertThat(fixture.value("A1", "title")).isEqualTo("（他处修改）城东片区征迁");
        assertThat(fixture.value("A1", "version")).isEqualTo("2");
        // The board shows the item as it now is in the file.
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).contains("A1"));
        RunningBoard.waitUntil(() -> robot.from(board.card("A1")).lookup(".card-title").queryAs(Label.class).getText()
                .startsWith("（他处修改）"));
    }

    @Test
    void selectingACardShowsItsFieldsAndHistoryInTheDetailsPanel() throws Exception {
        robot.clickOn(board.card("P2"));
        RunningBoard.waitUntil(() -> board.label("#details-title").startsWith("P2 "));
        assertThat(board.label("#details-title")).isEqualTo("P2 农村公路养护资金下达");
        assertThat(board.label("#details-status")).startsWith("办理中");
        RunningBoard.waitUntil(() -> historyShows("交办 → 办理中"));
        Screenshots.save(board.stage.getScene(), "board-details");

        // A move shows up in the panel's history at once.
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> historyShows("办理中 → 待反馈"));
        assertThat(board.label("#details-status")).startsWith("待反馈");
    }

    /**
     * Issue 18, the drop frame: the frame that first shows a moved card does not also lay out the
     * details panel (nor wait for its history's read); the panel follows in the frame after it.
     */
    @Test
    void theDetailsPanelFollowsAMovedCardAFrameAfterTheBoardShowsIt() throws Exception {
        robot.clickOn(board.card("P2"));
        RunningBoard.waitUntil(() -> board.label("#details-status").startsWith("办理中"));
        RunningBoard.waitUntil(() -> historyShows("交办 → 办理中"));
        Label status = robot.lookup("#details-status").queryAs(Label.class);
        ListView<Card> awaitingFeedback = board.list(Status.AWAITING_FEEDBACK);
        long p2 = fixture.id("P2");
        List<String> statusInTheCardsFrame = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable[] firstFrameWithTheCard = new Runnable[1];
        firstFrameWithTheCard[0] = () -> {
            if (awaitingFeedback.getItems().stream().anyMatch(card -> card.id() == p2)) {
                status.getScene().removePostLayoutPulseListener(firstFrameWithTheCard[0]);
                statusInTheCardsFrame.add(status.getText());
            }
        };
        robot.interact(() -> status.getScene().addPostLayoutPulseListener(firstFrameWithTheCard[0]));

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);

        RunningBoard.waitUntil(() -> !statusInTheCardsFrame.isEmpty());
        assertThat(statusInTheCardsFrame.get(0)).as("the panel in the frame that shows the moved card").startsWith("办理中");
        RunningBoard.waitUntil(() -> board.label("#details-status").startsWith("待反馈"));
        RunningBoard.waitUntil(() -> historyShows("办理中 → 待反馈"));
        assertThat(board.label("#details-title")).startsWith("P2 ");
    }

    @Test
    void searchAndFiltersNarrowTheColumnsAndTheFilteredFiguresShow() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#filter-search").query().isFocused()).isTrue();
        robot.write("供水");
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).isEmpty());
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1");
        assertThat(board.shown(Status.CLOSED)).isEmpty();
        Node inProgress = robot.lookup(".column-in-progress").query();
        assertThat(robot.from(inProgress).lookup(".column-count").queryAs(Label.class).getText()).isEqualTo("1/2");
        assertThat(board.label("#filter-summary")).contains("筛选 1 / 6 项").contains("0.0%").contains("16.7%");
        // The header keeps the whole board's figures.
        assertThat(board.label("#completion-rate")).isEqualTo("16.7%");
        Screenshots.save(board.stage.getScene(), "board-filtered");

        // A move keeps the filter.
        robot.clickOn(board.card("P1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P1", "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.AWAITING_FEEDBACK).equals(List.of("P1")));
        assertThat(board.shown(Status.IN_PROGRESS)).isEmpty();
        assertThat(board.shown(Status.ASSIGNED)).isEmpty();

        robot.clickOn("#filter-clear");
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).size() == 3);
        robot.clickOn("#filter-overdue");
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A3")));
        assertThat(board.shown(Status.IN_PROGRESS)).isEmpty();
        assertThat(board.label("#filter-summary")).contains("筛选 1 / 6 项");
    }

    @Test
    void theContextMenuMovesACard() throws Exception {
        board.openContextMenu(board.card("P1"));
        robot.clickOn(board.menuEntry("移动到"));
        // Into the submenu sideways first, as a user does, so the pointer never leaves 移动到's row.
        robot.clickOn(board.menuEntry("待反馈"), Motion.HORIZONTAL_FIRST, MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P1", "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.AWAITING_FEEDBACK).equals(List.of("P1")));
    }

    private boolean historyShows(String text) {
        Node history = robot.lookup("#details-history").query();
        return robot.from(history).lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().contains(text));
    }

}
