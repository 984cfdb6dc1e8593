package duban.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Numbers a run of ledger rows as the office writes a decomposed task list: a parent 1 with its
 * sub-items 1.1, 1.2 right below it, in the run's order. A sub-item whose parent is not in the run
 * (outside the scope, or in another group) is numbered on its own, as a top-level row.
 */
final class LedgerNumbering {

    private LedgerNumbering() {
    }

    /** The rows, sub-items moved under their parents, numbered from {@code first}. */
    static List<LedgerRow> number(List<LedgerRow> sorted, int first) {
        Set<Long> present = sorted.stream().map(row -> row.item().id()).collect(Collectors.toSet());
        Map<Long, List<LedgerRow>> childrenByParent = new LinkedHashMap<>();
        List<LedgerRow> topLevel = new ArrayList<>();
        for (LedgerRow row : sorted) {
            Long parentId = row.item().links().parentId();
            if (parentId != null && present.contains(parentId)) {
                childrenByParent.computeIfAbsent(parentId, id -> new ArrayList<>()).add(row);
            } else {
                topLevel.add(row);
            }
        }
        List<LedgerRow> numbered = new ArrayList<>(sorted.size());
        int number = first;
        for (LedgerRow row : topLevel) {
            numbered.add(row.numbered(number));
            int sub = 1;
            // Sub-items are one level deep, so a child's own children never need a third number.
            for (LedgerRow child : childrenByParent.getOrDefault(row.item().id(), List.of())) {
                numbered.add(child.numbered(number, sub++));
            }
            number++;
        }
        if (numbered.size() < sorted.size()) {
            // A child under a row that is itself a sub-item (the tree is one level deep): keep it, on its own.
            Set<LedgerRow> placed = Set.copyOf(numbered.stream().map(row -> row.numbered(0, 0)).toList());
            for (LedgerRow row : sorted) {
                if (!placed.contains(row.numbered(0, 0))) {
                    numbered.add(row.numbered(number++));
                }
            }
        }
        return numbered;
    }
}
