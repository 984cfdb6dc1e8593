package duban.board;

import duban.domain.Item;
import javafx.stage.Window;

/** 定期督办 from a card's menu: each asks in a dialog, then saves through the board. Wired by the app. */
public interface CardRecurrence {

    /** 设为定期督办…. */
    void makeRecurring(Window owner, Item item);

    /** 结束定期督办…. */
    void endSeries(Window owner, Item item);
}
