package duban.board;

import duban.domain.Item;
import java.util.List;
import javafx.stage.Window;

/** The documents a card's menu and the board's 文书 menu open (the documents feature, wired by the app). */
public interface CardDocuments {

    /** 生成督办通知单… for {@code items}. */
    void draftNotices(Window owner, List<Item> items);

    /** 文书 ▸ 督办通知单（未发）…: every open item without a 督办通知单 yet. */
    void draftPendingNotices(Window owner);

    /** 文书 ▸ 督查通报…. */
    void openBulletin(Window owner);

    /** 文书 ▸ 文书设置…. */
    void openSettings(Window owner);
}
