package duban.board;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.Status;
import java.util.Optional;

/**
 * What a gesture may need to ask the user before it is saved. The board window answers with
 * dialogs; view-model tests answer with canned values. An empty answer cancels the gesture.
 */
public interface BoardPrompts {

    /** 办结情况 and 办结日期 for an item being crossed off. */
    Optional<Closing> askClosing(Item item);

    /** Why an item leaves 办结销号 again (重办). */
    Optional<String> askReopenReason(Item item, Status to);

    /** Why an item is sent back from 待反馈 to 办理中 (退回重办). */
    Optional<String> askReturnReason(Item item);

    /** Why an item is withdrawn (撤销督办). */
    Optional<String> askWithdrawReason(Item item);

    /** Prompts that cancel everything, until the window installs its own. */
    BoardPrompts CANCEL_ALL = new BoardPrompts() {
        @Override
        public Optional<Closing> askClosing(Item item) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askReopenReason(Item item, Status to) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askReturnReason(Item item) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askWithdrawReason(Item item) {
            return Optional.empty();
        }
    };
}
