package duban.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day the application's tests run on, whatever the machine's date: a run that crosses
 * midnight (or starts just before it) judges overdue and due-soon items on the same day from the
 * fixture's set-up to the last check.
 *
 * <p>The clock starts at 10:00 of {@link #TODAY} and then runs in real time rather than standing
 * still, so that the history's timestamps still follow one another as they do in use; a test
 * would have to run for 14 hours to reach the next day.
 */
public final class TestClock {

    /** A Wednesday with no public holiday within a month either way. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private TestClock() {
    }

    /** A clock in the machine's zone (the one the application uses) that starts now at 10:00 of {@link #TODAY}. */
    public static Clock startingToday() {
        return startingToday(ZoneId.systemDefault());
    }

    /** A clock in {@code zone} that starts now at 10:00 of {@link #TODAY}. */
    public static Clock startingToday(ZoneId zone) {
        Instant start = TODAY.atTime(10, 0).atZone(zone).toInstant();
        Clock system = Clock.system(zone);
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
