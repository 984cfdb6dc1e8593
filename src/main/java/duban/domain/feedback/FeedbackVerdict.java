package duban.domain.feedback;

import duban.domain.Labeled;

/** What an import does with one row of a 反馈表; the last six are problems (the row is left out). */
public enum FeedbackVerdict implements Labeled {
    /** 将导入: recorded as a progress report (and moved to 待反馈 when 申请办结 is 是). */
    IMPORT,
    /** 未填写: the unit wrote nothing in the row; skipped. */
    NOT_FILLED,
    /** 已导入过: the same report from the same reporter is already on the item; skipped. */
    ALREADY_IMPORTED,
    /** 事项编号不存在. */
    UNKNOWN_ITEM,
    /** 该事项由其他单位牵头. */
    OTHER_UNIT,
    /** 事项已办结销号. */
    CLOSED,
    /** 已撤销督办. */
    WITHDRAWN,
    /** 申请办结只能填"是"或"否". */
    BAD_CLOSE_REQUEST,
    /** The form was exported from another office's database. */
    OTHER_DATABASE;

    @Override
    public String labelPrefix() {
        return "feedback.verdict";
    }

    /** Whether the row is a problem the officer should see (and which is left out). */
    public boolean isProblem() {
        return ordinal() > ALREADY_IMPORTED.ordinal();
    }
}
