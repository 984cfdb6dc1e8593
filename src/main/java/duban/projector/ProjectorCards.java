package duban.projector;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.Comparator;

/** How the projector orders a column's items and words an item as a card. Plain Java: no JavaFX. */
final class ProjectorCards {

    private ProjectorCards() {
    }

    /** Open columns: the most pressing deadline first; 办结销号: the latest closed first. */
    static Comparator<Item> orderIn(Status status) {
        Comparator<Item> byPosition = Comparator.comparingDouble(Item::position).thenComparingLong(Item::id);
        if (status.isClosed()) {
            return Comparator.comparing((Item item) -> item.closedOn() == null ? LocalDate.MIN : item.closedOn())
                    .reversed().thenComparing(byPosition);
        }
        return Comparator.comparing(Item::currentDeadline).thenComparing(byPosition);
    }

    /** {@code item} as a card: its deadline state in words and its since-last-meeting markers. */
    static ProjectorCard of(Item item, Deadlines deadlines, SinceLastMeeting since) {
        DeadlineState state = deadlines.stateOf(item);
        long daysLeft = deadlines.daysLeft(item);
        String stateText = switch (state) {
            case OVERDUE -> Messages.get("projector.state.overdue", -daysLeft);
            case DUE_SOON -> daysLeft == 0 ? Messages.get("projector.state.dueToday")
                    : Messages.get("projector.state.dueSoon", daysLeft);
            case NORMAL -> Messages.get("projector.state.normal", daysLeft);
            case CLOSED_ON_TIME -> Messages.get("projector.state.closedOnTime");
            case CLOSED_LATE -> Messages.get("projector.state.closedLate", Deadlines.daysLate(item));
        };
        return new ProjectorCard(item.id(), item.title(), item.leadUnit().name(), state, stateText,
                item.category() == Category.KEY, since.markersOf(item));
    }
}
