package duban.board;

import duban.domain.Card;
import duban.domain.Item;
import duban.i18n.Messages;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;

/**
 * A card menu's 定期督办 entries: 设为定期督办… for an item still being worked on that is not yet
 * recurring (nor a sub-item), 结束定期督办… for an occurrence of a series still running.
 */
final class CardRecurrenceMenu {

    private final MenuItem makeRecurring = new MenuItem(Messages.get("menu.makeRecurring"));
    private final MenuItem endSeries = new MenuItem(Messages.get("menu.endSeries"));
    private final Supplier<Card> card;

    CardRecurrenceMenu(CardActions actions, Supplier<Card> card) {
        this.card = card;
        makeRecurring.setId("menu-make-recurring");
        makeRecurring.setOnAction(event -> actions.makeRecurring(card.get()));
        endSeries.setId("menu-end-series");
        endSeries.setOnAction(event -> actions.endSeries(card.get()));
    }

    List<MenuItem> entries() {
        return List.of(makeRecurring, endSeries);
    }

    /** Enables the entries for the card the menu is opened on. */
    void update(boolean readOnly) {
        Item item = card.get() == null ? null : card.get().item();
        makeRecurring.setDisable(readOnly || item == null || item.links().isRecurring() || item.links().isChild()
                || item.status().isClosed() || item.withdrawn());
        endSeries.setDisable(readOnly || item == null || !item.links().isRecurring() || item.links().seriesEnded());
    }
}
