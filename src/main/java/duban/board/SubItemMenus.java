package duban.board;

import duban.domain.Card;
import duban.domain.Item;
import duban.i18n.Messages;
import javafx.scene.control.MenuItem;

/**
 * 事项分解 on a card's menu: 分解… only for a top-level item still being worked on, and 查看子事项…
 * only for a parent. A disabled 分解… says why in its own text (JavaFX shows no tooltip on a
 * disabled menu entry).
 */
final class SubItemMenus {

    private SubItemMenus() {
    }

    static void offer(MenuItem split, MenuItem subItems, Card card) {
        String refusal = card == null ? null : splitRefusal(card.item());
        split.setDisable(card == null || refusal != null);
        split.setText(refusal == null ? Messages.get("menu.split") : refusal);
        subItems.setVisible(card != null && card.item().links().isParent());
    }

    /** Why {@code item} cannot be split, as the menu says it, or {@code null} when it can. */
    static String splitRefusal(Item item) {
        if (item.links().isChild()) {
            return Messages.get("menu.split.subItem");
        }
        if (item.status().isClosed()) {
            return Messages.get("menu.split.closed");
        }
        return null; // a withdrawn item is not on the board
    }
}
