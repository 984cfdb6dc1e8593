package duban.app;

import duban.split.SplitStore;
import duban.store.ItemTreeStore;

/** 事项分解's port over the tree store (issue 17). */
final class SplitPorts {

    private SplitPorts() {
    }

    /** 分解: the tree store's split, all sub-items or none. */
    static SplitStore split(ItemTreeStore trees) {
        return trees::split;
    }
}
