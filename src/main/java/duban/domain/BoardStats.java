package duban.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures leaders look at, over the items in scope (withdrawn items are never in scope).
 *
 * @param countsByStatus   items per column, every column present
 * @param total            items in scope
 * @param closedOnTime     closed on or before the deadline
 * @param closedLate       closed after the deadline
 * @param overdue          open and past the deadline (逾期)
 * @param dueSoon          open and due within the threshold (临期)
 */
public record BoardStats(
        Map<Status, Integer> countsByStatus,
        int total,
        int closedOnTime,
        int closedLate,
        int overdue,
        int dueSoon) {

    public BoardStats {
        EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, countsByStatus.getOrDefault(status, 0));
        }
        countsByStatus = Collections.unmodifiableMap(counts);
    }

    /** The figures of an empty board. */
    public static final BoardStats EMPTY = new BoardStats(Map.of(), 0, 0, 0, 0, 0);

    /** Computes the figures over {@code items}, skipping withdrawn ones. */
    public static BoardStats of(Collection<Item> items, Deadlines deadlines) {
        EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
        int total = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int dueSoon = 0;
        for (Item item : items) {
            if (item.withdrawn()) {
                continue;
            }
            total++;
            counts.merge(item.status(), 1, Integer::sum);
            switch (deadlines.stateOf(item)) {
                case CLOSED_ON_TIME -> onTime++;
                case CLOSED_LATE -> late++;
                case OVERDUE -> overdue++;
                case DUE_SOON -> dueSoon++;
                case NORMAL -> { }
            }
        }
        return new BoardStats(counts, total, onTime, late, overdue, dueSoon);
    }

    public int count(Status status) {
        return countsByStatus.get(status);
    }

    public int closed() {
        return closedOnTime + closedLate;
    }

    /** 办结率: closed items over all items in scope. */
    public Rate completionRate() {
        return new Rate(closed(), total);
    }

    /** 按时办结率: items closed on time over closed items. */
    public Rate onTimeRate() {
        return new Rate(closedOnTime, closed());
    }
}
