package duban.store;

import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** 定期督办: making an item recur, creating each next occurrence once (idempotent across PCs), ending a series. BASE STUB: filled in by its part of issue 17. */
public final class RecurrenceStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public RecurrenceStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }
}
