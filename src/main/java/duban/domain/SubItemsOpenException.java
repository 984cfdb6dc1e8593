package duban.domain;

import duban.i18n.Messages;

/**
 * A parent item (事项分解) was to be crossed off or withdrawn while some of its sub-items are still
 * open; nothing was written. Crossing off goes through with a reason for the open sub-items.
 */
public final class SubItemsOpenException extends IllegalStateException {

    private final int openSubItems;

    private SubItemsOpenException(int openSubItems, String message) {
        super(message);
        this.openSubItems = openSubItems;
    }

    /** Crossing off refused: {@code openSubItems} sub-items are open and no reason was given. */
    public static SubItemsOpenException onClosing(int openSubItems) {
        return new SubItemsOpenException(openSubItems, Messages.get("store.tree.closingWithOpenSubItems", openSubItems));
    }

    /** Withdrawal refused: {@code openSubItems} sub-items are still open. */
    public static SubItemsOpenException onWithdrawing(int openSubItems) {
        return new SubItemsOpenException(openSubItems,
                Messages.get("store.tree.withdrawingWithOpenSubItems", openSubItems));
    }

    /** How many sub-items are open (not crossed off, not withdrawn). */
    public int openSubItems() {
        return openSubItems;
    }
}
