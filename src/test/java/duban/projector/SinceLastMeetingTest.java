package duban.projector;

import static duban.projector.MeetingBoard.DEADLINES;
import static duban.projector.MeetingBoard.LAST_MEETING;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The since-last-meeting markers and counts over the fixed data set, worked out by hand in MeetingBoard. */
class SinceLastMeetingTest {

    private final SinceLastMeeting since = new SinceLastMeeting(LAST_MEETING, DEADLINES);

    @Test
    void marksWhatWasRegisteredClosedOrFellOverdueAfterTheMeetingDay() {
        Map<Long, List<MeetingMarker>> marked = new LinkedHashMap<>();
        for (Item item : MeetingBoard.items()) {
            List<MeetingMarker> markers = since.markersOf(item);
            if (!markers.isEmpty()) {
                marked.put(item.id(), markers);
            }
        }
        assertThat(marked).containsExactly(
                Map.entry(1L, List.of(MeetingMarker.NEW)),
                Map.entry(3L, List.of(MeetingMarker.NEWLY_OVERDUE)),
                // due on the meeting day: not overdue then, overdue now
                Map.entry(5L, List.of(MeetingMarker.NEWLY_OVERDUE)),
                Map.entry(6L, List.of(MeetingMarker.NEW)),
                Map.entry(7L, List.of(MeetingMarker.CLOSED_SINCE)),
                Map.entry(8L, List.of(MeetingMarker.CLOSED_SINCE)),
                Map.entry(12L, List.of(MeetingMarker.NEW)));
    }

    @Test
    void countsTheSummaryWithoutWithdrawnItems() {
        assertThat(since.summarize(MeetingBoard.items())).isEqualTo(new SinceLastMeeting.Summary(3, 2, 2));
    }

    @Test
    void anEarlierMeetingCoversMore() {
        SinceLastMeeting fortnight = new SinceLastMeeting(LAST_MEETING.minusDays(1), DEADLINES);
        // 5 (registered 11-14) is new now; 9 (closed 11-14) closed since.
        assertThat(fortnight.summarize(MeetingBoard.items())).isEqualTo(new SinceLastMeeting.Summary(4, 3, 2));
        assertThat(fortnight.markersOf(MeetingBoard.items().get(4)))
                .containsExactly(MeetingMarker.NEW, MeetingMarker.NEWLY_OVERDUE);
    }

    @Test
    void aMeetingAfterTheDeadlinesMarksNothingNewlyOverdue() {
        SinceLastMeeting yesterday = new SinceLastMeeting(MeetingBoard.TODAY.minusDays(1), DEADLINES);
        assertThat(yesterday.summarize(MeetingBoard.items())).isEqualTo(new SinceLastMeeting.Summary(1, 0, 0));
    }
}
