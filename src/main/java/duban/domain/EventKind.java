package duban.domain;

/** What an {@link ItemEvent} records. */
public enum EventKind implements Labeled {
    /** The item was registered. */
    CREATE,
    /** Fields of the item were changed. */
    EDIT,
    /** The item changed column or place in its column. */
    MOVE;

    @Override
    public String labelPrefix() {
        return "eventKind";
    }
}
