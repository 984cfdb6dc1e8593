package duban.domain;

/**
 * How an item stands among others: its parent and children (事项分解), its series (定期督办) and
 * its attachments, as counts the card, the ledger and the figures need without loading them.
 *
 * @param parentId          the item this sub-item was split from, or {@code null} for a top-level item
 * @param childCount        the sub-items split from this item that are on the board (not withdrawn)
 * @param closedChildCount  how many of those are crossed off (办结销号)
 * @param seriesId          the 定期督办 series this item is an occurrence of, or {@code null}
 * @param recurrenceRule    that series' rule as stored (RecurrenceRule's text), or {@code null}
 * @param seriesEnded       whether that series has been ended
 * @param attachmentCount   the attachments that are not removed
 * @param evidenceCount     how many of those are 佐证材料
 */
public record ItemLinks(Long parentId, int childCount, int closedChildCount, Long seriesId, String recurrenceRule,
                        boolean seriesEnded, int attachmentCount, int evidenceCount) {

    /** A top-level item, not split, not recurring, with nothing attached. */
    public static final ItemLinks NONE = new ItemLinks(null, 0, 0, null, null, false, 0, 0);

    /** Whether this item is a sub-item of another. */
    public boolean isChild() {
        return parentId != null;
    }

    /** Whether this item has been split into sub-items. */
    public boolean isParent() {
        return childCount > 0;
    }

    /** Whether this item is an occurrence of a 定期督办 series. */
    public boolean isRecurring() {
        return seriesId != null;
    }

    /** The sub-items not yet crossed off. */
    public int openChildCount() {
        return childCount - closedChildCount;
    }
}
