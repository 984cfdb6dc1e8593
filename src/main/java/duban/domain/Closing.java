package duban.domain;

import java.time.LocalDate;

/**
 * What closing an item (办结销号) records: 办结日期 and 办结情况.
 *
 * @param openSubItemsReason why a parent item is crossed off while some of its sub-items are still
 *                           open (事项分解); {@code null} when there are none or no reason was given
 */
public record Closing(LocalDate closedOn, String note, String openSubItemsReason) {

    /** A closing without a reason for open sub-items. */
    public Closing(LocalDate closedOn, String note) {
        this(closedOn, note, null);
    }
}
