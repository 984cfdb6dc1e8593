package duban.split;

import duban.domain.Item;
import duban.domain.ItemDraft;
import java.util.List;

/**
 * The write 分解 makes: the parent read at {@code expectedVersion} split into sub-items, all or
 * none. The composition root adapts the tree store to it; it runs on the store thread.
 */
public interface SplitStore {

    /** Splits the parent into {@code subItems}; gives the new sub-items in the order given. */
    List<Item> split(long parentId, int expectedVersion, List<ItemDraft> subItems);
}
