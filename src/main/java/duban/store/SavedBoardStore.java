package duban.store;

import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** The office's saved boards (named views over the items). BASE STUB: filled in by its part of issue 17. */
public final class SavedBoardStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public SavedBoardStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }
}
