package duban.store;

import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import java.time.Clock;
import org.jooq.DSLContext;

/** Reads what a 督查通报 states for a period, true to the history of each week it covers. */
public final class BulletinStore {

    private final DSLContext dsl;
    private final Clock clock;

    public BulletinStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * The figures of a 通报 for {@code period}, over one {@code source} or all ({@code null}), judged
     * at the period's end, or today while the period lasts.
     */
    public BulletinFigures figures(ReportPeriod period, Source source) {
        throw new UnsupportedOperationException("issue 16: bulletin figures part");
    }
}
