package duban.details;

import duban.domain.EventKind;
import java.util.List;
import java.util.Objects;

/**
 * One line of an item's 办理记录 as the panel shows it: plain Chinese text, ready to display.
 *
 * @param eventId     the {@code item_event} row it was made from
 * @param kind        what happened, for styling
 * @param when        the time in the event's own offset, e.g. {@code 2026-11-21 10:15}
 * @param what        the kind in words: 登记, 修改, 移动, 撤销督办, 恢复督办
 * @param summary     one line, e.g. {@code 交办 → 办理中}
 * @param changeLines the changed fields, e.g. {@code 办理时限: 2026-11-30 → 2026-12-15}
 * @param noteLine    the reason given, e.g. {@code 原因: 材料不全}, or an empty string
 * @param operator    who did it (操作人), e.g. {@code 张三}, or an empty string for an event written
 *                    before the history named its operators
 */
public record HistoryEntry(
        long eventId,
        EventKind kind,
        String when,
        String what,
        String summary,
        List<String> changeLines,
        String noteLine,
        String operator) {

    public HistoryEntry {
        Objects.requireNonNull(kind, "kind");
        when = Objects.requireNonNullElse(when, "");
        what = Objects.requireNonNullElse(what, "");
        summary = Objects.requireNonNullElse(summary, "");
        changeLines = List.copyOf(changeLines);
        noteLine = Objects.requireNonNullElse(noteLine, "");
        operator = Objects.requireNonNullElse(operator, "");
    }

    /** Whether the event names who did it. */
    public boolean hasOperator() {
        return !operator.isEmpty();
    }

    public boolean hasNote() {
        return !noteLine.isEmpty();
    }
}
