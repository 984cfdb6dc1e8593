package duban.editor;

import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.domain.UnitKind;

/**
 * The writes the item editor makes. The composition root adapts the real stores to it (app.StorePorts);
 * the calls run on the store thread through the task runner, never on the FX thread.
 */
public interface EditorStore {

    /** Adds a unit that the user typed as a new 牵头单位. */
    Unit addUnit(String name, UnitKind kind);

    /** Registers a new item in 交办. */
    Item create(ItemDraft draft);

    /** Saves an edited item read at {@code expectedVersion}. */
    Item update(long itemId, int expectedVersion, ItemDraft draft);
}
