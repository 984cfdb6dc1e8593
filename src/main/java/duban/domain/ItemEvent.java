package duban.domain;

import java.time.OffsetDateTime;

/**
 * One row of an item's append-only history.
 *
 * @param fromStatus   the column before a move, or {@code null}
 * @param toStatus     the column after a create or move, or {@code null}
 * @param changes      a short JSON object of the changed fields, or {@code null}
 * @param note         a reason or remark given with the change, or {@code null}
 */
public record ItemEvent(
        long id,
        long itemId,
        OffsetDateTime at,
        EventKind kind,
        Status fromStatus,
        Status toStatus,
        Double fromPosition,
        Double toPosition,
        String changes,
        String note) {
}
