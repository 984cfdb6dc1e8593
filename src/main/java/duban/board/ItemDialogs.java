package duban.board;

import duban.domain.Item;
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
}
