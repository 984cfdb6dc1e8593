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
 * @param deadline   办理时限 as assigned; an extension never changes it
 * @param workingDeadline  the newest extension's deadline, or {@code null} when never extended
 * @param assessedDeadline what 按时办结 is judged against after extensions, or {@code null}
 * @param returnCount      how often the item was sent back (退回重办)
 * @param activity         reports, reminders and extensions, as counts and latest dates
 * @param links            parent and children, series and attachments, as ids and counts
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
        int version,
        LocalDate workingDeadline,
        LocalDate assessedDeadline,
        int returnCount,
        ItemActivity activity,
        ItemLinks links) {

    /** An item with no parent, children, series or attachments. */
    public Item(long id, String title, String details, Status status, double position, Source source,
                Category category, Unit leadUnit, List<Unit> assistUnits, String owner, String leader,
                LocalDate assignedOn, LocalDate deadline, LocalDate closedOn, String closingNote, boolean withdrawn,
                String withdrawnReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
                LocalDate workingDeadline, LocalDate assessedDeadline, int returnCount, ItemActivity activity) {
        this(id, title, details, status, position, source, category, leadUnit, assistUnits, owner, leader, assignedOn,
                deadline, closedOn, closingNote, withdrawn, withdrawnReason, createdAt, updatedAt, version,
                workingDeadline, assessedDeadline, returnCount, activity, ItemLinks.NONE);
    }

    /** An item that was never extended, returned, reported on or chased. */
    public Item(long id, String title, String details, Status status, double position, Source source,
                Category category, Unit leadUnit, List<Unit> assistUnits, String owner, String leader,
                LocalDate assignedOn, LocalDate deadline, LocalDate closedOn, String closingNote, boolean withdrawn,
                String withdrawnReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {
        this(id, title, details, status, position, source, category, leadUnit, assistUnits, owner, leader, assignedOn,
                deadline, closedOn, closingNote, withdrawn, withdrawnReason, createdAt, updatedAt, version, null, null,
                0, ItemActivity.NONE);
    }

    public Item {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leadUnit, "leadUnit");
        Objects.requireNonNull(deadline, "deadline");
        details = details == null ? "" : details;
        assistUnits = List.copyOf(assistUnits);
        activity = activity == null ? ItemActivity.NONE : activity;
        links = links == null ? ItemLinks.NONE : links;
    }

    /** The deadline the unit works to now: the newest extension's, else the original. */
    public LocalDate currentDeadline() {
        return workingDeadline != null ? workingDeadline : deadline;
    }

    /** The deadline 按时办结 is judged against: extended only by extensions approved in time. */
    public LocalDate assessmentDeadline() {
        return assessedDeadline != null ? assessedDeadline : deadline;
    }

    /** Whether the item has an approved extension (已延期). */
    public boolean isExtended() {
        return workingDeadline != null;
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
                version, workingDeadline, assessedDeadline, returnCount, activity, links);
    }

    /** This item with {@code newLinks} in place of its links. */
    public Item withLinks(ItemLinks newLinks) {
        return new Item(id, title, details, status, position, source, category, leadUnit, assistUnits, owner,
                leader, assignedOn, deadline, closedOn, closingNote, withdrawn, withdrawnReason, createdAt,
                updatedAt, version, workingDeadline, assessedDeadline, returnCount, activity, newLinks);
    }

    public Optional<String> leaderName() {
        return Optional.ofNullable(leader).filter(name -> !name.isBlank());
    }

    public Optional<LocalDate> closedDate() {
        return Optional.ofNullable(closedOn);
    }
}
