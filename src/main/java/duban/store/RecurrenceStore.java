package duban.store;

import duban.domain.Item;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * 定期督办: making an item recur, creating each next occurrence once (idempotent across PCs),
 * ending a series. BASE STUB: filled in by the recurrence part.
 */
public final class RecurrenceStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public RecurrenceStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /** BASE STUB (recurrence part): after an occurrence is crossed off, creates the next one in the same transaction. */
    static void afterClosed(DSLContext db, Clock clock, Supplier<String> operator, Item closed) {
    }
}
