package duban.domain;

import java.time.OffsetDateTime;

/**
 * One row of an item's append-only history.
 *
 * @param fromStatus   the column before a move, or {@code null}
 * @param toStatus     the column after a create or move, or {@code null}
 * @param changes      a short JSON object of the changed fields, or {@code null}
 * @param note         a reason or remark given with the change, or {@code null}
 * @param operator     who made the change (操作人) as the office names them: the name set in 设置 on
 *                     a file, the staff name of the login role on a server (the login when it has
 *                     none); {@code null} for events written before schema version 5
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
        String note,
        String operator) {

    /** An event that names no operator, as every event before schema version 5. */
    public ItemEvent(long id, long itemId, OffsetDateTime at, EventKind kind, Status fromStatus, Status toStatus,
                     Double fromPosition, Double toPosition, String changes, String note) {
        this(id, itemId, at, kind, fromStatus, toStatus, fromPosition, toPosition, changes, note, null);
    }
}
