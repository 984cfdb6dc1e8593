package duban.domain;

import java.time.LocalDate;

/**
 * What has happened around an item besides its own fields, as its card and the figures need it:
 * progress reports, reminders, extensions.
 *
 * @param lastReportOn      the date of the latest 办理进展, or {@code null}
 * @param lastReminderLevel the colour of the latest 催办, or {@code null}
 */
public record ItemActivity(int reportCount, LocalDate lastReportOn, int reminderCount,
                           ReminderLevel lastReminderLevel, int extensionCount) {

    /** An item nothing has happened to yet. */
    public static final ItemActivity NONE = new ItemActivity(0, null, 0, null, 0);
}
