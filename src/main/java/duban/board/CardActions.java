package duban.board;

import duban.domain.Card;

import duban.domain.Status;

/**
 * What a card's context menu, the keyboard and the toolbar can do to a card: one set of actions,
 * whichever gesture asks for them.
 */
interface CardActions {

    void edit(Card card);

    void moveTo(Card card, Status to);

    void withdraw(Card card);

    /** 登记办理进展. */
    void report(Card card);

    /** 催办. */
    void remind(Card card);

    /** 延期. */
    void extend(Card card);

    /** 生成督办通知单…. */
    void draftNotice(Card card);

    /** Issue 17: files dropped from the file manager onto the card, to attach to its item. */
    default void attachFiles(Card card, java.util.List<java.nio.file.Path> files) {
    }

    /** 设为定期督办…. */
    default void makeRecurring(Card card) {
    }

    /** 结束定期督办…. */
    default void endSeries(Card card) {
    }

    /** 分解…: splits the card's item into sub-items (事项分解). */
    void split(Card card);

    /** 查看子事项…: the list of a parent card's sub-items. */
    void showSubItems(Card card);

    /** The markers a card shows (the tree's words put in by the board). */
    default java.util.List<Card.Marker> markersOf(Card card) {
        return card.markers();
    }

    /** Whether the board is in 只读模式 (its menu entries are then disabled). */
    default boolean isReadOnly() {
        return false;
    }
}
