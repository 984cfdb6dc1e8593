package duban.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 单位统计 figures: one ranked row per unit and a totals row, over the items in a scope.
 *
 * <p>By default an item counts for its 牵头单位 only, which answers for the whole item (谁承办、谁协办).
 * With {@link UnitScope#includeAssisting()} it also counts, with all its figures, for each of its
 * 协办单位: a unit's row then covers the items it leads and those it assists, and
 * {@link UnitRow#assisting()} says how many of them it assists. The totals row counts every item
 * once whatever the option, so its 交办总数 is then smaller than the sum of the rows.
 *
 * <p>Ranking, as a 通报 names units: 办结率 high to low, then 按时办结率 high to low (none yet
 * closed ranks last), then 逾期 few to many. Units equal on all three share a rank and the next
 * rank is skipped (1, 2, 2, 4); among equals the office's unit order decides who is listed first.
 *
 * @param totals the figures over the whole scope, rates recomputed from the totals
 */
public record UnitFigures(UnitScope scope, List<UnitRow> rows, Tally totals) {

    /** Unit names in pinyin order, for units with the same sort order. */
    private static final Comparator<String> CHINESE_ORDER = Collator.getInstance(Locale.CHINA)::compare;

    /** The office's order of units: what settles the listing of units that rank equal. */
    public static final Comparator<Unit> UNIT_ORDER = Comparator.comparingInt(Unit::sortOrder)
            .thenComparing(Unit::name, CHINESE_ORDER)
            .thenComparingLong(Unit::id);

    /** Better first; 0 means a shared rank. */
    static final Comparator<Tally> RANKING = Comparator
            .comparing(Tally::completionRate, RateOrder.BY_VALUE.reversed())
            .thenComparing(Tally::onTimeRate, RateOrder.BY_VALUE.reversed())
            .thenComparingInt(Tally::overdue);

    public UnitFigures {
        Objects.requireNonNull(scope, "scope");
        rows = List.copyOf(rows);
        Objects.requireNonNull(totals, "totals");
    }

    /** Nothing in scope. */
    public static UnitFigures empty(UnitScope scope) {
        return new UnitFigures(scope, List.of(), Tally.EMPTY);
    }

    /**
     * Computes the figures over {@code items} (as the store returns them, with their activity
     * counts), judging deadlines by {@code deadlines} (extensions applied by its assessment rule).
     */
    public static UnitFigures of(Collection<Item> items, Deadlines deadlines, UnitScope scope) {
        Objects.requireNonNull(deadlines, "deadlines");
        Counter totals = new Counter();
        // Keyed by unit id: a renamed unit read in two snapshots is still one unit.
        Map<Long, Counter> byUnit = new LinkedHashMap<>();
        Map<Long, Unit> units = new LinkedHashMap<>();
        for (Item item : items) {
            if (!scope.covers(item)) {
                continue;
            }
            DeadlineState state = deadlines.stateOf(item);
            totals.add(item, state, false);
            units.putIfAbsent(item.leadUnit().id(), item.leadUnit());
            byUnit.computeIfAbsent(item.leadUnit().id(), id -> new Counter()).add(item, state, false);
            if (scope.includeAssisting()) {
                for (Unit assisting : item.assistUnits()) {
                    // The store never lists the lead unit as assisting; should it, count the item once.
                    if (assisting.id() == item.leadUnit().id()) {
                        continue;
                    }
                    units.putIfAbsent(assisting.id(), assisting);
                    byUnit.computeIfAbsent(assisting.id(), id -> new Counter()).add(item, state, true);
                }
            }
        }

        record Entry(Unit unit, Tally tally, int assisting) {
        }
        List<Entry> entries = new ArrayList<>();
        byUnit.forEach((id, counter) -> entries.add(new Entry(units.get(id), counter.tally(), counter.assisting)));
        entries.sort(Comparator.comparing(Entry::tally, RANKING).thenComparing(Entry::unit, UNIT_ORDER));

        List<UnitRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean tiesWithPrevious = i > 0 && RANKING.compare(entries.get(i - 1).tally(), entry.tally()) == 0;
            int rank = tiesWithPrevious ? rows.get(i - 1).rank() : i + 1;
            rows.add(new UnitRow(rank, entry.unit(), entry.tally(), entry.assisting()));
        }
        return new UnitFigures(scope, rows, totals.tally());
    }

    /** The row of the unit with {@code unitId}, if it has items in scope. */
    public Optional<UnitRow> rowOf(long unitId) {
        return rows.stream().filter(row -> row.unit().id() == unitId).findFirst();
    }

    /** Counts items one by one. */
    private static final class Counter {
        private int total;
        private int closed;
        private int closedOnTime;
        private int overdue;
        private int dueSoon;
        private int extensions;
        private int reminders;
        private int assisting;

        void add(Item item, DeadlineState state, boolean asAssisting) {
            total++;
            if (asAssisting) {
                assisting++;
            }
            // The column decides 办结; the state, judged by Deadlines, decides on time, 逾期 and 临期.
            if (item.status().isClosed()) {
                closed++;
                if (state == DeadlineState.CLOSED_ON_TIME) {
                    closedOnTime++;
                }
            } else if (state == DeadlineState.OVERDUE) {
                overdue++;
            } else if (state == DeadlineState.DUE_SOON) {
                dueSoon++;
            }
            extensions += item.activity().extensionCount();
            reminders += item.activity().reminderCount();
        }

        Tally tally() {
            return new Tally(total, closed, closedOnTime, overdue, dueSoon, extensions, reminders);
        }
    }
}
