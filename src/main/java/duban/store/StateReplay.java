package duban.store;


import duban.domain.EventChain;

import duban.domain.EventChanges;
import duban.domain.Labeled;
import duban.i18n.Messages;
import duban.domain.EventChain.Content;
import duban.domain.EventChain.Stored;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The state of every item replayed from its history and compared with its row, field by field:
 * what {@code --verify} and 校验台账 add to the hash chain, which covers the history but not the
 * items. Each kind of event is replayed as the store writes it (ItemStore, WorkflowStore): CREATE
 * sets every field it records, EDIT the fields it lists, MOVE and RETURN the column, the closing
 * date and note and the return count, WITHDRAW and RESTORE the withdrawal, EXTEND the working and
 * assessed deadlines; REPORT, REMIND and NOTICE (a 督办通知单 issued, DocumentStore) leave the row
 * alone. A field the history does not record (a CREATE of an older version without it) is not
 * compared. The position inside a column is not compared either: laying a crowded column out afresh
 * changes positions without an event.
 * Reads with plain SQL on the connection it is given, and writes nothing.
 */
public final class StateReplay {

    /** A field of an item that its history records; {@link #label()} is its Chinese name (办理时限, 牵头单位 …). */
    public enum Field implements Labeled {
        TITLE, DETAILS, SOURCE, CATEGORY, LEAD_UNIT, ASSIST_UNITS, OWNER, LEADER, ASSIGNED_ON, DEADLINE, STATUS,
        CLOSED_ON, CLOSING_NOTE, WITHDRAWN, WITHDRAWN_REASON, WORKING_DEADLINE, ASSESSED_DEADLINE, RETURN_COUNT;

        @Override
        public String labelPrefix() {
            return "replay.field";
        }
    }

    /** An item's row disagrees with its history in {@code field}; the values as the row and the history have them. */
    public record Difference(long itemId, String title, Field field, String inRow, String fromHistory) {

        /** {@code value} as a user reads it: column and category names in Chinese, 是/否, (空) for nothing. */
        public static String shown(Field field, String value) {
            if (value == null || value.isEmpty()) {
                return Messages.get("replay.value.empty");
            }
            return switch (field) {
                case STATUS -> label("status." + value, value);
                case SOURCE -> label("source." + value, value);
                case CATEGORY -> label("category." + value, value);
                case WITHDRAWN -> "1".equals(value) ? Messages.get("replay.value.yes") : Messages.get("replay.value.no");
                default -> value;
            };
        }

        private static String label(String key, String value) {
            return Messages.has(key) ? Messages.get(key) : value;
        }
    }

    /** An item whose history does not begin with its CREATE (missing, or deleted with the rest). */
    public record WithoutCreate(long itemId, String title) {
    }

    /**
     * One item as its history leaves it: the fields it records, its position, and how many of its
     * events change the row (and so its version).
     */
    public record Replayed(long itemId, Map<Field, String> fields, Double position, int rowChanges) {
    }

    /** The outcome: items compared, their differences in item order, items without a CREATE. */
    public record Result(int itemsChecked, List<Difference> differences, List<WithoutCreate> withoutCreate,
                         Map<Long, Replayed> replayed) {

        /** Whether every item has its CREATE and equals the replay of its history. */
        public boolean intact() {
            return differences.isEmpty() && withoutCreate.isEmpty();
        }
    }

    /** The kinds of event written beside the item's row, which neither change it nor bump its version. */
    private static final java.util.Set<String> ROW_UNCHANGED = java.util.Set.of("REPORT", "REMIND", "NOTICE",
            "ATTACH", "DETACH");

    private StateReplay() {
    }

    /** Replays every item's history on {@code connection} (schema version 3 or newer) and compares. */
    public static Result check(Connection connection) throws SQLException {
        Map<Long, Map<Field, String>> rows = readRows(connection);
        Map<Long, List<Content>> histories = new LinkedHashMap<>();
        for (Stored event : EventRows.read(connection, 0)) {
            histories.computeIfAbsent(event.content().itemId(), id -> new ArrayList<>()).add(event.content());
        }
        List<Difference> differences = new ArrayList<>();
        List<WithoutCreate> withoutCreate = new ArrayList<>();
        Map<Long, Replayed> replayed = new LinkedHashMap<>();
        for (Map.Entry<Long, Map<Field, String>> item : rows.entrySet()) {
            long id = item.getKey();
            Map<Field, String> row = item.getValue();
            List<Content> history = histories.getOrDefault(id, List.of());
            if (history.isEmpty() || !"CREATE".equals(history.get(0).kind())) {
                withoutCreate.add(new WithoutCreate(id, row.get(Field.TITLE)));
                continue;
            }
            Replayed state = replay(id, history);
            replayed.put(id, state);
            state.fields().forEach((field, fromHistory) -> {
                if (!Objects.equals(row.get(field), fromHistory)) {
                    differences.add(new Difference(id, row.get(Field.TITLE), field, row.get(field), fromHistory));
                }
            });
        }
        return new Result(rows.size(), differences, withoutCreate, replayed);
    }

    /** Replays one item's history, which starts with its CREATE. */
    static Replayed replay(long itemId, List<Content> history) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        Double position = null;
        int rowChanges = 0;
        for (Content event : history) {
            Map<String, Object> changes = json(event.changes());
            switch (event.kind()) {
                case "CREATE" -> {
                    CREATE_KEYS.forEach((key, field) -> {
                        if (changes.containsKey(key)) {
                            fields.put(field, text(changes.get(key)));
                        }
                    });
                    fields.put(Field.STATUS, event.toStatus());
                    // What registering an item leaves empty: no closing, withdrawal, extension or return yet.
                    fields.put(Field.CLOSED_ON, null);
                    fields.put(Field.CLOSING_NOTE, null);
                    fields.put(Field.WITHDRAWN, "0");
                    fields.put(Field.WITHDRAWN_REASON, null);
                    fields.put(Field.WORKING_DEADLINE, null);
                    fields.put(Field.ASSESSED_DEADLINE, null);
                    fields.put(Field.RETURN_COUNT, "0");
                    position = event.toPosition();
                }
                case "EDIT" -> CREATE_KEYS.forEach((key, field) -> {
                    if (changes.containsKey(key)) {
                        fields.put(field, newValue(changes.get(key)));
                    }
                });
                case "MOVE", "RETURN" -> {
                    fields.put(Field.STATUS, event.toStatus());
                    position = event.toPosition();
                    MOVE_KEYS.forEach((key, field) -> {
                        if (changes.containsKey(key)) {
                            fields.put(field, newValue(changes.get(key)));
                        }
                    });
                }
                case "WITHDRAW" -> {
                    fields.put(Field.WITHDRAWN, "1");
                    fields.put(Field.WITHDRAWN_REASON, event.note());
                }
                case "RESTORE" -> {
                    fields.put(Field.WITHDRAWN, "0");
                    fields.put(Field.WITHDRAWN_REASON, null);
                    if (event.toStatus() != null) {
                        fields.put(Field.STATUS, event.toStatus());
                    }
                    position = event.toPosition();
                }
                case "EXTEND" -> extend(fields, changes);
                default -> {
                    // REPORT, REMIND, NOTICE (and kinds of a later version): the row is not changed
                }
            }
            if (!ROW_UNCHANGED.contains(event.kind())) {
                rowChanges++;
            }
        }
        return new Replayed(itemId, fields, position, rowChanges);
    }

    /**
     * An approved extension, as WorkflowStore.extend writes it: the new deadline is worked to; the
     * assessed deadline changes only when the event says so, and the row keeps it only when it
     * differs from the original deadline (it is empty otherwise).
     */
    private static void extend(Map<Field, String> fields, Map<String, Object> changes) {
        if (changes.containsKey("workingDeadline")) {
            fields.put(Field.WORKING_DEADLINE, newValue(changes.get("workingDeadline")));
        }
        if (!fields.containsKey(Field.DEADLINE)) {
            fields.remove(Field.ASSESSED_DEADLINE); // not recorded: cannot be compared
            return;
        }
        String deadline = fields.get(Field.DEADLINE);
        String assessedBefore = fields.containsKey(Field.ASSESSED_DEADLINE) && fields.get(Field.ASSESSED_DEADLINE) != null
                ? fields.get(Field.ASSESSED_DEADLINE) : deadline;
        String assessedAfter = changes.containsKey("assessedDeadline")
                ? newValue(changes.get("assessedDeadline")) : assessedBefore;
        fields.put(Field.ASSESSED_DEADLINE, Objects.equals(assessedAfter, deadline) ? null : assessedAfter);
    }

    /** The fields a CREATE records and an EDIT may change, by their key in the event's changes. */
    private static final Map<String, Field> CREATE_KEYS = orderedMap(
            "title", Field.TITLE, "details", Field.DETAILS, "source", Field.SOURCE, "category", Field.CATEGORY,
            "leadUnit", Field.LEAD_UNIT, "assistUnits", Field.ASSIST_UNITS, "owner", Field.OWNER,
            "leader", Field.LEADER, "assignedOn", Field.ASSIGNED_ON, "deadline", Field.DEADLINE);

    /** What a move may change besides the column: closing date and note, return count. */
    private static final Map<String, Field> MOVE_KEYS = orderedMap(
            "closedOn", Field.CLOSED_ON, "closingNote", Field.CLOSING_NOTE, "returnCount", Field.RETURN_COUNT);

    private static Map<String, Field> orderedMap(Object... pairs) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Field) pairs[i + 1]);
        }
        return map;
    }

    /** Every item's row in the form the replay gives: codes, ISO dates, unit names, sorted assisting units. */
    private static Map<Long, Map<Field, String>> readRows(Connection connection) throws SQLException {
        Map<Long, Map<Field, String>> rows = new TreeMap<>();
        Map<Long, List<String>> assists = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT item_id, name FROM item_assist_unit"
                    + " JOIN unit ON unit.id = item_assist_unit.unit_id")) {
                while (result.next()) {
                    assists.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(result.getString(2));
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT item.id, title, details, source, category,"
                    + " unit.name, owner, leader, assigned_on, deadline, status, closed_on, closing_note, withdrawn,"
                    + " withdrawn_reason, working_deadline, assessed_deadline, return_count"
                    + " FROM item LEFT JOIN unit ON unit.id = item.lead_unit_id")) {
                Field[] columns = {Field.TITLE, Field.DETAILS, Field.SOURCE, Field.CATEGORY, Field.LEAD_UNIT,
                        Field.OWNER, Field.LEADER, Field.ASSIGNED_ON, Field.DEADLINE, Field.STATUS, Field.CLOSED_ON,
                        Field.CLOSING_NOTE, Field.WITHDRAWN, Field.WITHDRAWN_REASON, Field.WORKING_DEADLINE,
                        Field.ASSESSED_DEADLINE, Field.RETURN_COUNT};
                while (result.next()) {
                    long id = result.getLong(1);
                    Map<Field, String> row = new EnumMap<>(Field.class);
                    for (int i = 0; i < columns.length; i++) {
                        row.put(columns[i], text(result, i + 2));
                    }
                    row.put(Field.ASSIST_UNITS, units(assists.getOrDefault(id, List.of())));
                    rows.put(id, row);
                }
            }
        }
        return rows;
    }

    /**
     * A column as the replay writes it: a server's BOOLEAN (withdrawn) as SQLite's 0/1, every other
     * value as the database's text (a file's integer stays as it is, so that a hand-written 2 still
     * differs from the history's 1).
     */
    private static String text(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value instanceof Boolean flag) {
            return flag ? "1" : "0";
        }
        return result.getString(column);
    }

    /** Assisting units as one text, sorted by name: their order in an event changed between versions. */
    private static String units(List<?> names) {
        return names.stream().map(String::valueOf).sorted().reduce((a, b) -> a + "、" + b).orElse(null);
    }

    private static String newValue(Object change) {
        return change instanceof List<?> pair && pair.size() == 2 ? text(pair.get(1)) : text(change);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return units(list);
        }
        return value == null ? null : String.valueOf(value);
    }

    private static Map<String, Object> json(String text) {
        try {
            return EventChanges.parse(text);
        } catch (IllegalArgumentException e) {
            return Map.of(); // not written by the application; the hash chain names such an event
        }
    }
}
