package duban.domain;

/**
 * The escalation colour of a 督办单, as offices use them: blue when the deadline nears, yellow when
 * the item is behind schedule or has been chased repeatedly, red when it is overdue.
 */
public enum ReminderLevel implements Labeled {
    /** 蓝色督办单 */
    BLUE,
    /** 黄色督办单 */
    YELLOW,
    /** 红色督办单 */
    RED;

    /** After this many earlier reminders, a further one is at least yellow. */
    public static final int REPEATED_REMINDERS = 2;

    @Override
    public String labelPrefix() {
        return "reminderLevel";
    }

    /**
     * The colour to suggest for the next reminder: red when overdue; yellow when behind its
     * reporting cadence or already chased {@value #REPEATED_REMINDERS} times or more; else blue.
     * Never lower than the last colour used: escalation does not go back down.
     */
    public static ReminderLevel suggest(DeadlineState state, boolean behindReporting, int previousReminders,
                                        ReminderLevel lastLevel) {
        ReminderLevel suggested;
        if (state == DeadlineState.OVERDUE) {
            suggested = RED;
        } else if (behindReporting || previousReminders >= REPEATED_REMINDERS) {
            suggested = YELLOW;
        } else {
            suggested = BLUE;
        }
        return lastLevel != null && lastLevel.ordinal() > suggested.ordinal() ? lastLevel : suggested;
    }
}
