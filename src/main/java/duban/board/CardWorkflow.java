package duban.board;

import duban.domain.Item;
import javafx.stage.Window;

/**
 * The workflow records a card's menu offers: each asks in a dialog, then saves through the board's
 * view model, which shows the result on the card.
 */
public interface CardWorkflow {

    /** 登记办理进展. */
    void report(Window owner, Item item);

    /** 催办. */
    void remind(Window owner, Item item);

    /** 延期. */
    void extend(Window owner, Item item);

    /** Opens the 今日待催办 list. */
    void showRemindersDue(Window owner);
}
