package duban.safety;

import duban.store.StateReplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

/**
 * What the file says after a crash or a race, read with plain SQL: every item's row, its event
 * log, and the checks that the two agree (the state is the replay of the log, done by the
 * application's own {@link StateReplay}, one event per version) and that every change a worker
 * reported committed is in the log as reported.
 */
final class EventLogAudit {

    /** An item's row: the fields the workers change, and the version. */
    record ItemRow(long id, String status, double position, String title, String closedOn, int version) {
    }

    /** One {@code item_event} row. */
    record EventRow(long id, long itemId, String kind, String fromStatus, String toStatus, Double fromPosition,
                    Double toPosition, String changes) {
    }

    /**
     * A worker's {@code OK} line: item, the version it read and the one its write reached, MOVE/EDIT,
     * column, and position or title.
     */
    record Reported(long itemId, int versionRead, int version, String kind, String status, String value) {

        static boolean isComplete(String line) {
            return line.startsWith("OK ") && line.endsWith(" END");
        }

        static Reported parse(String line) {
            String[] parts = line.substring(0, line.length() - " END".length()).split(" ", 7);
            return new Reported(Long.parseLong(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                    parts[4], parts[5], parts[6]);
        }
    }

    final Map<Long, ItemRow> items = new LinkedHashMap<>();
    final Map<Long, List<EventRow>> events = new LinkedHashMap<>();

    private final DSLContext dsl;

    EventLogAudit(DSLContext dsl) {
        this.dsl = dsl;
        for (Record row : dsl.fetch("SELECT id, status, position, title, closed_on, version FROM item ORDER BY id")) {
            items.put(row.get(0, Long.class), new ItemRow(row.get(0, Long.class), row.get(1, String.class),
                    row.get(2, Double.class), row.get(3, String.class), row.get(4, String.class),
                    row.get(5, Integer.class)));
        }
        for (Record row : dsl.fetch("SELECT id, item_id, kind, from_status, to_status, from_position, to_position,"
                + " changes FROM item_event ORDER BY id")) {
            EventRow event = new EventRow(row.get(0, Long.class), row.get(1, Long.class), row.get(2, String.class),
                    row.get(3, String.class), row.get(4, String.class), row.get(5, Double.class),
                    row.get(6, Double.class), row.get(7, String.class));
            events.computeIfAbsent(event.itemId(), id -> new ArrayList<>()).add(event);
        }
    }

    int versionSum() {
        return items.values().stream().mapToInt(ItemRow::version).sum();
    }

    int eventCount() {
        return events.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Replays every item's log from its CREATE and compares with its row ({@link StateReplay}, as
     * {@code --verify} does), and adds what holds in the crash test's file only: each move starts
     * where the previous event left the item, the position is the replayed one (no column was laid
     * out afresh), and one event per version. Returns the disagreements (empty when all is well).
     */
    List<String> replayMismatches() {
        StateReplay.Result result = dsl.connectionResult(StateReplay::check);
        List<String> problems = new ArrayList<>();
        result.withoutCreate().forEach(item -> problems.add("item " + item.itemId() + ": log does not start with CREATE"));
        result.differences().forEach(difference -> problems.add("item " + difference.itemId() + " has "
                + difference.field() + " " + difference.inRow() + " but its log replays to " + difference.fromHistory()));
        for (StateReplay.Replayed replayed : result.replayed().values()) {
            ItemRow item = items.get(replayed.itemId());
            if (!Objects.equals(replayed.position(), item.position())) {
                problems.add("item " + item.id() + " is at " + item.position() + " but its log replays to "
                        + replayed.position());
            }
            List<EventRow> log = events.get(item.id());
            if (log.size() != item.version() || replayed.rowChanges() != item.version()) {
                problems.add("item " + item.id() + ": version " + item.version() + " but " + log.size() + " events");
            }
            String status = log.get(0).toStatus();
            Double position = log.get(0).toPosition();
            for (EventRow event : log.subList(1, log.size())) {
                if (event.kind().equals("MOVE")) {
                    if (!Objects.equals(event.fromStatus(), status) || !Objects.equals(event.fromPosition(), position)) {
                        problems.add("event " + event.id() + " moves from " + event.fromStatus() + "@"
                                + event.fromPosition() + " but the item was at " + status + "@" + position);
                    }
                    status = event.toStatus();
                    position = event.toPosition();
                }
            }
        }
        return problems;
    }

    /** Whether the event that took {@code reported.itemId()} to {@code reported.version()} is in the log as reported. */
    String checkReported(Reported reported) {
        List<EventRow> log = events.getOrDefault(reported.itemId(), List.of());
        if (log.size() < reported.version()) {
            return "lost: " + reported + " (the item has only " + log.size() + " events)";
        }
        EventRow event = log.get(reported.version() - 1);
        boolean matches = event.kind().equals(reported.kind()) && switch (reported.kind()) {
            case "MOVE" -> event.toStatus().equals(reported.status())
                    && event.toPosition() == Double.parseDouble(reported.value());
            case "EDIT" -> reported.value().equals(((List<?>) json(event.changes()).get("title")).get(1));
            default -> false;
        };
        return matches ? null : "event " + event + " is not the reported " + reported;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        try {
            return (Map<String, Object>) new JSONParser().parse(text);
        } catch (ParseException e) {
            throw new IllegalStateException("event changes are not JSON: " + text, e);
        }
    }
}
