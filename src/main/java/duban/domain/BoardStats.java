package duban.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures leaders look at, over the items in scope that count by {@link Counting} (withdrawn
 * items never do, nor a parent split into sub-items: its sub-items count instead).
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

    /** Computes the figures over {@code items}, skipping those that do not count (withdrawn, split). */
    public static BoardStats of(Collection<Item> items, Deadlines deadlines) {
        return of(items, Function.identity(), deadlines::stateOf);
    }

    /**
     * Computes the figures over things that carry an item and its deadline state already
     * judged (the board's cards): judging 10,000 deadlines again on every change cost a few
     * milliseconds of each drop.
     */
    public static <T> BoardStats of(Collection<T> things, Function<T, Item> itemOf, Function<T, DeadlineState> stateOf) {
        int[] counts = new int[Status.values().length];
        int[] states = new int[DeadlineState.values().length];
        int total = 0;
        for (T thing : things) {
            Item item = itemOf.apply(thing);
            if (!Counting.counts(item)) {
                continue;
            }
            total++;
            counts[item.status().ordinal()]++;
            states[stateOf.apply(thing).ordinal()]++;
        }
        EnumMap<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, counts[status.ordinal()]);
        }
        return new BoardStats(byStatus, total, states[DeadlineState.CLOSED_ON_TIME.ordinal()],
                states[DeadlineState.CLOSED_LATE.ordinal()], states[DeadlineState.OVERDUE.ordinal()],
                states[DeadlineState.DUE_SOON.ordinal()]);
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
