package duban.store;

import duban.domain.Closing;

import duban.domain.ConcurrentChangeException;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.ITEM_ASSIST_UNIT;
import static duban.store.generated.Tables.ITEM_EVENT;
import static duban.store.generated.Tables.STAFF;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.ItemOperators;
import duban.domain.Positions;
import duban.domain.Status;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/**
 * Reads and writes items. Every write is one transaction that checks the item's version, bumps
 * it, and appends the matching {@code item_event} row: either both are in the file or neither is.
 */
public final class ItemStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    /** Over {@code dsl}; {@code clock} stamps the events, its connection's {@link OperatorSource} signs them. */
    public ItemStore(DSLContext dsl, Clock clock) {
        this(dsl, clock, OperatorSource.of(dsl));
    }

    /** Over {@code dsl}; {@code clock} stamps the events, {@code operator} names who wrote each (操作人). */
    public ItemStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /** What the board shows: every item that is not withdrawn, by column and position. */
    public List<Item> loadBoard() {
        return load(ITEM.WITHDRAWN.isFalse());
    }

    /** One item, withdrawn or not. */
    public Item find(long itemId) {
        // Kept prepared: every write reads its item before and after (see KeptQueries).
        return ItemRows.find(dsl, itemId);
    }

    static void appendEvent(DSLContext db, long itemId, OffsetDateTime at, EventKind kind, Status from, Status to,
                            Double fromPosition, Double toPosition, String changes, String note, String operator) {
        ItemRows.appendEvent(db, itemId, at, kind, from, to, fromPosition, toPosition, changes, note, operator);
    }

    static String json(Map<String, ?> fields) {
        return ItemRows.json(fields);
    }

    /** How many items the file holds, withdrawn ones included. */
    public int countAll() {
        return dsl.fetchCount(ITEM);
    }

    /** The history of an item, oldest first. */
    public List<ItemEvent> history(long itemId) {
        return dsl.select(ITEM_EVENT.ID, ITEM_EVENT.ITEM_ID, ITEM_EVENT.AT, ITEM_EVENT.KIND,
                        ITEM_EVENT.FROM_STATUS, ITEM_EVENT.TO_STATUS, ITEM_EVENT.FROM_POSITION,
                        ITEM_EVENT.TO_POSITION, ITEM_EVENT.CHANGES, ITEM_EVENT.NOTE, operatorName(ITEM_EVENT.OPERATOR))
                .from(ITEM_EVENT)
                .leftJoin(STAFF).on(STAFF.LOGIN.eq(ITEM_EVENT.OPERATOR))
                .where(ITEM_EVENT.ITEM_ID.eq(itemId))
                .orderBy(ITEM_EVENT.ID)
                .fetch(row -> new ItemEvent(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8(), row.value9(), row.value10(), row.value11()));
    }

    /**
     * How the office names the operator stored in {@code operator}: the {@code staff} display name
     * of a login role (on a server), else the stored text itself (a file stores the name). Needs
     * {@code LEFT JOIN staff ON staff.login = operator}.
     */
    static Field<String> operatorName(Field<String> operator) {
        return DSL.coalesce(STAFF.DISPLAY_NAME, operator);
    }

    /**
     * Who handled each item (留痕), by item id, as the office names them: who wrote its latest
     * event and who last closed it. Items whose history names nobody are left out. Two reads over
     * the event log, for the ledger (the board does not need them).
     */
    public Map<Long, ItemOperators> operators() {
        Map<Long, String> latest = lastOperators(false);
        Map<Long, String> closedBy = lastOperators(true);
        Map<Long, ItemOperators> operators = new HashMap<>();
        latest.forEach((itemId, name) -> operators.put(itemId, new ItemOperators(name, closedBy.get(itemId))));
        closedBy.forEach((itemId, name) -> operators.putIfAbsent(itemId, new ItemOperators(null, name)));
        return operators;
    }

    /** The operator's name of every item's latest event that names one (of its latest closing, if asked). */
    private Map<Long, String> lastOperators(boolean closings) {
        var last = ITEM_EVENT.as("last");
        Condition named = last.OPERATOR.isNotNull();
        Condition which = closings ? named.and(last.KIND.eq(EventKind.MOVE)).and(last.TO_STATUS.eq(Status.CLOSED))
                : named;
        return dsl.select(ITEM_EVENT.ITEM_ID, operatorName(ITEM_EVENT.OPERATOR))
                .from(ITEM_EVENT)
                .leftJoin(STAFF).on(STAFF.LOGIN.eq(ITEM_EVENT.OPERATOR))
                .where(ITEM_EVENT.ID.in(DSL.select(DSL.max(last.ID)).from(last).where(which).groupBy(last.ITEM_ID)))
                .collect(Records.intoMap());
    }

    /** Registers a new item at the bottom of 交办. */
    public Item create(ItemDraft draft) {
        return dsl.transactionResult(tx -> new ItemStore(tx.dsl(), clock, operator).insert(draft, null));
    }

    /**
     * Inserts an item at the bottom of 交办 with its CREATE event, inside the caller's transaction
     * (this store's context must be the transaction's). A {@code parent} makes it a sub-item.
     */
    Item insert(ItemDraft draft, Item parent) {
        return ItemRows.insert(dsl, now(), operator.get(), draft, parent);
    }

    /**
     * Saves edited fields of an item read at {@code expectedVersion}.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item update(long itemId, int expectedVersion, ItemDraft draft) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemRows.checkAssistUnits(draft);
            Item before = new ItemStore(db, clock, operator).find(itemId);
            requireVersion(before, expectedVersion);
            Map<String, Object> was = ItemRows.describe(db, ItemDraft.of(before));
            Map<String, Object> now = ItemRows.describe(db, draft);
            Map<String, List<Object>> changes = new LinkedHashMap<>();
            now.forEach((field, value) -> {
                if (!Objects.equals(was.get(field), value)) {
                    changes.put(field, java.util.Arrays.asList(was.get(field), value));
                }
            });
            if (changes.isEmpty()) {
                return before;
            }
            OffsetDateTime at = now();
            updateChecked(db, before, expectedVersion, at, ItemRows.draftValues(draft));
            db.deleteFrom(ITEM_ASSIST_UNIT).where(ITEM_ASSIST_UNIT.ITEM_ID.eq(itemId)).execute();
            ItemRows.insertAssistUnits(db, itemId, draft.assistUnitIds());
            appendEvent(db, itemId, at, EventKind.EDIT, null, null, null, null, json(changes), null, operator.get());
            return new ItemStore(db, clock, operator).find(itemId);
        });
    }

    /**
     * Moves an item read at {@code expectedVersion} to {@code position} in column {@code to}.
     * Closing needs {@code closing}; leaving 办结销号 clears the closing date and note (they stay
     * in the event's changes).
     *
     * @param note a reason given with the move (such as why it is reopened), or {@code null}
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item move(long itemId, int expectedVersion, Status to, double position, Closing closing, String note) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Item before = new ItemStore(db, clock, operator).find(itemId);
            requireVersion(before, expectedVersion);
            Map<String, List<Object>> changes = new LinkedHashMap<>();
            LocalDate closedOn = before.closedOn();
            String closingNote = before.closingNote();
            if (to.isClosed() && !before.status().isClosed()) {
                if (closing == null || closing.note() == null || closing.note().isBlank()) {
                    throw new IllegalArgumentException(Messages.get("store.closingNoteRequired"));
                }
                if (closing.closedOn() == null) {
                    throw new IllegalArgumentException(Messages.get("store.closingDateRequired"));
                }
                ClosingRules.beforeClosing(db, before, closing);
                closedOn = closing.closedOn();
                closingNote = closing.note().strip();
            } else if (!to.isClosed() && before.status().isClosed()) {
                closedOn = null;
                closingNote = null;
            }
            if (!Objects.equals(closedOn, before.closedOn())) {
                changes.put("closedOn", java.util.Arrays.asList(text(before.closedOn()), text(closedOn)));
            }
            if (!Objects.equals(closingNote, before.closingNote())) {
                changes.put("closingNote", java.util.Arrays.asList(before.closingNote(), closingNote));
            }
            OffsetDateTime at = now();
            // updateChecked, as a kept statement: the move is the board's most frequent write.
            if (KeptQueries.of(db).moveUpdate(db.configuration(), itemId, expectedVersion, to, position, closedOn,
                    closingNote, at) == 0) {
                throw new ConcurrentChangeException(before.id(), before.title());
            }
            appendEvent(db, itemId, at, EventKind.MOVE, before.status(), to, before.position(), position,
                    changes.isEmpty() ? null : json(changes), ClosingRules.moveNote(before, to, closing, note),
                    operator.get());
            Item after = new ItemStore(db, clock, operator).find(itemId);
            if (to.isClosed() && !before.status().isClosed()) {
                ClosingRules.afterClosed(db, clock, operator, after);
            }
            return after;
        });
    }

    /**
     * Withdraws an item (撤销督办): it leaves the board but stays in the file, its history and
     * the ledger's 已撤销 scope. Items are never deleted.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item withdraw(long itemId, int expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(Messages.get("store.withdrawReasonRequired"));
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Item before = new ItemStore(db, clock, operator).find(itemId);
            requireVersion(before, expectedVersion);
            if (before.withdrawn()) {
                throw new IllegalStateException(Messages.get("store.alreadyWithdrawn", before.title()));
            }
            SubItemRules.checkWithdrawing(before);
            OffsetDateTime at = now();
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(ITEM.WITHDRAWN, true);
            values.put(ITEM.WITHDRAWN_REASON, reason.strip());
            updateChecked(db, before, expectedVersion, at, values);
            appendEvent(db, itemId, at, EventKind.WITHDRAW, before.status(), null, before.position(), null,
                    null, reason.strip(), operator.get());
            return new ItemStore(db, clock, operator).find(itemId);
        });
    }

    /**
     * Puts a withdrawn item back on the board, in the column it left, at the bottom.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item restore(long itemId, int expectedVersion, String note) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Item before = new ItemStore(db, clock, operator).find(itemId);
            requireVersion(before, expectedVersion);
            if (!before.withdrawn()) {
                throw new IllegalStateException(Messages.get("store.notWithdrawn", before.title()));
            }
            SubItemRules.checkRestoring(db, before);
            Double last = db.select(DSL.max(ITEM.POSITION)).from(ITEM)
                    .where(ITEM.STATUS.eq(before.status()), ITEM.WITHDRAWN.isFalse()).fetchOne(0, Double.class);
            double position = Positions.after(last);
            OffsetDateTime at = now();
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(ITEM.WITHDRAWN, false);
            values.put(ITEM.WITHDRAWN_REASON, null);
            values.put(ITEM.POSITION, position);
            updateChecked(db, before, expectedVersion, at, values);
            appendEvent(db, itemId, at, EventKind.RESTORE, null, before.status(), null, position,
                    oneChange("withdrawnReason", before.withdrawnReason(), null), blankToNull(note), operator.get());
            return new ItemStore(db, clock, operator).find(itemId);
        });
    }

    /** Every item, withdrawn or not, by column and position: what the ledger chooses from. */
    public List<Item> loadAll() {
        return load(DSL.trueCondition());
    }

    /** Withdrawn items, newest change first, for restoring them and for the ledger. */
    public List<Item> loadWithdrawn() {
        return load(ITEM.WITHDRAWN.isTrue());
    }

    /**
     * Lays a column out afresh at even gaps ({@link Positions#spread}), keeping its order. Used
     * only when two neighbours are too close for a card to go between them; it changes positions
     * only, so versions are kept and no event is written (the order, which is what users see and
     * what events record, does not change).
     */
    public void rebalance(Status status) {
        dsl.transaction(tx -> {
            DSLContext db = tx.dsl();
            List<Long> ids = db.select(ITEM.ID).from(ITEM)
                    .where(ITEM.STATUS.eq(status), ITEM.WITHDRAWN.isFalse())
                    .orderBy(ITEM.POSITION, ITEM.ID)
                    .fetch(ITEM.ID);
            for (int i = 0; i < ids.size(); i++) {
                db.update(ITEM).set(ITEM.POSITION, Positions.spread(i)).where(ITEM.ID.eq(ids.get(i))).execute();
            }
        });
    }

    /**
     * Writes {@code values} to the item if it is still at {@code expectedVersion}, bumping the
     * version and {@code updated_at}: the optimistic lock of every change.
     *
     * @throws ConcurrentChangeException when another writer changed the item first
     */
    static void updateChecked(DSLContext db, Item before, int expectedVersion, OffsetDateTime at,
                                      Map<Field<?>, Object> values) {
        int updated = db.update(ITEM)
                .set(values)
                .set(ITEM.UPDATED_AT, at)
                .set(ITEM.VERSION, ITEM.VERSION.plus(1))
                .where(ITEM.ID.eq(before.id()), ITEM.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException(before.id(), before.title());
        }
    }

    /**
     * Moves an item into column {@code to} between two neighbours given by id (either may be
     * {@code null}: the column's edge), as the user saw them. The position is computed here, from
     * the neighbours' positions as they are in the file, in the same transaction as the move: a
     * neighbour that has meanwhile left the column is ignored, and when the two are too close
     * for a midpoint the column is laid out afresh first. One row changes in the usual case.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item moveBetween(long itemId, int expectedVersion, Status to, Long previousId, Long nextId,
                            Closing closing, String note) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore inTransaction = new ItemStore(db, clock, operator);
            double position = inTransaction.positionBetween(to, itemId, previousId, nextId);
            return inTransaction.move(itemId, expectedVersion, to, position, closing, note);
        });
    }

    private double positionBetween(Status column, long movingId, Long previousId, Long nextId) {
        Double previous = positionInColumn(column, previousId, movingId);
        Double next = positionInColumn(column, nextId, movingId);
        if (previous == null && next == null) {
            // No neighbours given (an empty-looking column, perhaps with cards the filter hides), or
            // both have left the column meanwhile: the bottom of the column, never on top of a card.
            Double last = dsl.select(DSL.max(ITEM.POSITION)).from(ITEM)
                    .where(ITEM.STATUS.eq(column), ITEM.WITHDRAWN.isFalse(), ITEM.ID.ne(movingId))
                    .fetchOne(0, Double.class);
            return Positions.after(last);
        }
        // The user saw the two side by side, but another window or PC may since have put a card
        // between them, taken one away or reordered them: the card lands right below the previous
        // one (else right above the next) and before the card that really follows it now, so that
        // no two cards of a column ever share a position.
        KeptQueries kept = KeptQueries.of(dsl);
        if (previous != null) {
            next = kept.adjacentPosition(dsl.configuration(), column, previous, true, movingId);
        } else {
            previous = kept.adjacentPosition(dsl.configuration(), column, next, false, movingId);
        }
        if (previous != null && next != null && Positions.needsRebalance(previous, next)) {
            rebalance(column);
            return positionBetween(column, movingId, previousId, nextId); // the gaps are wide now
        }
        return Positions.between(previous, next);
    }

    /** The position of {@code neighbourId} if it is still a visible card of {@code column}. */
    private Double positionInColumn(Status column, Long neighbourId, long movingId) {
        if (neighbourId == null || neighbourId == movingId) {
            return null;
        }
        return KeptQueries.of(dsl).neighbourPosition(dsl.configuration(), neighbourId, column);
    }

    /**
     * Sends an item back from 待反馈 to 办理中 (退回重办), to the bottom of 办理中, with the reason;
     * its return count goes up by one.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item sendBack(long itemId, int expectedVersion, Long previousId, Long nextId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(Messages.get("workflow.required", "退回原因"));
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore inTransaction = new ItemStore(db, clock, operator);
            Item before = inTransaction.find(itemId);
            requireVersion(before, expectedVersion);
            if (before.status() != Status.AWAITING_FEEDBACK) {
                throw new IllegalStateException(Messages.get("workflow.returnOnlyFromFeedback"));
            }
            return inTransaction.moveWithReturnCount(before, expectedVersion, Status.IN_PROGRESS, previousId, nextId,
                    before.returnCount() + 1, EventKind.RETURN, reason.strip());
        });
    }

    /**
     * Takes back a 退回重办 made by mistake: the item goes back to 待反馈 between the given
     * neighbours and its return count goes down by one. Written as a MOVE with the note.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item reverseReturn(long itemId, int expectedVersion, Long previousId, Long nextId, String note) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore inTransaction = new ItemStore(db, clock, operator);
            Item before = inTransaction.find(itemId);
            requireVersion(before, expectedVersion);
            return inTransaction.moveWithReturnCount(before, expectedVersion, Status.AWAITING_FEEDBACK, previousId,
                    nextId, Math.max(0, before.returnCount() - 1), EventKind.MOVE, blankToNull(note));
        });
    }

    /**
     * Moves an item between two neighbours and sets its return count, inside the caller's
     * transaction: a 退回重办 and the undoing of one differ only in column, count, kind and note.
     */
    private Item moveWithReturnCount(Item before, int expectedVersion, Status to, Long previousId, Long nextId,
                                     int returnCount, EventKind kind, String note) {
        double position = positionBetween(to, before.id(), previousId, nextId);
        OffsetDateTime at = now();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ITEM.STATUS, to);
        values.put(ITEM.POSITION, position);
        values.put(ITEM.RETURN_COUNT, returnCount);
        updateChecked(dsl, before, expectedVersion, at, values);
        appendEvent(dsl, before.id(), at, kind, before.status(), to, before.position(), position,
                oneChange("returnCount", before.returnCount(), returnCount), note, operator.get());
        return find(before.id());
    }

    List<Item> load(Condition condition) {
        return ItemQueries.where(dsl, condition).fetch();
    }

    static void requireVersion(Item current, int expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException(current.id(), current.title());
        }
    }

    /** An event's changes when one field changed: {@code {"field": [before, after]}}. */
    private static String oneChange(String field, Object before, Object after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        changes.put(field, java.util.Arrays.asList(before, after));
        return json(changes);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    OffsetDateTime now() {
        return ItemRows.now(clock);
    }
}
