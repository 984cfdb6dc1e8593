package duban.board;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.domain.Unit;
import java.util.List;

/**
 * What the board reads from and writes to the database file: its port. The composition root
 * adapts the real stores to it; every call runs on the store thread, through the task runner.
 * Each write checks the version the caller read and throws
 * {@link duban.domain.ConcurrentChangeException} when the item changed meanwhile.
 */
public interface BoardStore {

    /** The items on the board (not withdrawn), by column and position. */
    List<Item> loadBoard();

    /** Every unit, in display order. */
    List<Unit> units();

    /** The withdrawn items (已撤销), for the restore list. */
    List<Item> loadWithdrawn();

    /**
     * Moves an item to {@code to} between two neighbours (by id; {@code null}: the column's
     * edge), with the closing data when it is crossed off and a note when it reopens.
     */
    Item moveBetween(long itemId, int expectedVersion, Status to, Long previousId, Long nextId,
                     Closing closing, String note);

    /** Sends an item back from 待反馈 to 办理中 (退回重办) with the reason. */
    Item sendBack(long itemId, int expectedVersion, Long previousId, Long nextId, String reason);

    /** Takes back a 退回重办: the item returns to 待反馈 between the given neighbours. */
    Item reverseReturn(long itemId, int expectedVersion, Long previousId, Long nextId, String note);

    /** Saves an item's fields as {@code draft} gives them. */
    Item update(long itemId, int expectedVersion, ItemDraft draft);

    /** Takes an item off the board (撤销督办) with the reason. */
    Item withdraw(long itemId, int expectedVersion, String reason);

    /** Puts a withdrawn item back on the board, with a note for its history. */
    Item restore(long itemId, int expectedVersion, String note);
}
