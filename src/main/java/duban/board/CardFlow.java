package duban.board;

import duban.domain.Card;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The virtual flow of a column's cards, made cheaper where a drop hurts. When a column's count
 * changes (a card dropped into it or taken out of it), JavaFX's flow forgets every card's height
 * and lays its cells out afresh, in that frame:
 * <ul>
 * <li>It measures cards it does not show by giving a hidden cell each card in turn (styled and
 * laid out each time). Here the height of a card already measured at this width is remembered
 * by the card itself (a changed item is a new card), and answered by a bare cell of that height.
 * <li>It hands its spare cells out by their old index, so that below a card taken out every cell
 * got its neighbour's card and was laid out anew. Here a spare cell that already shows the card
 * wanted is taken first: the cell moves, its card stays as it was.
 * </ul>
 * Heights only ever estimate the cards off screen (the scroll bar, how far to scroll); the cells
 * on screen are measured by the flow as before.
 */
final class CardFlow extends VirtualFlow<ListCell<Card>> {

    /** A card's height at one width, measured with its cell not selected. */
    private record Height(Card card, double width, double height) {
    }

    private final Map<Long, Height> heights = new HashMap<>();
    /** Stands for a card off screen whose height is known: only its size is ever read. */
    private final ListCell<Card> sized = new ListCell<>();
    private ListView<Card> list;
    /** While a spare cell is chosen: the card wanted and its index (see getCellIndex). */
    private Card wanted;
    private int wantedIndex = -1;
    private Parent sheet;

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

    @Override
    protected ListCell<Card> getAvailableCell(int prefIndex) {
        Card card = cardAt(prefIndex);
        if (card == null || !spareCellShows(card)) {
            return super.getAvailableCell(prefIndex);
        }
        wanted = card;
        wantedIndex = prefIndex;
        try {
            return super.getAvailableCell(prefIndex);
        } finally {
            wanted = null;
            wantedIndex = -1;
        }
    }

    /**
     * The flow takes the spare cell whose index is the one asked for; while a spare cell is
     * chosen for a card that one of them shows, that cell alone answers to the index.
     */
    @Override
    protected int getCellIndex(ListCell<Card> cell) {
        if (wanted != null) {
            return cell.getItem() == wanted && !cell.isEmpty() ? wantedIndex : -1;
        }
        return super.getCellIndex(cell);
    }

    /** Whether a cell that is not on screen (the flow's spares) shows {@code card}. */
    private boolean spareCellShows(Card card) {
        List<ListCell<Card>> onScreen = getCells();
        for (Node node : sheet().getChildrenUnmodifiable()) {
            if (node instanceof ListCell<?> cell && cell.getItem() == card && !cell.isEmpty()
                    && !onScreen.contains(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The group that holds every cell of the flow, those on screen and the spares. */
    private Parent sheet() {
        if (sheet == null) {
            sheet = (Parent) lookup(".sheet");
        }
        return sheet;
    }

    private Card cardAt(int index) {
        if (list == null) {
            return null;
        }
        List<Card> items = list.getItems();
        return items != null && index >= 0 && index < items.size() ? items.get(index) : null;
    }
}
