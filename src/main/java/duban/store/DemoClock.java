package duban.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock the sample's history is written on ({@link DemoData}): set to the day and time each
 * event happened, never later than the real clock's now, and never back before the time it was
 * last set to, so that an item's events are stamped in the order they are written.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private Instant at;

    DemoClock(Clock real) {
        this.real = real;
        this.at = real.instant();
    }

    /** Starts a new item's history: the next {@link #set} may go back to any day. */
    void startItem(LocalDate day, int minuteOfDay) {
        at = Instant.MIN;
        set(day, minuteOfDay);
    }

    /** Sets the time to {@code minuteOfDay} on {@code day}, no later than now and no earlier than before. */
    void set(LocalDate day, int minuteOfDay) {
        Instant wanted = day.atStartOfDay(getZone()).plusMinutes(minuteOfDay).toInstant();
        Instant now = real.instant();
        Instant next = wanted.isAfter(now) ? now : wanted;
        at = next.isBefore(at) ? at : next;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo's clock keeps the office's zone");
    }

    @Override
    public Instant instant() {
        return at;
    }
}
