package duban.store;

import static duban.store.generated.Tables.ITEM;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * 事项分解: splitting an item into per-unit sub-items, reading a parent's children, and the rule
 * for crossing off a parent whose sub-items are still open. One level: a sub-item is not split
 * further, so the ledger's numbering (3, 3.1, 3.2) is the whole tree.
 */
public final class ItemTreeStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public ItemTreeStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /**
     * Splits the item read at {@code expectedVersion} into {@code subItems}, all or none: each is a
     * full item at the bottom of 交办 naming the parent, and the parent's history gets a SPLIT event
     * per sub-item. A sub-item, a withdrawn or a crossed-off item cannot be split.
     *
     * @return the new sub-items, in the order given
     * @throws duban.domain.ConcurrentChangeException when the parent changed since it was read
     * @throws IllegalArgumentException with a Chinese message when the split is refused
     */
    public List<Item> split(long parentId, int expectedVersion, List<ItemDraft> subItems) {
        if (subItems.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("store.split.none"));
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            Item parent = items.find(parentId);
            ItemStore.requireVersion(parent, expectedVersion);
            if (parent.links().isChild()) {
                throw new IllegalArgumentException(Messages.get("store.split.subItem"));
            }
            if (parent.withdrawn()) {
                throw new IllegalArgumentException(Messages.get("store.split.withdrawn"));
            }
            if (parent.status().isClosed()) {
                throw new IllegalArgumentException(Messages.get("store.split.closed"));
            }
            List<Item> created = new ArrayList<>();
            for (ItemDraft draft : subItems) {
                Item child = items.insert(draft, parent);
                OffsetDateTime at = items.now();
                ItemStore.appendEvent(db, parentId, at, EventKind.SPLIT, null, null, null, null,
                        ItemStore.json(Map.of("subItem", child.title() + "（" + child.leadUnit().name() + "）")),
                        Messages.get("store.split.note", child.id()), operator.get());
                created.add(child);
            }
            return created;
        });
    }

    /** The sub-items of {@code parentId}, withdrawn ones included, in the order they were split off. */
    public List<Item> children(long parentId) {
        return new ItemStore(dsl, clock, operator).load(ITEM.PARENT_ID.eq(parentId)).stream()
                .sorted(Comparator.comparingLong(Item::id))
                .toList();
    }
}
