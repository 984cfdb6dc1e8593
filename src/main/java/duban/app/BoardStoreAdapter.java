package duban.app;

import duban.board.BoardStore;
import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.domain.Unit;
import duban.store.ItemStore;
import duban.store.UnitStore;
import java.util.List;

/**
 * The board's port over the application's item and unit stores. It lives in the composition
 * root because the store may not know the board. Public for the tests that build a board over a
 * real database file.
 */
public final class BoardStoreAdapter implements BoardStore {

    private final ItemStore items;
    private final UnitStore units;

    public BoardStoreAdapter(ItemStore items, UnitStore units) {
        this.items = items;
        this.units = units;
    }

    @Override
    public List<Item> loadBoard() {
        return items.loadBoard();
    }

    @Override
    public List<Unit> units() {
        return units.all();
    }

    @Override
    public List<Item> loadWithdrawn() {
        return items.loadWithdrawn();
    }

    @Override
    public Item moveBetween(long itemId, int expectedVersion, Status to, Long previousId, Long nextId,
                            Closing closing, String note) {
        return items.moveBetween(itemId, expectedVersion, to, previousId, nextId, closing, note);
    }

    @Override
    public Item sendBack(long itemId, int expectedVersion, Long previousId, Long nextId, String reason) {
        return items.sendBack(itemId, expectedVersion, previousId, nextId, reason);
    }

    @Override
    public Item reverseReturn(long itemId, int expectedVersion, Long previousId, Long nextId, String note) {
        return items.reverseReturn(itemId, expectedVersion, previousId, nextId, note);
    }

    @Override
    public Item update(long itemId, int expectedVersion, ItemDraft draft) {
        return items.update(itemId, expectedVersion, draft);
    }

    @Override
    public Item withdraw(long itemId, int expectedVersion, String reason) {
        return items.withdraw(itemId, expectedVersion, reason);
    }

    @Override
    public Item restore(long itemId, int expectedVersion, String note) {
        return items.restore(itemId, expectedVersion, note);
    }
}
