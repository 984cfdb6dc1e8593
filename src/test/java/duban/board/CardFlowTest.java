package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Status;
import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import duban.ui.StyleClasses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The columns' flow answers heights of cards off screen from what it measured, and their cells
 * leave a card shown again unchanged as it is: after a drop, every cell must still show, in its
 * own words, the card at its place in the column.
 */
class CardFlowTest {

    @TempDir
    Path folder;

    private RunningBoard board;

    @BeforeEach
    void startApplication() throws Exception {
        board = RunningBoard.start(BoardFixture.create(folder.resolve("flow.db"), 20));
    }

    @AfterEach
    void stopApplication() throws Exception {
        board.stop();
    }

    @Test
    void afterATopCardIsDroppedElsewhereEveryCellShowsTheCardAtItsPlace() throws Exception {
        BoardFixture fixture = board.fixture;
        Node a2 = board.card("A2");
        // Dropped near A2's top edge: in front of it, second in 交办.
        board.robot.drag(board.card("P1"), MouseButton.PRIMARY).moveTo(a2)
                .moveBy(0, -a2.getBoundsInLocal().getHeight() / 2 + 4).release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> "ASSIGNED".equals(fixture.value("P1", "status")));
        assertThat(fixture.column(Status.ASSIGNED)).containsExactly("A1", "P1", "A2", "A3");

        for (Status status : List.of(Status.IN_PROGRESS, Status.ASSIGNED)) {
            List<String> wrong = WaitForAsyncUtils.asyncFx(() -> misplacedCards(list(status))).get(10, TimeUnit.SECONDS);
            assertThat(wrong).as("cells of %s that do not show the card at their index", status).isEmpty();
        }
        // Every card below the one taken out moved up a place; the column's order is the file's.
        assertThat(WaitForAsyncUtils.asyncFx(() -> shownTitles(list(Status.IN_PROGRESS))).get(10, TimeUnit.SECONDS))
                .startsWith("P2农村公路养护资金下达", "X1乡镇便民服务中心标准化建设第1批");
        // The dropped card is selected, and drawn so (a wider border) in its new place; its
        // neighbours are not.
        List<Double> borders = WaitForAsyncUtils.asyncFx(() -> shownCells(list(Status.ASSIGNED)).stream()
                .map(cell -> ((Region) cell.lookup("." + StyleClasses.ITEM_CARD)).getBorder().getStrokes().get(0)
                        .getWidths().getTop()).toList()).get(10, TimeUnit.SECONDS);
        assertThat(borders).containsExactly(1.0, 2.0, 1.0, 1.0);
        Screenshots.save(list(Status.ASSIGNED).getScene(), "card-flow-after-drop");
    }

    private ListView<Card> list(Status status) {
        return board.list(status);
    }

    /** The cells on screen, top to bottom. */
    private static List<CardCell> shownCells(ListView<Card> list) {
        List<CardCell> cells = new ArrayList<>();
        for (Node node : list.lookupAll(".card-cell")) {
            if (node instanceof CardCell cell && cell.isVisible() && !cell.isEmpty()) {
                cells.add(cell);
            }
        }
        cells.sort(Comparator.comparingInt(CardCell::getIndex));
        return cells;
    }

    /** Cells whose item, card node or title differ from the column's card at the cell's index. */
    private static List<String> misplacedCards(ListView<Card> list) {
        List<String> wrong = new ArrayList<>();
        double lastY = Double.NEGATIVE_INFINITY;
        for (CardCell cell : shownCells(list)) {
            Card expected = list.getItems().get(cell.getIndex());
            Node card = cell.lookup("." + StyleClasses.ITEM_CARD);
            String title = ((Label) cell.lookup("." + StyleClasses.CARD_TITLE)).getText().replaceAll("\\s", "");
            if (cell.getItem() != expected || !Long.valueOf(expected.id()).equals(
                    card.getProperties().get(StyleClasses.CARD_ITEM_ID))
                    || !title.equals(expected.title().replaceAll("\\s", "")) || cell.getLayoutY() <= lastY) {
                wrong.add(cell.getIndex() + ": " + title + " for " + expected.title());
            }
            lastY = cell.getLayoutY();
        }
        return wrong;
    }

    private static List<String> shownTitles(ListView<Card> list) {
        return shownCells(list).stream().map(cell -> ((Label) cell.lookup("." + StyleClasses.CARD_TITLE)).getText()
                .replaceAll("\\s", "")).toList();
    }
}
