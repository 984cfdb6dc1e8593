package duban.details;

import duban.domain.Category;
import duban.domain.EventChanges;
import duban.domain.EventKind;
import duban.domain.ItemEvent;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.domain.Status;
import duban.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns {@code item_event} rows into readable Chinese {@link HistoryEntry history entries}.
 * Pure Java: the changes column is read by {@link EventChanges}, and a value it cannot
 * read is shown as it is rather than failing, since the history must always be readable.
 */
public final class HistoryFormatter {

    /** Field values longer than this (in characters) are shortened with an ellipsis. */
    public static final int MAX_VALUE_LENGTH = 60;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String ELLIPSIS = "…";

    private HistoryFormatter() {
    }

    /** The entries of a history read oldest first (as the store returns it), newest first. */
    public static List<HistoryEntry> newestFirst(List<ItemEvent> oldestFirst) {
        List<HistoryEntry> entries = new ArrayList<>(oldestFirst.size());
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            entries.add(format(oldestFirst.get(i)));
        }
        return entries;
    }

    /** The readable entry of one event. */
    public static HistoryEntry format(ItemEvent event) {
        String when = event.at() == null ? "" : WHEN.format(event.at());
        Map<?, ?> changes = parseChanges(event.changes());
        List<String> changeLines = changes == null
                ? rawChanges(event.changes())
                : changeLines(event.kind(), changes);
        return new HistoryEntry(event.id(), event.kind(), when, event.kind().label(),
                summary(event, changes), changeLines, noteLine(event),
                event.operator() == null ? "" : event.operator().strip());
    }

    private static String summary(ItemEvent event, Map<?, ?> changes) {
        return switch (event.kind()) {
            case CREATE -> Messages.get("details.summary.create", label(orDefault(event.toStatus(), Status.ASSIGNED)));
            case EDIT -> changes == null || changes.isEmpty()
                    ? Messages.get("details.summary.editUnknown")
                    : Messages.get("details.summary.edit", changes.size());
            case MOVE -> event.fromStatus() != null && event.fromStatus() == event.toStatus()
                    ? Messages.get("details.summary.reorder", label(event.fromStatus()))
                    : Messages.get("details.summary.move", label(event.fromStatus()), label(event.toStatus()));
            case WITHDRAW -> Messages.get("details.summary.withdraw", label(event.fromStatus()));
            case RESTORE -> Messages.get("details.summary.restore", label(event.toStatus()));
            case REPORT -> Messages.get("details.summary.report");
            case REMIND -> Messages.get("details.summary.remind");
            case EXTEND -> Messages.get("details.summary.extend");
            case RETURN -> Messages.get("details.summary.return", label(event.fromStatus()), label(event.toStatus()));
            // The note is the number the notice was issued under.
            case NOTICE -> Messages.get("details.summary.notice", event.note() == null ? "" : event.note().strip());
            case SPLIT, ATTACH, DETACH, RECUR, END_SERIES -> event.kind().label();
        };
    }

    /**
     * A create records each field's first value; the other kinds record {@code [old, new]} pairs.
     * Empty first values are left out of a create: "责任领导: (空)" on registration says nothing.
     */
    private static List<String> changeLines(EventKind kind, Map<?, ?> changes) {
        List<String> lines = new ArrayList<>();
        if (kind == EventKind.RECUR || kind == EventKind.END_SERIES) {
            return lines; // 定期督办: the note says it all; the changes (series id, period) are for the record
        }
        changes.forEach((key, value) -> {
            String field = String.valueOf(key);
            if (kind == EventKind.CREATE || kind == EventKind.REPORT || kind == EventKind.REMIND) {
                if (!isEmptyValue(value)) {
                    lines.add(Messages.get("details.initial", fieldName(field), valueText(field, value)));
                }
            } else if (value instanceof List<?> pair && pair.size() == 2) {
                lines.add(Messages.get("details.change", fieldName(field),
                        valueText(field, pair.get(0)), valueText(field, pair.get(1))));
            } else {
                // Not the [old, new] shape the store writes: still show what is there.
                lines.add(Messages.get("details.initial", fieldName(field), valueText(field, value)));
            }
        });
        return lines;
    }

    private static String noteLine(ItemEvent event) {
        String note = event.note();
        if (note == null || note.isBlank()) {
            return "";
        }
        return switch (event.kind()) {
            case MOVE, WITHDRAW, RESTORE, EXTEND, RETURN, DETACH, END_SERIES -> Messages.get("details.reason", note.strip());
            case SPLIT, ATTACH, RECUR -> Messages.get("details.note", note.strip());
            case CREATE, EDIT, REPORT, REMIND -> Messages.get("details.note", note.strip());
            case NOTICE -> "";
        };
    }

    /** The changes object, or {@code null} when the text is absent, malformed or not an object. */
    private static Map<?, ?> parseChanges(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return EventChanges.parse(json);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static List<String> rawChanges(String json) {
        return List.of(json.strip());
    }

    /** The Chinese name of a field in the changes object; an unknown one shows as written. */
    static String fieldName(String field) {
        return switch (field) {
            case "title" -> Messages.get("details.field.title");
            case "details" -> Messages.get("details.field.details");
            case "source" -> Messages.get("details.field.source");
            case "category" -> Messages.get("details.field.category");
            case "leadUnit" -> Messages.get("details.field.leadUnit");
            case "assistUnits" -> Messages.get("details.field.assistUnits");
            case "owner" -> Messages.get("details.field.owner");
            case "leader" -> Messages.get("details.field.leader");
            case "assignedOn" -> Messages.get("details.field.assignedOn");
            case "deadline" -> Messages.get("details.field.deadline");
            case "closedOn" -> Messages.get("details.field.closedOn");
            case "closingNote" -> Messages.get("details.field.closingNote");
            case "withdrawnReason" -> Messages.get("details.field.withdrawnReason");
            case "reportedOn" -> Messages.get("details.field.reportedOn");
            case "reporter" -> Messages.get("details.field.reporter");
            case "content" -> Messages.get("details.field.content");
            case "remindedOn" -> Messages.get("details.field.remindedOn");
            case "method" -> Messages.get("details.field.method");
            case "level" -> Messages.get("details.field.level");
            case "noticeNumber" -> Messages.get("details.field.noticeNumber");
            case "workingDeadline" -> Messages.get("details.field.workingDeadline");
            case "assessedDeadline" -> Messages.get("details.field.assessedDeadline");
            case "approver" -> Messages.get("details.field.approver");
            case "approvedOn" -> Messages.get("details.field.approvedOn");
            case "returnCount" -> Messages.get("details.field.returnCount");
            default -> field;
        };
    }

    private static String valueText(String field, Object value) {
        if (value == null) {
            return Messages.get("details.value.null");
        }
        return switch (field) {
            case "source" -> codeLabel(value, Source::valueOf);
            case "category" -> codeLabel(value, Category::valueOf);
            case "method" -> codeLabel(value, duban.domain.ReminderMethod::valueOf);
            case "level" -> codeLabel(value, duban.domain.ReminderLevel::valueOf);
            case "assistUnits" -> unitNames(value);
            default -> plain(value);
        };
    }

    private static String unitNames(Object value) {
        if (!(value instanceof List<?> names)) {
            return plain(value);
        }
        if (names.isEmpty()) {
            return Messages.get("details.value.noUnits");
        }
        List<String> texts = names.stream().map(String::valueOf).toList();
        return shorten(String.join("、", texts));
    }

    private static String codeLabel(Object code, Function<String, ? extends Labeled> lookUp) {
        try {
            return lookUp.apply(String.valueOf(code)).label();
        } catch (IllegalArgumentException unknown) {
            return plain(code);
        }
    }

    private static String plain(Object value) {
        String text = String.valueOf(value);
        return text.isBlank() ? Messages.get("details.value.null") : shorten(text);
    }

    private static boolean isEmptyValue(Object value) {
        return value == null
                || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty();
    }

    /** One line of at most {@link #MAX_VALUE_LENGTH} characters: line breaks become spaces. */
    static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= MAX_VALUE_LENGTH) {
            return line;
        }
        int end = line.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1);
        return line.substring(0, end) + ELLIPSIS;
    }

    private static String label(Status status) {
        return status == null ? Messages.get("details.value.null") : status.label();
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
