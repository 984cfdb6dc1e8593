package duban.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One supervised item (督办事项) as stored: what it is, who answers for it, where it stands.
 *
 * @param position   the order inside its column, ascending
 * @param leader     责任领导, or {@code null}
 * @param closedOn   办结日期, set exactly when the item is {@link Status#CLOSED}
 * @param version    the optimistic-locking version every write checks and bumps
 */
public record Item(
        long id,
        String title,
        String details,
        Status status,
        double position,
        Source source,
        Category category,
        Unit leadUnit,
        List<Unit> assistUnits,
        String owner,
        String leader,
        LocalDate assignedOn,
        LocalDate deadline,
        LocalDate closedOn,
        String closingNote,
        boolean withdrawn,
        String withdrawnReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version) {

    public Item {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leadUnit, "leadUnit");
        Objects.requireNonNull(deadline, "deadline");
        details = details == null ? "" : details;
        assistUnits = List.copyOf(assistUnits);
    }

    /**
     * This item as it will be once moved to {@code to}, before the store has answered: what the
     * board shows at once after a drop (closing date and note set when closing, cleared when
     * reopening). The position is left for the store to decide.
     */
    public Item movedTo(Status to, LocalDate newClosedOn, String newClosingNote) {
        return new Item(id, title, details, to, position, source, category, leadUnit, assistUnits, owner,
                leader, assignedOn, deadline, to.isClosed() ? newClosedOn : null,
                to.isClosed() ? newClosingNote : null, withdrawn, withdrawnReason, createdAt, updatedAt,
                version);
    }

    public Optional<String> leaderName() {
        return Optional.ofNullable(leader).filter(name -> !name.isBlank());
    }

    public Optional<LocalDate> closedDate() {
        return Optional.ofNullable(closedOn);
    }
}
