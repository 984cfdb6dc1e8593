package duban.domain;

/** The board column an item is in; the constant name is the code stored in {@code item.status}. */
public enum Status implements Labeled {
    /** 交办: registered and handed to the lead unit. */
    ASSIGNED,
    /** 办理中: the unit is working on it. */
    IN_PROGRESS,
    /** 待反馈: the unit reports it done; the office checks and reports back. */
    AWAITING_FEEDBACK,
    /** 办结销号: verified done and crossed off the ledger. */
    CLOSED;

    @Override
    public String labelPrefix() {
        return "status";
    }

    public boolean isClosed() {
        return this == CLOSED;
    }
}
