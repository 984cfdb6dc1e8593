package duban.domain;

/** How an item was chased (催办方式). */
public enum ReminderMethod implements Labeled {
    /** 电话 */
    PHONE,
    /** 书面通知 */
    WRITTEN_NOTICE,
    /** 督办单 */
    SUPERVISION_NOTICE;

    @Override
    public String labelPrefix() {
        return "reminderMethod";
    }
}
