package duban.store;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.RECURRENCE_SERIES;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.recurrence.RecurrencePeriod;
import duban.domain.recurrence.RecurrenceRule;
import duban.domain.recurrence.RecurrenceSeries;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Creating a series' next occurrence inside the caller's transaction, once. The transaction holds
 * the write lock from its start (BEGIN IMMEDIATE on a file, {@link ServerWriteOrder}'s advisory
 * lock on a server), so looking for the period's occurrence and inserting it cannot interleave
 * with another PC doing the same; UNIQUE (series_id, period_start) stands behind that, and its
 * refusal (inside a savepoint) means the other PC made the occurrence: nothing more to do.
 */
final class RecurrenceOccurrences {

    /** More missed periods than this in one go is a rule gone wrong, not an office back from leave. */
    private static final int MAX_SKIPPED_PERIODS = 10_000;

    private final DSLContext db;
    private final Clock clock;
    private final Supplier<String> operator;

    RecurrenceOccurrences(DSLContext db, Clock clock, Supplier<String> operator) {
        this.db = db;
        this.clock = clock;
        this.operator = operator;
    }

    /** The office's holiday calendar as stored in this transaction. */
    HolidayCalendar calendar() {
        return OfficeSettingsStore.load(new SettingsStore(db, clock, operator)).holidayCalendar();
    }

    /** The series, its rule read from its text. */
    Optional<RecurrenceSeries> series(long seriesId) {
        return db.selectFrom(RECURRENCE_SERIES).where(RECURRENCE_SERIES.ID.eq(seriesId)).fetchOptional()
                .map(row -> new RecurrenceSeries(row.getId(), RecurrenceRule.parse(row.getRule()), row.getStartedOn(),
                        row.getEndedOn(), row.getEndReason()));
    }

    /** The occurrence with the latest period, withdrawn or not. */
    Item latest(long seriesId) {
        long itemId = db.select(ITEM.ID).from(ITEM).where(ITEM.SERIES_ID.eq(seriesId))
                .orderBy(ITEM.PERIOD_START.desc()).limit(1).fetchSingle(ITEM.ID);
        return ItemRows.find(db, itemId);
    }

    LocalDate periodStart(long itemId) {
        return db.select(ITEM.PERIOD_START).from(ITEM).where(ITEM.ID.eq(itemId)).fetchSingle(ITEM.PERIOD_START);
    }

    /**
     * The period after the latest occurrence's that is current on {@code today}: the next one, or,
     * when later ones have started too (the board was not opened for a while), the last of those
     * that started. Missed periods in between get no occurrence: an office back after weeks wants
     * this period's item, not a pile of overdue ones nobody will do.
     */
    RecurrencePeriod nextPeriod(RecurrenceRule rule, Item latest, LocalDate today, HolidayCalendar calendar) {
        RecurrencePeriod previous = new RecurrencePeriod(periodStart(latest.id()), latest.currentDeadline());
        RecurrencePeriod next = rule.after(previous, latest.currentDeadline(), calendar);
        for (int skipped = 0; skipped < MAX_SKIPPED_PERIODS; skipped++) {
            RecurrencePeriod later = rule.after(next, next.deadline(), calendar);
            if (later.start().isAfter(today)) {
                return next;
            }
            next = later;
        }
        return next;
    }

    /**
     * Creates the series' occurrence for {@code period}, a copy of {@code latest} with its own
     * 交办日期 and deadline, unless it exists already.
     *
     * @return the occurrence created, empty when it existed (made by another PC or an earlier call)
     */
    Optional<Item> create(RecurrenceSeries series, Item latest, RecurrencePeriod period, LocalDate today) {
        if (exists(series.id(), period.start())) {
            return Optional.empty();
        }
        try {
            return Optional.of(db.transactionResult(savepoint -> insert(savepoint.dsl(), series, latest, period, today)));
        } catch (DataAccessException refused) {
            if (exists(series.id(), period.start())) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private boolean exists(long seriesId, LocalDate periodStart) {
        return db.fetchExists(ITEM, ITEM.SERIES_ID.eq(seriesId).and(ITEM.PERIOD_START.eq(periodStart)));
    }

    private Item insert(DSLContext tx, RecurrenceSeries series, Item latest, RecurrencePeriod period,
                        LocalDate today) {
        // 交办日期: the period's start, or today when the period began earlier, but never after the
        // deadline (a period caught up on after its deadline is overdue from its first day).
        LocalDate assignedOn = today.isAfter(period.start()) ? today : period.start();
        if (assignedOn.isAfter(period.deadline())) {
            assignedOn = period.start().isAfter(period.deadline()) ? period.deadline() : period.start();
        }
        ItemDraft copy = ItemDraft.of(latest);
        ItemDraft draft = new ItemDraft(copy.title(), copy.details(), copy.source(), copy.category(),
                copy.leadUnitId(), copy.assistUnitIds(), copy.owner(), copy.leader(), assignedOn, period.deadline());
        Item created = ItemRows.insert(tx, now(), operator.get(), draft, null);
        int number = tx.fetchCount(ITEM, ITEM.SERIES_ID.eq(series.id())) + 1;
        tx.update(ITEM).set(ITEM.SERIES_ID, series.id()).set(ITEM.PERIOD_START, period.start())
                .where(ITEM.ID.eq(created.id())).execute();
        RecurrenceRule rule = series.rule();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("series", series.id());
        changes.put("periodStart", period.start().toString());
        changes.put("occurrence", number);
        ItemRows.appendEvent(tx, created.id(), now(), EventKind.RECUR, null, null, null, null,
                ItemRows.json(changes), Messages.get("store.recur.occurrence", number, rule.periodLabel(period),
                        rule.describe()), operator.get());
        return ItemRows.find(tx, created.id());
    }

    OffsetDateTime now() {
        return ItemRows.now(clock);
    }

    /**
     * After an occurrence is crossed off, in the closing's transaction: when it is the latest of a
     * running series, creates the next (or, when later periods have started, the current) one.
     * Another PC having created it first is not a failure: the closing goes through.
     */
    static void afterClosed(DSLContext db, Clock clock, Supplier<String> operator, Item closed) {
        Long seriesId = closed.links().seriesId();
        if (seriesId == null) {
            return;
        }
        RecurrenceOccurrences occurrences = new RecurrenceOccurrences(db, clock, operator);
        RecurrenceSeries series = occurrences.series(seriesId).orElse(null);
        if (series == null || series.ended() || occurrences.latest(seriesId).id() != closed.id()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        RecurrencePeriod next = occurrences.nextPeriod(series.rule(), closed, today, occurrences.calendar());
        occurrences.create(series, closed, next, today);
    }
}
