package duban.store;

import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** The 反馈表 round trip: a unit's open items out, its filled-in rows back as progress reports. */
public final class FeedbackStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public FeedbackStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }
}
