package duban.domain;

/** What an {@link ItemEvent} records. */
public enum EventKind implements Labeled {
    /** The item was registered. */
    CREATE,
    /** Fields of the item were changed. */
    EDIT,
    /** The item changed column or place in its column. */
    MOVE,
    /** The item was withdrawn (撤销督办): it leaves the board but stays in the file. */
    WITHDRAW,
    /** A withdrawn item was put back on the board. */
    RESTORE,
    /** A progress report (办理进展) was recorded. */
    REPORT,
    /** A reminder (催办) was recorded. */
    REMIND,
    /** An extension (延期) was approved. */
    EXTEND,
    /** The office sent the item back from 待反馈 to 办理中 (退回重办). */
    RETURN,
    /** A 督办通知单 was issued for the item; the note carries its number. */
    NOTICE,
    /** The item was split (事项分解): a sub-item was created under it; the note names the sub-item. */
    SPLIT,
    /** A file was attached; the changes record its id, name, size and SHA-256 (so the chain covers it). */
    ATTACH,
    /** An attachment was removed (it stays in the file); the note is the reason. */
    DETACH,
    /** The item was made to recur (定期督办), or is the next occurrence of its series; the changes say which. */
    RECUR,
    /** The office ended the item's 定期督办 series; the note is the reason. */
    END_SERIES;

    @Override
    public String labelPrefix() {
        return "eventKind";
    }
}
