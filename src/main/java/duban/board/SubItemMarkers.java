package duban.board;

import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 事项分解 on the cards, from the items the board has loaded: a child's marker names its parent
 * (子事项 · 城区供水管网…), and a parent's adds its most overdue open sub-item (最迟：逾期 3 天) or
 * 全部按期. The index by parent is built once per loaded board, not per card shown.
 */
final class SubItemMarkers {

    /** How many characters of the parent's title a child's marker shows. */
    private static final int SHORT_TITLE = 8;

    private final Supplier<List<Item>> items;
    private final Supplier<Deadlines> deadlines;
    private List<Item> indexed;
    private Map<Long, Item> byId = Map.of();
    private Map<Long, List<Item>> childrenByParent = Map.of();

    SubItemMarkers(Supplier<List<Item>> items, Supplier<Deadlines> deadlines) {
        this.items = items;
        this.deadlines = deadlines;
    }

    /** The card's markers with the tree's words put in. */
    List<Card.Marker> markersOf(Card card) {
        List<Card.Marker> markers = card.markers();
        if (!card.item().links().isParent() && !card.item().links().isChild()) {
            return markers;
        }
        index();
        List<Card.Marker> shown = new ArrayList<>(markers.size() + 1);
        for (Card.Marker marker : markers) {
            if (marker.kind() == Card.Marker.Kind.SUB_ITEM) {
                Item parent = byId.get(card.item().links().parentId());
                shown.add(parent == null ? marker
                        : new Card.Marker(marker.kind(), Messages.get("card.subItemOf", shortTitle(parent.title()))));
            } else {
                shown.add(marker);
                if (marker.kind() == Card.Marker.Kind.SUB_ITEMS) {
                    latestChild(card.id()).ifPresent(shown::add);
                }
            }
        }
        return shown;
    }

    /** 最迟：逾期 N 天 for the most overdue open sub-item, 全部按期 when none is overdue, nothing when all are closed. */
    private java.util.Optional<Card.Marker> latestChild(long parentId) {
        Deadlines judge = deadlines.get();
        long mostOverdue = 0;
        boolean anyOpen = false;
        for (Item child : childrenByParent.getOrDefault(parentId, List.of())) {
            if (child.status().isClosed()) {
                continue;
            }
            anyOpen = true;
            if (judge.stateOf(child) == DeadlineState.OVERDUE) {
                mostOverdue = Math.max(mostOverdue, -judge.daysLeft(child));
            }
        }
        if (!anyOpen) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(mostOverdue > 0
                ? new Card.Marker(Card.Marker.Kind.SUB_ITEMS_LATE, Messages.get("card.subItemsLate", mostOverdue))
                : new Card.Marker(Card.Marker.Kind.SUB_ITEMS, Messages.get("card.subItemsOnTime")));
    }

    private void index() {
        List<Item> now = items.get();
        if (now == indexed) {
            return;
        }
        Map<Long, Item> ids = new HashMap<>();
        Map<Long, List<Item>> children = new HashMap<>();
        for (Item item : now) {
            ids.put(item.id(), item);
            if (item.links().isChild()) {
                children.computeIfAbsent(item.links().parentId(), parent -> new ArrayList<>()).add(item);
            }
        }
        byId = ids;
        childrenByParent = children;
        indexed = now;
    }

    private static String shortTitle(String title) {
        return title.length() <= SHORT_TITLE ? title : title.substring(0, SHORT_TITLE) + "…";
    }
}
