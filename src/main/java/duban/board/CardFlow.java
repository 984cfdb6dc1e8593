package duban.board;

import duban.domain.Card;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The virtual flow of a column's cards, made cheaper where a drop hurts. When a column's count
 * changes (a card dropped into it or taken out of it), JavaFX's flow forgets every card's height
 * and, in that frame, measures cards it does not show by giving a hidden cell each card in turn
 * (styled and laid out each time). Here the height of a card already measured at this width is
 * remembered by the card itself (a changed item is a new card), and answered by a bare cell of
 * that height. Heights only ever estimate the cards off screen (the scroll bar, how far to
 * scroll); the cells on screen are measured by the flow as before. And a cell placed again where
 * it was, with the same card, is not styled anew (see setCellIndex).
 */
final class CardFlow extends VirtualFlow<ListCell<Card>> {

    /** A card's height at one width, measured with its cell not selected. */
    private record Height(Card card, double width, double height) {
    }

    /** What VirtualFlow marks a cell it has just made with, to style it before its first use. */
    private static final String NEW_CELL = "newcell";

    private final Map<Long, Height> heights = new HashMap<>();
    /** Stands for a card off screen whose height is known: only its size is ever read. */
    private final ListCell<Card> sized = new ListCell<>();
    private ListView<Card> list;

    CardFlow() {
        sized.setPrefWidth(0); // as a card cell's: the column, not the card, decides the width
    }

    /** The list whose items the cells show; set once by the skin. */
    void showItemsOf(ListView<Card> cards) {
        this.list = cards;
    }

    @Override
    public ListCell<Card> getCell(int index) {
        ListCell<Card> shown = getVisibleCell(index);
        Card card = cardAt(index);
        // A selected card is drawn with a wider border: measured as the flow does.
        if (shown != null || card == null || list.getSelectionModel().isSelected(index)) {
            return super.getCell(index);
        }
        // The cells on screen have the width every card is measured at.
        double width = getCells().isEmpty() ? -1 : getCells().get(0).getWidth();
        Height known = heights.get(card.id());
        if (known != null && known.card() == card && known.width() == width) {
            sized.resize(width, known.height());
            return sized;
        }
        ListCell<Card> measured = super.getCell(index);
        remember(measured);
        return measured;
    }

    @Override
    protected void resizeCell(ListCell<Card> cell) {
        super.resizeCell(cell);
        if (cell != sized) {
            remember(cell);
        }
    }

    /** Keeps the height of the card a cell has just been sized for. */
    private void remember(ListCell<Card> cell) {
        Card card = cell.getItem();
        if (card == null || cell.isEmpty() || cell.isSelected()) {
            return;
        }
        Height known = heights.get(card.id());
        if (known != null && known.card() == card && known.width() == cell.getWidth()
                && known.height() != cell.getHeight()) {
            // The same card at the same width measures otherwise: the text size or the look
            // changed, and every height kept is stale.
            heights.clear();
        }
        heights.put(card.id(), new Height(card, cell.getWidth(), cell.getHeight()));
    }

    /**
     * The flow styles a cell anew (all its nodes) each time it places one that waits for layout,
     * which a cell whose list changed does until the end of the pulse: every cell below a dropped
     * card was styled twice more in the drop's frame (the flow lays out once when its count
     * changes and again in the layout pass), after the pulse's CSS pass had styled it already.
     * A cell that keeps its index, its card and its selection is placed without that; a new cell,
     * or one given another index, card or selection, is styled as the flow does.
     */
    @Override
    protected void setCellIndex(ListCell<Card> cell, int index) {
        if (cell.getIndex() == index && !cell.getProperties().containsKey(NEW_CELL)) {
            Card card = cell.getItem();
            boolean selected = cell.isSelected();
            cell.updateIndex(index); // keeps its selection and focus as the flow's own call does
            if (cell.getItem() == card && cell.isSelected() == selected) {
                return;
            }
        }
        super.setCellIndex(cell, index);
    }

    private Card cardAt(int index) {
        if (list == null) {
            return null;
        }
        List<Card> items = list.getItems();
        return items != null && index >= 0 && index < items.size() ? items.get(index) : null;
    }
}
