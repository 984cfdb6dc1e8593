package duban.domain;

import duban.i18n.Messages;

/** The item asked for is not in the database. */
public final class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(long itemId) {
        super(Messages.get("store.itemMissing", String.valueOf(itemId)));
    }
}
