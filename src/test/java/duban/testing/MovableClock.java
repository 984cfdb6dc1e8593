package duban.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A test clock that stands still until a test moves it on. */
public final class MovableClock extends Clock {

    private Instant instant;
    private final ZoneId zone;

    public MovableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /** Moves the clock on by {@code duration}. */
    public void advance(Duration duration) {
        instant = instant.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(instant, newZone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
