package duban.domain.calendar;

import duban.i18n.Messages;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Asked whether a day is a working day for a year the holiday calendar does not cover. Unchecked:
 * a caller that cannot go on shows the message, which tells the user to update the calendar.
 */
public final class OutsideCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int missingYear;
    private final SortedSet<Integer> coveredYears;

    public OutsideCalendarException(int missingYear, Set<Integer> coveredYears) {
        super(Messages.get("calendar.outsideYears", joinYears(coveredYears), String.valueOf(missingYear)));
        this.missingYear = missingYear;
        this.coveredYears = new TreeSet<>(coveredYears);
    }

    /** The year the calendar lacks. */
    public int missingYear() {
        return missingYear;
    }

    /** The years the calendar does cover, ascending. */
    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(coveredYears);
    }

    /** 2026、2027: years as the office writes a list of them. */
    static String joinYears(Set<Integer> years) {
        // String.valueOf, not MessageFormat's number format, which would print 2,026.
        return new TreeSet<>(years).stream().map(String::valueOf).collect(Collectors.joining("、"));
    }
}
