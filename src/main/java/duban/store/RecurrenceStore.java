package duban.store;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.RECURRENCE_SERIES;

import duban.domain.ConcurrentChangeException;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.recurrence.RecurrencePeriod;
import duban.domain.recurrence.RecurrenceRule;
import duban.domain.recurrence.RecurrenceSeries;
import duban.domain.recurrence.SeriesOccurrence;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * 定期督办: making an item recur, creating each next occurrence once (idempotent across PCs),
 * ending a series. An occurrence is created when the latest one is crossed off (in the closing's
 * transaction) and when its period starts ({@link #createDueOccurrences}, on start and daily).
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

    /**
     * Makes the item read at {@code expectedVersion} the first occurrence of a new series following
     * {@code rule}; its period is the one containing its 交办日期, its deadline stays as it is. The
     * item's history gets a RECUR event.
     *
     * @return the item, now recurring
     * @throws ConcurrentChangeException when the item changed since it was read
     * @throws IllegalArgumentException with a Chinese message when the item cannot recur
     */
    public Item makeRecurring(long itemId, int expectedVersion, RecurrenceRule rule) {
        Objects.requireNonNull(rule, "rule");
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            Item item = items.find(itemId);
            ItemStore.requireVersion(item, expectedVersion);
            refuseRecurring(item);
            RecurrenceOccurrences occurrences = new RecurrenceOccurrences(db, clock, operator);
            RecurrencePeriod period = rule.periodOf(item.assignedOn(), occurrences.calendar());
            OffsetDateTime at = occurrences.now();
            long seriesId = db.insertInto(RECURRENCE_SERIES)
                    .set(RECURRENCE_SERIES.RULE, rule.text())
                    .set(RECURRENCE_SERIES.STARTED_ON, period.start())
                    .set(RECURRENCE_SERIES.CREATED_AT, at)
                    .set(RECURRENCE_SERIES.OPERATOR, operator.get())
                    .returning(RECURRENCE_SERIES.ID).fetchOne(RECURRENCE_SERIES.ID);
            if (db.update(ITEM).set(ITEM.SERIES_ID, seriesId).set(ITEM.PERIOD_START, period.start())
                    .set(ITEM.VERSION, expectedVersion + 1).set(ITEM.UPDATED_AT, at)
                    .where(ITEM.ID.eq(itemId).and(ITEM.VERSION.eq(expectedVersion))).execute() == 0) {
                throw new ConcurrentChangeException(item.id(), item.title());
            }
            ItemStore.appendEvent(db, itemId, at, EventKind.RECUR, null, null, null, null,
                    ItemStore.json(Map.of("series", seriesId, "rule", rule.text(),
                            "periodStart", period.start().toString())),
                    Messages.get("store.recur.made", rule.describe(), rule.periodLabel(period)), operator.get());
            return items.find(itemId);
        });
    }

    private static void refuseRecurring(Item item) {
        String refusal = item.links().isRecurring() ? "store.recur.already"
                : item.withdrawn() ? "store.recur.withdrawn"
                : item.status().isClosed() ? "store.recur.closed"
                : item.links().isChild() ? "store.recur.subItem"
                : null;
        if (refusal != null) {
            throw new IllegalArgumentException(Messages.get(refusal));
        }
    }

    /**
     * Ends the series for {@code reason}: no occurrence is created after this; those on the board
     * stay. The latest occurrence's history gets an END_SERIES event with the reason.
     *
     * @throws IllegalArgumentException with a Chinese message without a reason, or when already ended
     */
    public RecurrenceSeries endSeries(long seriesId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(Messages.get("store.recur.reasonRequired"));
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            RecurrenceOccurrences occurrences = new RecurrenceOccurrences(db, clock, operator);
            RecurrenceSeries series = occurrences.series(seriesId)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.get("store.recur.notRecurring")));
            if (series.ended()) {
                throw new IllegalArgumentException(Messages.get("store.recur.alreadyEnded", series.endedOn().toString()));
            }
            OffsetDateTime at = occurrences.now();
            LocalDate today = LocalDate.now(clock);
            db.update(RECURRENCE_SERIES).set(RECURRENCE_SERIES.ENDED_ON, today)
                    .set(RECURRENCE_SERIES.END_REASON, reason.strip())
                    .where(RECURRENCE_SERIES.ID.eq(seriesId)).execute();
            ItemStore.appendEvent(db, occurrences.latest(seriesId).id(), at, EventKind.END_SERIES, null, null, null,
                    null, ItemStore.json(Map.of("series", seriesId, "endedOn", today.toString())),
                    reason.strip(), operator.get());
            return occurrences.series(seriesId).orElseThrow();
        });
    }

    /**
     * Creates, for every series still running, the occurrence of the period that has started by
     * {@code today} and has none yet: at most one per series and call (see
     * {@link RecurrenceOccurrences#nextPeriod}). Safe to call from every PC at once.
     *
     * @return the occurrences created by this call
     */
    public List<Item> createDueOccurrences(LocalDate today) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            RecurrenceOccurrences occurrences = new RecurrenceOccurrences(db, clock, operator);
            List<Long> running = db.select(RECURRENCE_SERIES.ID).from(RECURRENCE_SERIES)
                    .where(RECURRENCE_SERIES.ENDED_ON.isNull()).orderBy(RECURRENCE_SERIES.ID)
                    .fetch(RECURRENCE_SERIES.ID);
            if (running.isEmpty()) {
                return List.of();
            }
            HolidayCalendar calendar = occurrences.calendar();
            List<Item> created = new ArrayList<>();
            for (long seriesId : running) {
                RecurrenceSeries series = occurrences.series(seriesId).orElseThrow();
                Item latest = occurrences.latest(seriesId);
                RecurrencePeriod next = occurrences.nextPeriod(series.rule(), latest, today, calendar);
                if (!next.start().isAfter(today)) {
                    occurrences.create(series, latest, next, today).ifPresent(created::add);
                }
            }
            return created;
        });
    }

    /** The series {@code seriesId}, or empty when there is none. */
    public Optional<RecurrenceSeries> series(long seriesId) {
        return new RecurrenceOccurrences(dsl, clock, operator).series(seriesId);
    }

    /** The occurrences of a series as the details panel lists them, earliest period first. */
    public List<SeriesOccurrence> summary(long seriesId) {
        List<Item> occurrences = occurrences(seriesId);
        Map<Long, LocalDate> periodStarts = dsl.select(ITEM.ID, ITEM.PERIOD_START).from(ITEM)
                .where(ITEM.SERIES_ID.eq(seriesId)).fetchMap(ITEM.ID, ITEM.PERIOD_START);
        List<SeriesOccurrence> rows = new ArrayList<>();
        for (Item item : occurrences) {
            rows.add(new SeriesOccurrence(item.id(), rows.size() + 1, periodStarts.get(item.id()),
                    item.currentDeadline(), item.status(), item.withdrawn()));
        }
        return rows;
    }

    /** The occurrences of a series, withdrawn ones included, earliest period first. */
    public List<Item> occurrences(long seriesId) {
        List<Long> order = dsl.select(ITEM.ID).from(ITEM).where(ITEM.SERIES_ID.eq(seriesId))
                .orderBy(ITEM.PERIOD_START).fetch(ITEM.ID);
        return new ItemStore(dsl, clock, operator).load(ITEM.SERIES_ID.eq(seriesId)).stream()
                .sorted(Comparator.comparingInt(item -> order.indexOf(item.id())))
                .toList();
    }

}
