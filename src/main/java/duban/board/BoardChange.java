package duban.board;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Status;
import duban.i18n.Messages;

/**
 * A change made in this window, kept so that it can be undone and redone. Undoing or redoing is
 * itself a saved change with its own event: history is never rewritten.
 */
sealed interface BoardChange {

    long itemId();

    /** What the change did, for the undo and redo buttons: 移动“…”到办理中. */
    String description();

    /** Takes the change back, against the item's version as this window last wrote it. */
    Item undo(BoardStore store, int version);

    /** Makes the change again after an undo. */
    Item redo(BoardStore store, int version);

    /** A card that went to another column or another place in its own. */
    record Move(Item before, Long fromPreviousId, Long fromNextId,
                Status to, Long toPreviousId, Long toNextId, Closing closing, String note)
            implements BoardChange {

        @Override
        public long itemId() {
            return before.id();
        }

        @Override
        public String description() {
            return before.status() == to
                    ? Messages.get("undo.reorder", shortTitle(before))
                    : Messages.get("undo.move", shortTitle(before), to.label());
        }

        @Override
        public Item undo(BoardStore store, int version) {
            Closing previousClosing = before.status().isClosed()
                    ? new Closing(before.closedOn(), before.closingNote()) : null;
            return store.moveBetween(itemId(), version, before.status(), fromPreviousId, fromNextId,
                    previousClosing, Messages.get("undo.note", description()));
        }

        @Override
        public Item redo(BoardStore store, int version) {
            return store.moveBetween(itemId(), version, to, toPreviousId, toNextId, closing,
                    note == null ? Messages.get("redo.note", description()) : note);
        }
    }

    /** An item sent back from 待反馈 to 办理中 (退回重办); undoing it takes the return back. */
    record Return(Item before, Long fromPreviousId, Long fromNextId, Long toPreviousId, Long toNextId, String reason)
            implements BoardChange {

        @Override
        public long itemId() {
            return before.id();
        }

        @Override
        public String description() {
            return Messages.get("undo.return", shortTitle(before));
        }

        @Override
        public Item undo(BoardStore store, int version) {
            return store.reverseReturn(itemId(), version, fromPreviousId, fromNextId,
                    Messages.get("undo.note", description()));
        }

        @Override
        public Item redo(BoardStore store, int version) {
            return store.sendBack(itemId(), version, toPreviousId, toNextId, reason);
        }
    }

    /** Fields changed in the editor. */
    record Edit(Item before, Item after) implements BoardChange {

        @Override
        public long itemId() {
            return before.id();
        }

        @Override
        public String description() {
            return Messages.get("undo.edit", shortTitle(after));
        }

        @Override
        public Item undo(BoardStore store, int version) {
            return store.update(itemId(), version, ItemDraft.of(before));
        }

        @Override
        public Item redo(BoardStore store, int version) {
            return store.update(itemId(), version, ItemDraft.of(after));
        }
    }

    /** An item registered in this window; undoing it withdraws it, redoing restores it. */
    record Create(Item created) implements BoardChange {

        @Override
        public long itemId() {
            return created.id();
        }

        @Override
        public String description() {
            return Messages.get("undo.create", shortTitle(created));
        }

        @Override
        public Item undo(BoardStore store, int version) {
            return store.withdraw(itemId(), version, Messages.get("undo.note", description()));
        }

        @Override
        public Item redo(BoardStore store, int version) {
            return store.restore(itemId(), version, Messages.get("redo.note", description()));
        }
    }

    /** An item withdrawn (撤销督办) from the board; undoing it restores it. */
    record Withdraw(Item before, String reason) implements BoardChange {

        @Override
        public long itemId() {
            return before.id();
        }

        @Override
        public String description() {
            return Messages.get("undo.withdraw", shortTitle(before));
        }

        @Override
        public Item undo(BoardStore store, int version) {
            return store.restore(itemId(), version, Messages.get("undo.note", description()));
        }

        @Override
        public Item redo(BoardStore store, int version) {
            return store.withdraw(itemId(), version, reason);
        }
    }

    /** A withdrawn item put back on the board; undoing it withdraws it again for the same reason. */
    record Restore(Item withdrawn) implements BoardChange {

        @Override
        public long itemId() {
            return withdrawn.id();
        }

        @Override
        public String description() {
            return Messages.get("undo.restore", shortTitle(withdrawn));
        }

        @Override
        public Item undo(BoardStore store, int version) {
            return store.withdraw(itemId(), version, withdrawn.withdrawnReason());
        }

        @Override
        public Item redo(BoardStore store, int version) {
            return store.restore(itemId(), version, Messages.get("redo.note", description()));
        }
    }

    /** The title as short as a button's tooltip wants it. */
    static String shortTitle(Item item) {
        String title = item.title();
        return title.length() <= 18 ? title : title.substring(0, 17) + "…";
    }
}
