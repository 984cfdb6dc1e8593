package duban.domain.recurrence;

import duban.domain.Status;
import java.time.LocalDate;

/**
 * One occurrence of a 定期督办 series as the details panel lists it.
 *
 * @param number      第 N 期, counted from 1 in period order
 * @param periodStart the first day of its period
 * @param deadline    the deadline it works to now
 */
public record SeriesOccurrence(long itemId, int number, LocalDate periodStart, LocalDate deadline, Status status,
                               boolean withdrawn) {
}
