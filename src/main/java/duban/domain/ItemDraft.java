package duban.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The fields of an item that a user enters when registering or editing it; the store assigns
 * id, status, position, timestamps and version.
 *
 * @param leader 责任领导, or {@code null}
 */
public record ItemDraft(
        String title,
        String details,
        Source source,
        Category category,
        long leadUnitId,
        List<Long> assistUnitIds,
        String owner,
        String leader,
        LocalDate assignedOn,
        LocalDate deadline) {

    public ItemDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(assignedOn, "assignedOn");
        Objects.requireNonNull(deadline, "deadline");
        details = details == null ? "" : details;
        assistUnitIds = List.copyOf(assistUnitIds);
    }

    /** The draft of an existing item, to be changed and saved back. */
    public static ItemDraft of(Item item) {
        return new ItemDraft(item.title(), item.details(), item.source(), item.category(),
                item.leadUnit().id(), item.assistUnits().stream().map(Unit::id).toList(),
                item.owner(), item.leader(), item.assignedOn(), item.deadline());
    }
}
