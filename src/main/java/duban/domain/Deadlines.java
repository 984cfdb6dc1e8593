package duban.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Judges items against their deadlines as of today by an injected clock, so that tests and the
 * projector's "as of" views can fix the date.
 */
public final class Deadlines {

    /** 临期 by the common rule: due within 3 days. */
    public static final int DEFAULT_DUE_SOON_DAYS = 3;

    private final Clock clock;
    private final int dueSoonDays;

    public Deadlines(Clock clock) {
        this(clock, DEFAULT_DUE_SOON_DAYS);
    }

    public Deadlines(Clock clock, int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dueSoonDays = dueSoonDays;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    /**
     * An open item is judged by the deadline it works to now (an extension moves it); a closed
     * one by the deadline it is assessed against (see {@link Extension#assessedDeadline}).
     */
    public DeadlineState stateOf(Item item) {
        LocalDate deadline = item.status().isClosed() ? item.assessmentDeadline() : item.currentDeadline();
        return stateOf(item.status(), deadline, item.closedOn());
    }

    /**
     * The state of an item with the given column, deadline and closing date. A closed item is
     * judged by its closing date, an open one by today: due today counts as 临期, not 逾期.
     */
    public DeadlineState stateOf(Status status, LocalDate deadline, LocalDate closedOn) {
        if (status.isClosed()) {
            // The schema guarantees a closing date for closed items; without one, judge by today.
            LocalDate closed = closedOn != null ? closedOn : today();
            return closed.isAfter(deadline) ? DeadlineState.CLOSED_LATE : DeadlineState.CLOSED_ON_TIME;
        }
        long daysLeft = ChronoUnit.DAYS.between(today(), deadline);
        if (daysLeft < 0) {
            return DeadlineState.OVERDUE;
        }
        return daysLeft <= dueSoonDays ? DeadlineState.DUE_SOON : DeadlineState.NORMAL;
    }

    /** Days from today to the deadline: 0 when due today, negative when overdue. */
    public long daysLeft(Item item) {
        return ChronoUnit.DAYS.between(today(), item.currentDeadline());
    }

    /** For a closed item, days it was closed after its deadline (0 when on time). */
    public static long daysLate(Item item) {
        if (item.closedOn() == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(item.assessmentDeadline(), item.closedOn()));
    }
}
