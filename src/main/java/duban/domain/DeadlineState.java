package duban.domain;

/** Where an item stands against its deadline (办理时限). */
public enum DeadlineState implements Labeled {
    /** 正常: open, more than the due-soon threshold away. */
    NORMAL,
    /** 临期: open, due today or within the due-soon threshold. */
    DUE_SOON,
    /** 逾期: open and past its deadline. */
    OVERDUE,
    /** 按时办结: closed on or before the deadline. */
    CLOSED_ON_TIME,
    /** 逾期办结: closed after the deadline. */
    CLOSED_LATE;

    @Override
    public String labelPrefix() {
        return "deadline";
    }

    public boolean isClosed() {
        return this == CLOSED_ON_TIME || this == CLOSED_LATE;
    }
}
