package duban.projector;

import duban.domain.DeadlineState;
import java.util.List;

/**
 * What one card on the projector shows, read from afar.
 *
 * @param stateText the deadline state in words with the days, e.g. 逾期 5 天
 * @param key       whether the item is 重点督办
 */
public record ProjectorCard(long id, String title, String leadUnit, DeadlineState state, String stateText,
                            boolean key, List<MeetingMarker> markers) {

    public ProjectorCard {
        markers = List.copyOf(markers);
    }
}
