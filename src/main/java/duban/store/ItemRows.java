package duban.store;

import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.ITEM_ASSIST_UNIT;
import static duban.store.generated.Tables.ITEM_EVENT;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemNotFoundException;
import duban.domain.Positions;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.store.generated.tables.records.ItemEventRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONValue;

/**
 * The lowest level of writing items, inside a caller's transaction: inserting one with its CREATE
 * event, appending an event to the chained history, reading one back. {@link ItemStore} is built on
 * it, and so is what runs inside a move (the next 定期督办 occurrence, {@link RecurrenceOccurrences}),
 * which therefore does not need {@link ItemStore} itself: no store class depends on one that
 * depends on it.
 */
final class ItemRows {

    private ItemRows() {
    }

    /** The time a write is stamped with: {@code clock}'s now, to the millisecond as stored. */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** One item, withdrawn or not, read through the connection's kept queries. */
    static Item find(DSLContext dsl, long itemId) {
        List<Item> found = KeptQueries.of(dsl).item(dsl.configuration(), itemId);
        if (found.isEmpty()) {
            throw new ItemNotFoundException(itemId);
        }
        return found.get(0);
    }

    /**
     * Inserts an item at the bottom of 交办 with its CREATE event, inside the caller's transaction
     * ({@code dsl} must be the transaction's). A {@code parent} makes it a sub-item
     * (事项分解); its CREATE event then names the parent.
     */
    static Item insert(DSLContext dsl, OffsetDateTime now, String operator, ItemDraft draft, Item parent) {
        checkAssistUnits(draft);
        Double last = dsl.select(DSL.max(ITEM.POSITION)).from(ITEM)
                .where(ITEM.STATUS.eq(Status.ASSIGNED)).fetchOne(0, Double.class);
        double position = Positions.after(last);
        long id = dsl.insertInto(ITEM)
                .set(draftValues(draft))
                .set(ITEM.STATUS, Status.ASSIGNED)
                .set(ITEM.POSITION, position)
                .set(ITEM.WITHDRAWN, false)
                .set(ITEM.CREATED_AT, now)
                .set(ITEM.UPDATED_AT, now)
                .set(ITEM.VERSION, 1)
                .set(ITEM.PARENT_ID, parent == null ? null : parent.id())
                .returning(ITEM.ID)
                .fetchOne(ITEM.ID);
        insertAssistUnits(dsl, id, draft.assistUnitIds());
        Map<String, Object> fields = describe(dsl, draft);
        if (parent != null) {
            fields.put("parent", parent.title());
        }
        appendEvent(dsl, id, now, EventKind.CREATE, null, Status.ASSIGNED, null, position,
                json(fields), null, operator);
        return find(dsl, id);
    }


    /** The columns a draft sets, trimmed as stored. */
    static Map<Field<?>, Object> draftValues(ItemDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ITEM.TITLE, draft.title().strip());
        values.put(ITEM.DETAILS, draft.details().strip());
        values.put(ITEM.SOURCE, draft.source());
        values.put(ITEM.CATEGORY, draft.category());
        values.put(ITEM.LEAD_UNIT_ID, draft.leadUnitId());
        values.put(ITEM.OWNER, draft.owner().strip());
        values.put(ITEM.LEADER, blankToNull(draft.leader()));
        values.put(ITEM.ASSIGNED_ON, draft.assignedOn());
        values.put(ITEM.DEADLINE, draft.deadline());
        return values;
    }


    /** Refuses a draft whose 协办单位 include its 牵头单位. */
    static void checkAssistUnits(ItemDraft draft) {
        if (draft.assistUnitIds().contains(draft.leadUnitId())) {
            throw new IllegalArgumentException(Messages.get("store.assistIsLead"));
        }
    }


    /** Writes the item's 协办单位 rows. */
    static void insertAssistUnits(DSLContext db, long itemId, List<Long> unitIds) {
        for (Long unitId : unitIds.stream().distinct().toList()) {
            db.insertInto(ITEM_ASSIST_UNIT)
                    .set(ITEM_ASSIST_UNIT.ITEM_ID, itemId)
                    .set(ITEM_ASSIST_UNIT.UNIT_ID, unitId)
                    .execute();
        }
    }


    /** Appends an event to the item's history, numbered after the last and chained onto its hash. */
    static void appendEvent(DSLContext db, long itemId, OffsetDateTime at, EventKind kind,
                                    Status from, Status to, Double fromPosition, Double toPosition,
                                    String changes, String note, String operator) {
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
        event.setOperator(operator);
        // Numbered after the last event and hashed onto it (the tamper-evident chain).
        EventChainStore.chain(db, event);
        KeptQueries.of(db).insertEvent(db.configuration(), event);
    }


    /** The user-visible fields of a draft as readable values (unit names, ISO dates), for events. */
    static Map<String, Object> describe(DSLContext db, ItemDraft draft) {
        Map<Long, Unit> units = new UnitStore(db).byId();
        Function<Long, String> name = id -> units.containsKey(id) ? units.get(id).name() : "#" + id;
        // Assisting units in display order, as the board and the details panel list them.
        Comparator<Long> displayOrder = Comparator.comparing(
                (Long id) -> units.containsKey(id) ? units.get(id).sortOrder() : Integer.MAX_VALUE)
                .thenComparing(Function.identity());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", draft.title().strip());
        fields.put("details", draft.details().strip());
        fields.put("source", draft.source().name());
        fields.put("category", draft.category().name());
        fields.put("leadUnit", name.apply(draft.leadUnitId()));
        fields.put("assistUnits", draft.assistUnitIds().stream().distinct().sorted(displayOrder).map(name).toList());
        fields.put("owner", draft.owner().strip());
        fields.put("leader", blankToNull(draft.leader()));
        fields.put("assignedOn", text(draft.assignedOn()));
        fields.put("deadline", text(draft.deadline()));
        return fields;
    }


    /** The JSON object an event's changes column holds. */
    static String json(Map<String, ?> fields) {
        return JSONValue.toJSONString(fields);
    }


    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
