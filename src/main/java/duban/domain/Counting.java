package duban.domain;

import java.util.Collection;
import java.util.List;

/**
 * 事项分解的计数口径: which items count toward 办结率, 按时办结率, 逾期, 临期, the header's column
 * figures and the per-unit figures. Each unit answers for its own sub-item, so an item split into
 * sub-items is a container: its sub-items count, each for its own lead unit, and the parent does
 * not (counting both would count the same work twice, and would credit the parent's lead unit with
 * what other units did). An item not split counts as before; withdrawn items never count. Every
 * figure of the board, the ledger, 单位统计, the projector and the 通报 is made through this rule.
 */
public final class Counting {

    private Counting() {
    }

    /** Whether {@code item} counts toward the figures: on the board and not split into sub-items. */
    public static boolean counts(Item item) {
        return !item.withdrawn() && !isContainer(item);
    }

    /**
     * Whether {@code item} is split into sub-items still on the board (withdrawn sub-items do not
     * make a container: an item whose sub-items are all withdrawn counts again as itself).
     */
    public static boolean isContainer(Item item) {
        return item.links().isParent();
    }

    /** The items of {@code items} that count, in their order. */
    public static List<Item> countable(Collection<Item> items) {
        return items.stream().filter(Counting::counts).toList();
    }
}
