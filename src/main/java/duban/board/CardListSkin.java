package duban.board;

import duban.domain.Card;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/** A column list's skin: JavaFX's own, over a {@link CardFlow}. */
final class CardListSkin extends ListViewSkin<Card> {

    CardListSkin(ListView<Card> list) {
        super(list);
        ((CardFlow) getVirtualFlow()).showItemsOf(list);
    }

    @Override
    protected VirtualFlow<ListCell<Card>> createVirtualFlow() {
        return new CardFlow();
    }
}
