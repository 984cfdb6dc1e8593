package duban.domain;

import duban.i18n.Messages;
import java.util.Optional;

/**
 * Which moves between columns the office's procedure allows. An item is crossed off (办结销号)
 * only after the unit has reported and the office has checked the report (待反馈); every other
 * move, forward or back (退回重办, 重办), is allowed, some with a dialog.
 */
public final class MoveRules {

    private MoveRules() {
    }

    /** Why moving from {@code from} to {@code to} is not allowed, or empty when it is. */
    public static Optional<String> refusal(Status from, Status to) {
        if (to == Status.CLOSED && from != Status.CLOSED && from != Status.AWAITING_FEEDBACK) {
            return Optional.of(Messages.get("rules.closeOnlyFromFeedback", from.label()));
        }
        return Optional.empty();
    }

    /**
     * Why moving {@code item} to {@code to} is not allowed, also applying the office's rule that
     * items of some categories need at least one progress report before they are crossed off.
     */
    public static Optional<String> refusal(Item item, Status to, java.util.Set<Category> reportRequiredBeforeClosing) {
        Optional<String> byColumn = refusal(item.status(), to);
        if (byColumn.isPresent()) {
            return byColumn;
        }
        if (closes(item.status(), to) && reportRequiredBeforeClosing.contains(item.category())
                && item.activity().reportCount() == 0) {
            return Optional.of(Messages.get("rules.reportBeforeClosing", item.category().label()));
        }
        return Optional.empty();
    }

    /** Whether the move sends the item back from 待反馈 to 办理中 (退回重办): it then needs a reason. */
    public static boolean returns(Status from, Status to) {
        return from == Status.AWAITING_FEEDBACK && to == Status.IN_PROGRESS;
    }

    /** Whether the move crosses the item off: it then needs 办结情况 and 办结日期. */
    public static boolean closes(Status from, Status to) {
        return to == Status.CLOSED && from != Status.CLOSED;
    }

    /** Whether the move takes the item out of 办结销号 again (重办): it then needs a reason. */
    public static boolean reopens(Status from, Status to) {
        return from == Status.CLOSED && to != Status.CLOSED;
    }
}
