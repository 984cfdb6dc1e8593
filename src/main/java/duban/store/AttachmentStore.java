package duban.store;

import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** Attachments stored inside the database: adding (size limit, SHA-256 into the item's history), listing, reading the bytes, removing with a reason. BASE STUB: filled in by its part of issue 17. */
public final class AttachmentStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public AttachmentStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }
}
