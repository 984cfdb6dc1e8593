package duban.domain.calendar;

/** How a 办理时限 is counted from the 交办日期. Its name is its code in stored settings. */
public enum DeadlineUnit {
    /** 个工作日: working days by the holiday calendar, the 交办日期 not counted. */
    WORKING_DAYS,
    /** 天 / 自然日: calendar days, a rest day kept as the deadline. */
    CALENDAR_DAYS,
    /** 个月: the same day n months later, clamped to the month's end. */
    MONTHS,
    /** 年底: 12 月 31 日 of the year the item was assigned, as 政府工作报告 tasks are due. */
    END_OF_YEAR
}
