package duban.domain.recurrence;

import java.time.LocalDate;

/**
 * A 定期督办 series: the rule its occurrences follow, and whether and why it was ended.
 *
 * @param endedOn   the day the office ended it, or {@code null} while it runs
 * @param endReason why it was ended, set exactly with {@code endedOn}
 */
public record RecurrenceSeries(long id, RecurrenceRule rule, LocalDate startedOn, LocalDate endedOn,
                               String endReason) {

    public boolean ended() {
        return endedOn != null;
    }
}
