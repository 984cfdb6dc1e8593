package duban.domain;

import java.time.LocalDate;

/**
 * What the per-unit figures cover: the items assigned (交办日期) between {@code from} and
 * {@code to}, both inclusive and either open, from one {@code source} or from all ({@code null}),
 * counted for their lead unit only or for their assisting units too. Items that do not count by
 * {@link Counting} (withdrawn, or split into sub-items) are never in scope.
 */
public record UnitScope(LocalDate from, LocalDate to, Source source, boolean includeAssisting) {

    /** Every item, all sources, lead units only: the usual 通报 figures over the whole board. */
    public static final UnitScope ALL = new UnitScope(null, null, null, false);

    /** Whether {@code item} is counted at all under this scope. */
    public boolean covers(Item item) {
        if (!Counting.counts(item)) {
            return false;
        }
        if (source != null && item.source() != source) {
            return false;
        }
        LocalDate assigned = item.assignedOn();
        if (from == null && to == null) {
            return true;
        }
        // An item without 交办日期 cannot be placed in a range; the schema requires one anyway.
        if (assigned == null) {
            return false;
        }
        return (from == null || !assigned.isBefore(from)) && (to == null || !assigned.isAfter(to));
    }

    /** Whether the range cannot hold any date: the start lies after the end. */
    public boolean isBackwards() {
        return from != null && to != null && from.isAfter(to);
    }
}
