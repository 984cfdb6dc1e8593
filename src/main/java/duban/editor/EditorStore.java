package duban.editor;

import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.store.ItemStore;
import duban.store.UnitStore;

/**
 * The writes the item editor makes. The board wires it to the real stores with {@link #of};
 * the calls run on the store thread through the task runner, never on the FX thread.
 */
public interface EditorStore {

    /** Adds a unit that the user typed as a new 牵头单位. */
    Unit addUnit(String name, UnitKind kind);

    /** Registers a new item in 交办. */
    Item create(ItemDraft draft);

    /** Saves an edited item read at {@code expectedVersion}. */
    Item update(long itemId, int expectedVersion, ItemDraft draft);

    /** The editor's writes over the application's stores. */
    static EditorStore of(UnitStore units, ItemStore items) {
        return new EditorStore() {
            @Override
            public Unit addUnit(String name, UnitKind kind) {
                return units.add(name, kind);
            }

            @Override
            public Item create(ItemDraft draft) {
                return items.create(draft);
            }

            @Override
            public Item update(long itemId, int expectedVersion, ItemDraft draft) {
                return items.update(itemId, expectedVersion, draft);
            }
        };
    }
}
