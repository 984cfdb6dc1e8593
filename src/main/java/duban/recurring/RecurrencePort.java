package duban.recurring;

import duban.domain.Item;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.recurrence.RecurrenceRule;
import duban.domain.recurrence.RecurrenceSeries;
import duban.domain.recurrence.SeriesOccurrence;

/** 定期督办's port to the store, called on the store thread (the calendar on the FX thread). */
public interface RecurrencePort {

    /** Makes the item read at {@code expectedVersion} recur by {@code rule}; returns it as saved. */
    Item makeRecurring(long itemId, int expectedVersion, RecurrenceRule rule);

    /** Ends the series of {@code item} for {@code reason}; returns the item as it now reads. */
    Item endSeries(Item item, String reason);

    /** The series {@code seriesId}, or empty when there is none. */
    java.util.Optional<RecurrenceSeries> series(long seriesId);

    /** The occurrences of the series, earliest period first. */
    java.util.List<SeriesOccurrence> occurrences(long seriesId);

    /** The office's holiday calendar as the settings hold it now, for the dialog's preview. */
    HolidayCalendar calendar();
}
