package duban.store;

import static duban.store.generated.Tables.EXTENSION;
import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.ITEM_EVENT;

import duban.domain.EventKind;
import duban.domain.Extension;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.bulletin.BulletinCalculation;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ItemTimeline;
import duban.domain.bulletin.ReportPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/**
 * Reads what a 督查通报 states for a period, true to the history of each week it covers: the items,
 * their events and their extensions, each in one query, in one transaction; the figures are computed
 * by {@link BulletinCalculation}.
 */
public final class BulletinStore {

    /** The events that change what the figures judge; EDIT and NOTICE are left unread. */
    private static final List<EventKind> REPLAYED = List.of(EventKind.CREATE, EventKind.MOVE, EventKind.RETURN,
            EventKind.WITHDRAW, EventKind.RESTORE, EventKind.REPORT, EventKind.REMIND);

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
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = BulletinCalculation.asOf(period, today);
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            int dueSoonDays = new OfficeSettingsStore(db, clock).load().dueSoonDays();
            List<ItemTimeline> timelines = timelines(db, asOf, source);
            return new BulletinCalculation(timelines, source, dueSoonDays, clock.getZone()).figures(period, today);
        });
    }

    /** Every item of {@code source} (or all) assigned by {@code asOf}, withdrawn or not, with its history. */
    private List<ItemTimeline> timelines(DSLContext db, LocalDate asOf, Source source) {
        Condition inScope = ITEM.ASSIGNED_ON.le(asOf);
        if (source != null) {
            inScope = inScope.and(ITEM.SOURCE.eq(source));
        }
        List<Item> items = ItemQueries.where(db, inScope).fetch();
        Map<Long, List<ItemEvent>> events = new HashMap<>();
        // Only a move's changes say anything replayed (its closing date): the rest are left unread.
        Field<String> moveChanges = DSL.when(ITEM_EVENT.KIND.eq(EventKind.MOVE), ITEM_EVENT.CHANGES);
        db.select(ITEM_EVENT.ID, ITEM_EVENT.ITEM_ID, ITEM_EVENT.AT, ITEM_EVENT.KIND, ITEM_EVENT.FROM_STATUS,
                        ITEM_EVENT.TO_STATUS, moveChanges)
                .from(ITEM_EVENT).join(ITEM).on(ITEM.ID.eq(ITEM_EVENT.ITEM_ID))
                .where(inScope, ITEM_EVENT.KIND.in(REPLAYED))
                .orderBy(ITEM_EVENT.ID)
                .forEach(row -> events.computeIfAbsent(row.value2(), id -> new ArrayList<>())
                        .add(new ItemEvent(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                                row.value6(), null, null, row.value7(), null)));
        Map<Long, List<Extension>> extensions = new HashMap<>();
        db.select(EXTENSION.ID, EXTENSION.ITEM_ID, EXTENSION.REASON, EXTENSION.PREVIOUS_DEADLINE,
                        EXTENSION.NEW_DEADLINE, EXTENSION.APPROVER, EXTENSION.APPROVED_ON, EXTENSION.CREATED_AT)
                .from(EXTENSION).join(ITEM).on(ITEM.ID.eq(EXTENSION.ITEM_ID))
                .where(inScope)
                .orderBy(EXTENSION.ID)
                .fetch(Records.mapping(Extension::new))
                .forEach(extension -> extensions.computeIfAbsent(extension.itemId(), id -> new ArrayList<>())
                        .add(extension));
        List<ItemTimeline> timelines = new ArrayList<>(items.size());
        for (Item item : items) {
            timelines.add(ItemTimeline.of(item, events.getOrDefault(item.id(), List.of()),
                    extensions.getOrDefault(item.id(), List.of()), clock.getZone()));
        }
        return timelines;
    }
}
