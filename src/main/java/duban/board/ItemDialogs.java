package duban.board;

import duban.domain.Item;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Opens the item editor for the board. The editor saves through its own view model; what comes
 * back is the item as saved, or empty when the user cancelled.
 */
public interface ItemDialogs {

    /** Registers a new item (新建督办事项). */
    Optional<Item> createItem(Window owner);

    /** Edits {@code item}; the result is the item as saved. */
    Optional<Item> editItem(Window owner, Item item);

    /**
     * 分解…: splits {@code item} into sub-items in a dialog that saves them; the result is the new
     * sub-items, or empty when the user cancelled. None by default (a board without 事项分解).
     */
    default Optional<List<Item>> splitItem(Window owner, Item item) {
        return Optional.empty();
    }
}
