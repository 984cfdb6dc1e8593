package duban.ledger;

import duban.domain.BoardStats;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemOperators;
import duban.domain.ProgressReport;
import duban.domain.Rate;
import duban.domain.Unit;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 督办台账 for a scope: its rows in order, grouped (by lead unit or column) with subtotals,
 * and the totals with 办结率 that go under the table. Plain Java, for the view, the printed
 * pages and every export.
 */
public record Ledger(LedgerScope scope, Grouping grouping, List<Group> groups, Totals totals) {

    /** How rows are grouped. */
    public enum Grouping {
        NONE, LEAD_UNIT, STATUS
    }

    /** How rows are ordered (within a group). */
    public enum Order {
        /** 交办日期, then registration. */
        ASSIGNED_ON,
        /** 办理时限 the unit works to. */
        DEADLINE,
        /** 牵头单位 in the units' display order. */
        LEAD_UNIT,
        /** Board column, then position. */
        STATUS
    }

    /** Rows under one heading, with their subtotal; the heading is empty when not grouped. */
    public record Group(String heading, List<LedgerRow> rows, Totals subtotal) {
    }

    /**
     * Counts over rows: items (withdrawn ones counted apart and left out of the rates), closed,
     * closed on time, overdue, and the rates recomputed from the counts. Items count by
     * {@link duban.domain.Counting}: a parent split into sub-items is listed but not counted.
     */
    public record Totals(int items, int withdrawn, int closed, int closedOnTime, int overdue) {

        public Rate completionRate() {
            return new Rate(closed, items);
        }

        public Rate onTimeRate() {
            return new Rate(closedOnTime, closed);
        }

        /** 共 46 项, 办结 14 项, 办结率 30.4%, 按时办结率 71.4%, 逾期 8 项 (, 另有已撤销 2 项). */
        public String describe() {
            String text = Messages.get("ledger.totals", items, closed, completionRate().percentText(),
                    onTimeRate().percentText(), overdue);
            return withdrawn == 0 ? text : text + Messages.get("ledger.totals.withdrawn", withdrawn);
        }

        static Totals of(List<LedgerRow> rows, Deadlines deadlines) {
            List<Item> counted = rows.stream().map(LedgerRow::item).filter(item -> !item.withdrawn()).toList();
            BoardStats stats = BoardStats.of(counted, deadlines);
            return new Totals(stats.total(), rows.size() - counted.size(), stats.closed(), stats.closedOnTime(),
                    stats.overdue());
        }
    }

    /** All rows, in displayed order. */
    public List<LedgerRow> rows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    /**
     * Builds the ledger of {@code items} (as the store returns them, withdrawn ones included)
     * for {@code scope}, judged as of the deadlines' today.
     *
     * @param latestReports the latest 办理进展 per item id
     */
    public static Ledger build(List<Item> items, Map<Long, ProgressReport> latestReports, Deadlines deadlines,
                               LedgerScope scope, Order order, Grouping grouping) {
        return build(items, latestReports, Map.of(), deadlines, scope, order, grouping);
    }

    /**
     * As {@link #build(List, Map, Deadlines, LedgerScope, Order, Grouping)}, the 备注 also naming who
     * closed each item and who handled it last.
     *
     * @param operators who handled each item, by item id (an item missing names nobody)
     */
    public static Ledger build(List<Item> items, Map<Long, ProgressReport> latestReports,
                               Map<Long, ItemOperators> operators, Deadlines deadlines, LedgerScope scope,
                               Order order, Grouping grouping) {
        return build(items, latestReports, operators, deadlines, scope, comparator(order), grouping);
    }

    /**
     * Builds the ledger sorted by one column, as the user asks by clicking its header; ties keep
     * the 交办日期 order, so that the numbering stays stable.
     */
    public static Ledger build(List<Item> items, Map<Long, ProgressReport> latestReports, Deadlines deadlines,
                               LedgerScope scope, LedgerColumn sortColumn, boolean descending, Grouping grouping) {
        return build(items, latestReports, Map.of(), deadlines, scope, sortColumn, descending, grouping);
    }

    /** The ledger sorted by one column, the 备注 naming who handled each item ({@code operators}, by item id). */
    public static Ledger build(List<Item> items, Map<Long, ProgressReport> latestReports,
                               Map<Long, ItemOperators> operators, Deadlines deadlines, LedgerScope scope,
                               LedgerColumn sortColumn, boolean descending, Grouping grouping) {
        Comparator<LedgerRow> byColumn = descending ? sortColumn.comparator().reversed() : sortColumn.comparator();
        return build(items, latestReports, operators, deadlines, scope,
                byColumn.thenComparing(comparator(Order.ASSIGNED_ON)), grouping);
    }

    private static Ledger build(List<Item> items, Map<Long, ProgressReport> latestReports,
                                Map<Long, ItemOperators> operators, Deadlines deadlines, LedgerScope scope,
                                Comparator<LedgerRow> order, Grouping grouping) {
        List<LedgerRow> rows = new ArrayList<>();
        for (Item item : items) {
            DeadlineState state = deadlines.stateOf(item);
            if (inScope(item, state, scope)) {
                rows.add(LedgerRows.of(item, state, latestReports.get(item.id()),
                        operators.getOrDefault(item.id(), ItemOperators.NONE)));
            }
        }
        rows.sort(order);
        Map<String, List<LedgerRow>> byHeading = new LinkedHashMap<>();
        if (grouping == Grouping.NONE) {
            byHeading.put("", rows);
        } else {
            List<LedgerRow> ordered = new ArrayList<>(rows);
            // Groups follow the units' display order, or the board's column order.
            ordered.sort(Comparator.comparing(groupKey(grouping)).thenComparing(order));
            for (LedgerRow row : ordered) {
                byHeading.computeIfAbsent(heading(grouping, row), key -> new ArrayList<>()).add(row);
            }
        }
        List<Group> groups = new ArrayList<>();
        int number = 1;
        for (Map.Entry<String, List<LedgerRow>> entry : byHeading.entrySet()) {
            List<LedgerRow> numbered = LedgerNumbering.number(entry.getValue(), number);
            number += (int) numbered.stream().filter(row -> !row.isSubRow()).count();
            groups.add(new Group(entry.getKey(), List.copyOf(numbered), Totals.of(numbered, deadlines)));
        }
        return new Ledger(scope, grouping, List.copyOf(groups), Totals.of(rows, deadlines));
    }

    static boolean inScope(Item item, DeadlineState state, LedgerScope scope) {
        if (item.withdrawn() && !scope.includeWithdrawn()) {
            return false;
        }
        if (scope.parentsOnly() && item.links().isChild()) {
            return false;
        }
        if (!scope.statuses().isEmpty() && !scope.statuses().contains(item.status())) {
            return false;
        }
        if (scope.overdueOnly() && state != DeadlineState.OVERDUE) {
            return false;
        }
        if (scope.leadUnit() != null && item.leadUnit().id() != scope.leadUnit().id()) {
            return false;
        }
        if (scope.source() != null && item.source() != scope.source()) {
            return false;
        }
        if (scope.from() != null && item.assignedOn().isBefore(scope.from())) {
            return false;
        }
        return scope.to() == null || !item.assignedOn().isAfter(scope.to());
    }

    private static Comparator<LedgerRow> comparator(Order order) {
        Comparator<LedgerRow> byRegistration = Comparator.comparingLong(row -> row.item().id());
        return switch (order) {
            case ASSIGNED_ON -> Comparator.comparing(LedgerRow::assignedOn).thenComparing(byRegistration);
            case DEADLINE -> Comparator.comparing(LedgerRow::deadline).thenComparing(byRegistration);
            case LEAD_UNIT -> Comparator.comparing((LedgerRow row) -> unitOrder(row.item().leadUnit()))
                    .thenComparing(LedgerRow::assignedOn).thenComparing(byRegistration);
            case STATUS -> Comparator.comparing((LedgerRow row) -> row.item().status())
                    .thenComparingDouble(row -> row.item().position()).thenComparing(byRegistration);
        };
    }

    private static Function<LedgerRow, String> groupKey(Grouping grouping) {
        return grouping == Grouping.LEAD_UNIT
                ? row -> unitOrder(row.item().leadUnit())
                : row -> String.format(Locale.ROOT, "%02d", row.item().status().ordinal());
    }

    /** Units in their display order (the office's own), then by name. */
    private static String unitOrder(Unit unit) {
        return String.format(Locale.ROOT, "%08d|%s", unit.sortOrder(), unit.name());
    }

    private static String heading(Grouping grouping, LedgerRow row) {
        return grouping == Grouping.LEAD_UNIT ? row.leadUnit() : row.item().status().label();
    }

    /** The lead units that appear in the ledger, for the scope's choices. */
    public List<String> leadUnits() {
        return rows().stream().map(LedgerRow::leadUnit).distinct().collect(Collectors.toList());
    }
}
