package duban.store;

import static duban.store.generated.Tables.ITEM;

import duban.domain.Closing;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.domain.SubItemsOpenException;
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
                OffsetDateTime at = OffsetDateTime.now(clock);
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

    /**
     * Refuses crossing off a parent whose sub-items are not all crossed off or withdrawn, unless
     * {@code closing} gives the reason for the open ones. {@code before} is read inside the move's
     * transaction, so its links count the sub-items as they are now, on a server too (writers there
     * run one after another).
     *
     * @throws SubItemsOpenException when sub-items are open and no reason was given
     */
    static void checkClosing(DSLContext db, Item before, Closing closing) {
        int open = before.links().openChildCount();
        if (open > 0 && reasonFor(closing) == null) {
            throw SubItemsOpenException.onClosing(open);
        }
    }

    /**
     * The MOVE event's note: the move's own, and, when a parent is crossed off with sub-items open,
     * the reason for them with their count first ("子事项未全部办结（2 项）：…"), so that the reason is
     * in the history and in its hash chain. A reason given while none is open is not recorded.
     */
    static String closingNote(Item before, Status to, Closing closing, String note) {
        String moveNote = note == null || note.isBlank() ? null : note.strip();
        int open = before.links().openChildCount();
        String reason = reasonFor(closing);
        if (!to.isClosed() || before.status().isClosed() || open == 0 || reason == null) {
            return moveNote;
        }
        String treeNote = Messages.get("store.tree.closingNote", open, reason);
        return moveNote == null ? treeNote : Messages.get("store.tree.closingNoteWithMoveNote", treeNote, moveNote);
    }

    /**
     * Refuses withdrawing a parent while sub-items are open: each sub-item is a unit's own task and
     * is withdrawn (or crossed off) by itself, with its own reason, before the parent.
     */
    static void checkWithdrawing(Item before) {
        int open = before.links().openChildCount();
        if (open > 0) {
            throw SubItemsOpenException.onWithdrawing(open);
        }
    }

    /** Refuses restoring a sub-item whose parent is withdrawn: the parent is restored first. */
    static void checkRestoring(DSLContext db, Item before) {
        if (!before.links().isChild()) {
            return;
        }
        var parent = db.select(ITEM.TITLE, ITEM.WITHDRAWN).from(ITEM).where(ITEM.ID.eq(before.links().parentId()))
                .fetchOne();
        if (parent != null && Boolean.TRUE.equals(parent.value2())) {
            throw new IllegalStateException(Messages.get("store.tree.restoringUnderWithdrawnParent", parent.value1()));
        }
    }

    private static String reasonFor(Closing closing) {
        return closing == null || closing.openSubItemsReason() == null || closing.openSubItemsReason().isBlank()
                ? null : closing.openSubItemsReason().strip();
    }
}
