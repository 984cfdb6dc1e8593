package duban.ledger;

import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which items a 督办台账 covers: some columns (none = all), only overdue ones, one lead unit, one
 * source, a range of 交办日期 (either end open), with or without withdrawn items, everything or
 * only top-level items (只看上级事项: sub-items hidden; items never split show either way).
 *
 * @param leadUnit  the lead unit, or {@code null} for all
 * @param source    the source, or {@code null} for all
 * @param from      the first 交办日期, inclusive, or {@code null}
 * @param to        the last 交办日期, inclusive, or {@code null}
 */
public record LedgerScope(Set<Status> statuses, boolean overdueOnly, Unit leadUnit, Source source, LocalDate from,
                          LocalDate to, boolean includeWithdrawn, boolean parentsOnly) {

    /** Every item that is not withdrawn. */
    public static final LedgerScope ALL = new LedgerScope(Set.of(), false, null, null, null, null, false);

    public LedgerScope {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** A scope showing sub-items as well as their parents. */
    public LedgerScope(Set<Status> statuses, boolean overdueOnly, Unit leadUnit, Source source, LocalDate from,
                       LocalDate to, boolean includeWithdrawn) {
        this(statuses, overdueOnly, leadUnit, source, from, to, includeWithdrawn, false);
    }

    /** This scope showing only top-level items ({@code true}) or sub-items too. */
    public LedgerScope withParentsOnly(boolean value) {
        return new LedgerScope(statuses, overdueOnly, leadUnit, source, from, to, includeWithdrawn, value);
    }

    public LedgerScope withStatuses(Set<Status> newStatuses) {
        return new LedgerScope(newStatuses, overdueOnly, leadUnit, source, from, to, includeWithdrawn, parentsOnly);
    }

    public LedgerScope withOverdueOnly(boolean value) {
        return new LedgerScope(statuses, value, leadUnit, source, from, to, includeWithdrawn, parentsOnly);
    }

    public LedgerScope withLeadUnit(Unit unit) {
        return new LedgerScope(statuses, overdueOnly, unit, source, from, to, includeWithdrawn, parentsOnly);
    }

    public LedgerScope withSource(Source value) {
        return new LedgerScope(statuses, overdueOnly, leadUnit, value, from, to, includeWithdrawn, parentsOnly);
    }

    public LedgerScope withAssignedBetween(LocalDate first, LocalDate last) {
        return new LedgerScope(statuses, overdueOnly, leadUnit, source, first, last, includeWithdrawn, parentsOnly);
    }

    public LedgerScope withWithdrawn(boolean value) {
        return new LedgerScope(statuses, overdueOnly, leadUnit, source, from, to, value, parentsOnly);
    }

    /** The scope in words, for the ledger's title block: 范围: 全部事项, or the parts that narrow it. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!statuses.isEmpty()) {
            parts.add(EnumSet.copyOf(statuses).stream().map(Status::label).collect(Collectors.joining("、")));
        }
        if (overdueOnly) {
            parts.add(Messages.get("ledger.scope.overdueOnly"));
        }
        if (leadUnit != null) {
            parts.add(Messages.get("ledger.scope.leadUnit", leadUnit.name()));
        }
        if (source != null) {
            parts.add(source.label());
        }
        if (from != null || to != null) {
            parts.add(Messages.get("ledger.scope.assigned",
                    from == null ? Messages.get("ledger.scope.open") : from.toString(),
                    to == null ? Messages.get("ledger.scope.open") : to.toString()));
        }
        if (includeWithdrawn) {
            parts.add(Messages.get("ledger.scope.withWithdrawn"));
        }
        if (parentsOnly) {
            parts.add(Messages.get("ledger.scope.parentsOnly"));
        }
        return Messages.get("ledger.scope", parts.isEmpty() ? Messages.get("ledger.scope.all") : String.join(" · ", parts));
    }
}
