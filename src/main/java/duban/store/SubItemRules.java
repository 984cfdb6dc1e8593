package duban.store;

import static duban.store.generated.Tables.ITEM;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.Status;
import duban.domain.SubItemsOpenException;
import duban.i18n.Messages;
import org.jooq.DSLContext;

/**
 * The rules of 事项分解 that other writes apply: crossing off, withdrawing and restoring a parent or
 * sub-item. Apart from {@link ItemTreeStore} because the move calls them (through
 * {@link ClosingRules}) and must not depend on a store that depends on {@link ItemStore}.
 */
final class SubItemRules {

    private SubItemRules() {
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
