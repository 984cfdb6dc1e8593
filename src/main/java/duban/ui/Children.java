package duban.ui;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/** Edits a parent's children in place, so that nodes that stay are not taken out of the scene. */
public final class Children {

    private Children() {
    }

    /**
     * Makes {@code children} hold {@code wanted}, in order, touching only the run between the
     * longest common start and end (by identity). A node removed and added again, as
     * {@code setAll} does, leaves and re-enters the scene and has its CSS applied anew: for a
     * panel of a few dozen history lines that was most of the frame after a card's move.
     */
    public static void replace(ObservableList<Node> children, List<? extends Node> wanted) {
        int start = 0;
        int limit = Math.min(children.size(), wanted.size());
        while (start < limit && children.get(start) == wanted.get(start)) {
            start++;
        }
        int end = 0;
        while (end < limit - start
                && children.get(children.size() - 1 - end) == wanted.get(wanted.size() - 1 - end)) {
            end++;
        }
        if (start == children.size() && start == wanted.size()) {
            return;
        }
        if (start == 0 && end == 0) {
            children.setAll(wanted); // nothing in common: one change, as before
            return;
        }
        // One change each (a parent's child list vetoes and copies per change, not per node).
        if (start < children.size() - end) {
            children.remove(start, children.size() - end);
        }
        if (start < wanted.size() - end) {
            children.addAll(start, List.copyOf(wanted.subList(start, wanted.size() - end)));
        }
    }
}
