package duban.store;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.ITEM_ASSIST_UNIT;
import static duban.store.generated.Tables.ITEM_EVENT;
import static duban.store.generated.Tables.UNIT;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Positions;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.store.generated.tables.records.ItemEventRecord;
import duban.store.generated.tables.records.ItemRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONValue;

/**
 * Reads and writes items. Every write is one transaction that checks the item's version, bumps
 * it, and appends the matching {@code item_event} row: either both are in the file or neither is.
 */
public final class ItemStore {

    private final DSLContext dsl;
    private final Clock clock;

    public ItemStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** What the board shows: every item that is not withdrawn, by column and position. */
    public List<Item> loadBoard() {
        return load(ITEM.WITHDRAWN.isFalse());
    }

    /** One item, withdrawn or not. */
    public Item find(long itemId) {
        List<Item> found = load(ITEM.ID.eq(itemId));
        if (found.isEmpty()) {
            throw new ItemNotFoundException(itemId);
        }
        return found.get(0);
    }

    /** How many items the file holds, withdrawn ones included. */
    public int countAll() {
        return dsl.fetchCount(ITEM);
    }

    /** The history of an item, oldest first. */
    public List<ItemEvent> history(long itemId) {
        return dsl.select(ITEM_EVENT.ID, ITEM_EVENT.ITEM_ID, ITEM_EVENT.AT, ITEM_EVENT.KIND,
                        ITEM_EVENT.FROM_STATUS, ITEM_EVENT.TO_STATUS, ITEM_EVENT.FROM_POSITION,
                        ITEM_EVENT.TO_POSITION, ITEM_EVENT.CHANGES, ITEM_EVENT.NOTE)
                .from(ITEM_EVENT)
                .where(ITEM_EVENT.ITEM_ID.eq(itemId))
                .orderBy(ITEM_EVENT.ID)
                .fetch(Records.mapping(ItemEvent::new));
    }

    /** Registers a new item at the bottom of 交办. */
    public Item create(ItemDraft draft) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            checkAssistUnits(draft);
            OffsetDateTime now = now();
            Double last = db.select(DSL.max(ITEM.POSITION)).from(ITEM)
                    .where(ITEM.STATUS.eq(Status.ASSIGNED)).fetchOne(0, Double.class);
            double position = Positions.after(last);
            ItemRecord row = db.newRecord(ITEM);
            applyDraft(row, draft);
            row.setStatus(Status.ASSIGNED);
            row.setPosition(position);
            row.setWithdrawn(false);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.setVersion(1);
            long id = db.insertInto(ITEM).set(row).returning(ITEM.ID).fetchOne(ITEM.ID);
            insertAssistUnits(db, id, draft.assistUnitIds());
            appendEvent(db, id, now, EventKind.CREATE, null, Status.ASSIGNED, null, position,
                    json(describe(db, draft)), null);
            return new ItemStore(db, clock).find(id);
        });
    }

    /**
     * Saves edited fields of an item read at {@code expectedVersion}.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item update(long itemId, int expectedVersion, ItemDraft draft) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            checkAssistUnits(draft);
            Item before = new ItemStore(db, clock).find(itemId);
            requireVersion(before, expectedVersion);
            Map<String, Object> was = describe(db, ItemDraft.of(before));
            Map<String, Object> now = describe(db, draft);
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
            ItemRecord row = db.newRecord(ITEM);
            applyDraft(row, draft);
            int updated = db.update(ITEM)
                    .set(row)
                    .set(ITEM.UPDATED_AT, at)
                    .set(ITEM.VERSION, ITEM.VERSION.plus(1))
                    .where(ITEM.ID.eq(itemId), ITEM.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 0) {
                throw new ConcurrentChangeException(itemId, before.title());
            }
            db.deleteFrom(ITEM_ASSIST_UNIT).where(ITEM_ASSIST_UNIT.ITEM_ID.eq(itemId)).execute();
            insertAssistUnits(db, itemId, draft.assistUnitIds());
            appendEvent(db, itemId, at, EventKind.EDIT, null, null, null, null, json(changes), null);
            return new ItemStore(db, clock).find(itemId);
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
            Item before = new ItemStore(db, clock).find(itemId);
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
            int updated = db.update(ITEM)
                    .set(ITEM.STATUS, to)
                    .set(ITEM.POSITION, position)
                    .set(ITEM.CLOSED_ON, closedOn)
                    .set(ITEM.CLOSING_NOTE, closingNote)
                    .set(ITEM.UPDATED_AT, at)
                    .set(ITEM.VERSION, ITEM.VERSION.plus(1))
                    .where(ITEM.ID.eq(itemId), ITEM.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 0) {
                throw new ConcurrentChangeException(itemId, before.title());
            }
            appendEvent(db, itemId, at, EventKind.MOVE, before.status(), to, before.position(), position,
                    changes.isEmpty() ? null : json(changes), blankToNull(note));
            return new ItemStore(db, clock).find(itemId);
        });
    }

    /** What closing an item records: 办结日期 and 办结情况. */
    public record Closing(LocalDate closedOn, String note) {
    }

    private List<Item> load(Condition condition) {
        Map<Long, Unit> units = new UnitStore(dsl).byId();
        Map<Long, List<Unit>> assists = new LinkedHashMap<>();
        dsl.select(ITEM_ASSIST_UNIT.ITEM_ID, ITEM_ASSIST_UNIT.UNIT_ID)
                .from(ITEM_ASSIST_UNIT)
                .join(ITEM).on(ITEM.ID.eq(ITEM_ASSIST_UNIT.ITEM_ID))
                .where(condition)
                .forEach(r -> assists.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(units.get(r.value2())));
        assists.values().forEach(list -> list.sort(Comparator.comparingInt(Unit::sortOrder).thenComparingLong(Unit::id)));
        return dsl.selectFrom(ITEM)
                .where(condition)
                .orderBy(ITEM.STATUS, ITEM.POSITION, ITEM.ID)
                .fetch(row -> toItem(row, units, assists.getOrDefault(row.getId(), List.of())));
    }

    private static Item toItem(ItemRecord row, Map<Long, Unit> units, List<Unit> assistUnits) {
        return new Item(row.getId(), row.getTitle(), row.getDetails(), row.getStatus(), row.getPosition(),
                row.getSource(), row.getCategory(), units.get(row.getLeadUnitId()), assistUnits,
                row.getOwner(), row.getLeader(), row.getAssignedOn(), row.getDeadline(), row.getClosedOn(),
                row.getClosingNote(), row.getWithdrawn(), row.getWithdrawnReason(), row.getCreatedAt(),
                row.getUpdatedAt(), row.getVersion());
    }

    private static void applyDraft(ItemRecord row, ItemDraft draft) {
        row.setTitle(draft.title().strip());
        row.setDetails(draft.details().strip());
        row.setSource(draft.source());
        row.setCategory(draft.category());
        row.setLeadUnitId(draft.leadUnitId());
        row.setOwner(draft.owner().strip());
        row.setLeader(blankToNull(draft.leader()));
        row.setAssignedOn(draft.assignedOn());
        row.setDeadline(draft.deadline());
    }

    private static void checkAssistUnits(ItemDraft draft) {
        if (draft.assistUnitIds().contains(draft.leadUnitId())) {
            throw new IllegalArgumentException(Messages.get("store.assistIsLead"));
        }
    }

    private static void insertAssistUnits(DSLContext db, long itemId, List<Long> unitIds) {
        for (Long unitId : unitIds.stream().distinct().toList()) {
            db.insertInto(ITEM_ASSIST_UNIT)
                    .set(ITEM_ASSIST_UNIT.ITEM_ID, itemId)
                    .set(ITEM_ASSIST_UNIT.UNIT_ID, unitId)
                    .execute();
        }
    }

    private static void requireVersion(Item current, int expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new ConcurrentChangeException(current.id(), current.title());
        }
    }

    private static void appendEvent(DSLContext db, long itemId, OffsetDateTime at, EventKind kind,
                                    Status from, Status to, Double fromPosition, Double toPosition,
                                    String changes, String note) {
        ItemEventRecord event = db.newRecord(ITEM_EVENT);
        event.setItemId(itemId);
        event.setAt(at);
        event.setKind(kind);
        event.setFromStatus(from);
        event.setToStatus(to);
        event.setFromPosition(fromPosition);
        event.setToPosition(toPosition);
        event.setChanges(changes);
        event.setNote(note);
        event.store();
    }

    /** The user-visible fields of a draft as readable values (unit names, ISO dates), for events. */
    private static Map<String, Object> describe(DSLContext db, ItemDraft draft) {
        Map<Long, String> unitNames = db.select(UNIT.ID, UNIT.NAME).from(UNIT).fetchMap(UNIT.ID, UNIT.NAME);
        Function<Long, String> name = id -> unitNames.getOrDefault(id, "#" + id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", draft.title().strip());
        fields.put("details", draft.details().strip());
        fields.put("source", draft.source().name());
        fields.put("category", draft.category().name());
        fields.put("leadUnit", name.apply(draft.leadUnitId()));
        fields.put("assistUnits", draft.assistUnitIds().stream().distinct().map(name).sorted().toList());
        fields.put("owner", draft.owner().strip());
        fields.put("leader", blankToNull(draft.leader()));
        fields.put("assignedOn", text(draft.assignedOn()));
        fields.put("deadline", text(draft.deadline()));
        return fields;
    }

    private static String json(Map<String, ?> fields) {
        return JSONValue.toJSONString(fields);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
