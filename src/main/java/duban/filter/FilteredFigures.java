package duban.filter;

import duban.domain.BoardStats;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.i18n.Messages;
import java.util.Collection;
import java.util.List;

/**
 * The header's figures while a filter is on: those of the items it keeps beside those of the whole
 * board, so that a leader reading "办结率 50.0%" knows it is the rate of a selection.
 *
 * @param filter    the filter in force
 * @param filtered  the figures of the items the filter keeps
 * @param whole     the figures of the whole board
 */
public record FilteredFigures(ItemFilter filter, BoardStats filtered, BoardStats whole) {

    /** Computes the figures of {@code items} (the whole board) and of those {@code filter} keeps, as of today. */
    public static FilteredFigures of(Collection<Item> items, ItemFilter filter, Deadlines deadlines) {
        List<Item> kept = items.stream().filter(item -> filter.matches(item, deadlines.stateOf(item))).toList();
        return new FilteredFigures(filter, BoardStats.of(kept, deadlines), BoardStats.of(items, deadlines));
    }

    /** The summary for the filter bar, see {@link #summaryText(ItemFilter, BoardStats, BoardStats)}. */
    public String summaryText() {
        return summaryText(filter, filtered, whole);
    }

    /**
     * "筛选 12 / 46 项 · 办结率 50.0% (全部 30.4%)" while {@code filter} is set; an empty string when
     * it is not, as the header then shows the whole board's figures anyway.
     */
    public static String summaryText(ItemFilter filter, BoardStats filtered, BoardStats whole) {
        if (filter.isEmpty()) {
            return "";
        }
        return Messages.get("filter.summary", filtered.total(), whole.total(),
                filtered.completionRate().percentText(), whole.completionRate().percentText());
    }
}
