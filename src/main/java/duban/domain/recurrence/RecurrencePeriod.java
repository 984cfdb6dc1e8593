package duban.domain.recurrence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a 定期督办 series: the day it starts (when its occurrence appears at the latest)
 * and the deadline its occurrence gets.
 */
public record RecurrencePeriod(LocalDate start, LocalDate deadline) {

    public RecurrencePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
    }
}
