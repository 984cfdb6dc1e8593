package duban.details;

import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 事项分解 in the details panel: the shown item's tree (the parent, then each sub-item) from the
 * items the board has loaded, one line each with 牵头单位, column and where it stands.
 */
final class ItemTreeRows {

    /**
     * One line of the tree.
     *
     * @param current whether this is the item the panel shows
     * @param child   whether it is a sub-item (indented)
     */
    record Row(long itemId, String title, String line, boolean current, boolean child, boolean overdue) {
    }

    private ItemTreeRows() {
    }

    /** The tree {@code shown} belongs to, or no rows when it is neither a parent nor a sub-item. */
    static List<Row> of(Item shown, List<Item> board, Deadlines deadlines) {
        long rootId = shown.links().isChild() ? shown.links().parentId() : shown.id();
        Item root = board.stream().filter(item -> item.id() == rootId).findFirst()
                .orElse(shown.links().isChild() ? null : shown);
        List<Item> children = board.stream()
                .filter(item -> item.links().parentId() != null && item.links().parentId() == rootId)
                .sorted(Comparator.comparingLong(Item::id)).toList();
        if (children.isEmpty() && !shown.links().isChild()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        if (root != null) {
            rows.add(row(root, shown, false, deadlines));
        }
        children.forEach(child -> rows.add(row(child, shown, true, deadlines)));
        return rows;
    }

    private static Row row(Item item, Item shown, boolean child, Deadlines deadlines) {
        Card card = Card.of(item, deadlines);
        String line = item.leadUnit().name() + " · " + item.status().label() + " · " + card.dueText();
        return new Row(item.id(), item.title(), line, item.id() == shown.id(), child,
                card.deadlineState() == DeadlineState.OVERDUE);
    }
}
