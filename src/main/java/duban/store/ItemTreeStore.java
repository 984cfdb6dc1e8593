package duban.store;

import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** 事项分解: splitting an item into per-unit sub-items, reading a parent's children, and the rule for crossing off a parent whose children are open. BASE STUB: filled in by its part of issue 17. */
public final class ItemTreeStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public ItemTreeStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }
}
