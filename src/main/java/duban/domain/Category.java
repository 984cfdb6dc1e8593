package duban.domain;

/** 督办类别: how closely an item is followed. */
public enum Category implements Labeled {
    /** 重点督办 */
    KEY,
    /** 急件 */
    URGENT,
    /** 常规 */
    ROUTINE;

    @Override
    public String labelPrefix() {
        return "category";
    }
}
