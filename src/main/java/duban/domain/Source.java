package duban.domain;

/** 事项来源: where an item came from. */
public enum Source implements Labeled {
    /** 领导批示 */
    LEADER_INSTRUCTION,
    /** 常务会议决定 */
    EXECUTIVE_MEETING,
    /** 政府工作报告 */
    WORK_REPORT,
    /** 上级交办 */
    HIGHER_LEVEL,
    /** 人大建议 */
    NPC_SUGGESTION,
    /** 政协提案 */
    CPPCC_PROPOSAL,
    /** 信访 */
    PETITION,
    /** 其他 */
    OTHER;

    @Override
    public String labelPrefix() {
        return "source";
    }
}
