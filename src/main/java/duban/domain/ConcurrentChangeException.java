package duban.domain;

import duban.i18n.Messages;

/**
 * Another window or program changed the item since it was read (its version moved on); the
 * write was not made, and the other change is kept.
 */
public final class ConcurrentChangeException extends RuntimeException {

    private final long itemId;
    private final String title;

    public ConcurrentChangeException(long itemId, String title) {
        super("item " + itemId + " was changed by someone else");
        this.itemId = itemId;
        this.title = title;
    }

    public long itemId() {
        return itemId;
    }

    /** The Chinese message for the user, naming the item. */
    public String userMessage() {
        return Messages.get("store.concurrentChange", title);
    }
}
