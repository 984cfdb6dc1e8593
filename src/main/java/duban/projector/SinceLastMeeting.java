package duban.projector;

import duban.domain.Counting;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What changed since the last meeting, judged against its date: an item assigned or closed
 * after that day, or whose deadline passed after it (it was not yet overdue at the meeting and
 * is now). "After the meeting day" makes the default, 7 days ago, cover exactly one week.
 */
public final class SinceLastMeeting {

    private final LocalDate lastMeeting;
    private final Deadlines deadlines;

    public SinceLastMeeting(LocalDate lastMeeting, Deadlines deadlines) {
        this.lastMeeting = Objects.requireNonNull(lastMeeting, "lastMeeting");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    public LocalDate lastMeeting() {
        return lastMeeting;
    }

    /** The markers of {@code item}, in the order they are shown. */
    public List<MeetingMarker> markersOf(Item item) {
        List<MeetingMarker> markers = new ArrayList<>(2);
        if (item.withdrawn()) {
            return markers;
        }
        if (isNew(item)) {
            markers.add(MeetingMarker.NEW);
        }
        if (isClosedSince(item)) {
            markers.add(MeetingMarker.CLOSED_SINCE);
        }
        if (isNewlyOverdue(item)) {
            markers.add(MeetingMarker.NEWLY_OVERDUE);
        }
        return markers;
    }

    /** The counts of the summary line over {@code items}, as {@link Counting} counts (withdrawn ones never). */
    public Summary summarize(Collection<Item> items) {
        int created = 0;
        int closed = 0;
        int newlyOverdue = 0;
        for (Item item : items) {
            if (!Counting.counts(item)) {
                continue;
            }
            created += isNew(item) ? 1 : 0;
            closed += isClosedSince(item) ? 1 : 0;
            newlyOverdue += isNewlyOverdue(item) ? 1 : 0;
        }
        return new Summary(created, closed, newlyOverdue);
    }

    /**
     * 新增: assigned (交办日期) after the meeting day. Not the registration time: a task list imported
     * today, or a 批示 registered late, is new to the meeting only when it was assigned since.
     */
    private boolean isNew(Item item) {
        return item.assignedOn().isAfter(lastMeeting);
    }

    private boolean isClosedSince(Item item) {
        return item.status().isClosed() && item.closedOn() != null && item.closedOn().isAfter(lastMeeting);
    }

    /** Overdue now, while at the meeting day the deadline had not yet passed (due that day is not overdue). */
    private boolean isNewlyOverdue(Item item) {
        return deadlines.stateOf(item) == DeadlineState.OVERDUE && !item.currentDeadline().isBefore(lastMeeting);
    }

    /** The three counts of the summary line “本周新增 5 项，办结 8 项，新增逾期 2 项”. */
    public record Summary(int created, int closed, int newlyOverdue) {
    }
}
