package duban.workflow;

import duban.domain.DeadlineState;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One item judged for 催办 as of a day: where it stands against its deadline and its reporting
 * cadence, why it needs chasing, and the colour of 督办单 to suggest. No JavaFX: the queue, the
 * reminder dialog and their tests share it.
 *
 * @param state               the item's deadline state (逾期, 临期, 正常 …)
 * @param daysLeft            days from today to the working deadline: 0 when due today, negative when overdue
 * @param daysBehindReporting days since a progress report was due (0 when not behind its cadence)
 * @param suggestedLevel      {@link ReminderLevel#suggest} for this item
 */
public record ReminderDue(Item item, DeadlineState state, long daysLeft, long daysBehindReporting,
                          ReminderLevel suggestedLevel) {

    /**
     * Most urgent first: overdue items by days overdue (most first), then items behind their
     * reporting cadence by days behind (most first), then items due soon by days left (fewest
     * first), then the rest; ties by working deadline, then id.
     */
    public static final Comparator<ReminderDue> URGENCY = Comparator
            .comparingInt(ReminderDue::urgencyGroup)
            .thenComparingLong(ReminderDue::urgencyWithinGroup)
            .thenComparing(due -> due.item().currentDeadline())
            .thenComparingLong(due -> due.item().id());

    /** Computes the suggestion from the state, the cadence and the item's earlier reminders. */
    public static ReminderDue of(Item item, DeadlineState state, long daysLeft, long daysBehindReporting) {
        ReminderLevel level = ReminderLevel.suggest(state, daysBehindReporting > 0,
                item.activity().reminderCount(), item.activity().lastReminderLevel());
        return new ReminderDue(item, state, daysLeft, daysBehindReporting, level);
    }

    public boolean isOverdue() {
        return state == DeadlineState.OVERDUE;
    }

    public boolean isDueSoon() {
        return state == DeadlineState.DUE_SOON;
    }

    public boolean isBehindReporting() {
        return daysBehindReporting > 0;
    }

    /** Days past the working deadline (0 unless overdue). */
    public long daysOverdue() {
        return isOverdue() ? -daysLeft : 0;
    }

    /** Whether the item belongs on 今日待催办: overdue, due soon, or behind its reporting cadence. */
    public boolean isDue() {
        return isOverdue() || isDueSoon() || isBehindReporting();
    }

    /** How often the item has been chased (已催办). */
    public int reminderCount() {
        return item.activity().reminderCount();
    }

    /** Why it needs chasing, most serious first: 逾期 3 天, 进展逾期 5 天, 临期（还剩 2 天）. Empty when not due. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (isOverdue()) {
            reasons.add(Messages.get("reminders.reason.overdue", String.valueOf(daysOverdue())));
        }
        if (isBehindReporting()) {
            reasons.add(Messages.get("reminders.reason.behindReporting", String.valueOf(daysBehindReporting)));
        }
        if (isDueSoon()) {
            // Like 逾期 3 天 for late items: how long is left, in the same calendar days as the 临期 rule.
            reasons.add(daysLeft == 0 ? Messages.get("reminders.reason.dueToday")
                    : Messages.get("reminders.reason.dueSoonDays", String.valueOf(daysLeft)));
        }
        return reasons;
    }

    /** {@link #reasons()} on one line: 逾期 3 天、进展逾期 5 天. */
    public String reasonText() {
        return String.join(Messages.get("reminders.reason.separator"), reasons());
    }

    /**
     * Why {@link #suggestedLevel} is suggested, in the terms of {@link ReminderLevel#suggest}:
     * 已逾期 3 天, 建议红色督办单 / 进展逾期, 建议黄色督办单 / 已催办 2 次, 建议黄色督办单 /
     * 临近办理时限, 建议蓝色督办单; and when the last reminder's colour keeps it higher, says so.
     */
    public String suggestionText() {
        ReminderLevel lastLevel = item.activity().lastReminderLevel();
        ReminderLevel withoutHistory = ReminderLevel.suggest(state, isBehindReporting(), reminderCount(), null);
        String level = suggestedLevel.label();
        if (lastLevel != null && lastLevel.ordinal() > withoutHistory.ordinal()) {
            return Messages.get("reminder.why.keepLevel", lastLevel.label(), level);
        }
        if (isOverdue()) {
            return Messages.get("reminder.why.overdue", String.valueOf(daysOverdue()), level);
        }
        if (isBehindReporting()) {
            return Messages.get("reminder.why.behindReporting", level);
        }
        if (reminderCount() >= ReminderLevel.REPEATED_REMINDERS) {
            return Messages.get("reminder.why.repeated", String.valueOf(reminderCount()), level);
        }
        if (isDueSoon()) {
            return Messages.get("reminder.why.dueSoon", level);
        }
        return Messages.get("reminder.why.notYetDue", level);
    }

    private int urgencyGroup() {
        if (isOverdue()) {
            return 0;
        }
        if (isBehindReporting()) {
            return 1;
        }
        return isDueSoon() ? 2 : 3;
    }

    /** Ascending within the group: more days overdue or behind sort first, fewer days left first. */
    private long urgencyWithinGroup() {
        return switch (urgencyGroup()) {
            case 0 -> -daysOverdue();
            case 1 -> -daysBehindReporting;
            case 2 -> daysLeft;
            default -> 0;
        };
    }
}
