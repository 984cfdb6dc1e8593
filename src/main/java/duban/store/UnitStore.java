package duban.store;

import static duban.store.generated.Tables.UNIT;

import duban.domain.FormulaGuard;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.Records;
import org.jooq.ResultQuery;

/** The units (departments, towns …) items are assigned to. */
public final class UnitStore {

    private final DSLContext dsl;

    public UnitStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All units in display order. */
    public List<Unit> all() {
        return inDisplayOrder(dsl).fetch(Records.mapping(Unit::new));
    }

    /** The query of all units in display order, for {@link #all} and for reading items with theirs. */
    static ResultQuery<Record4<Long, String, UnitKind, Integer>> inDisplayOrder(DSLContext dsl) {
        return dsl.select(UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.SORT_ORDER)
                .from(UNIT)
                .orderBy(UNIT.SORT_ORDER, UNIT.ID);
    }

    Map<Long, Unit> byId() {
        return all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    /**
     * Adds a unit at the end of the display order; the name must be new.
     *
     * @throws IllegalArgumentException (with the reason in Chinese) when the name starts like a
     *                                  spreadsheet formula: every way of adding a unit comes here
     */
    public Unit add(String name, UnitKind kind) {
        String refusal = FormulaGuard.refusal(Messages.get("formula.field.unit"), name);
        if (!refusal.isEmpty()) {
            throw new IllegalArgumentException(refusal);
        }
        String trimmed = name.strip();
        return dsl.transactionResult(tx -> {
            Integer last = tx.dsl().select(org.jooq.impl.DSL.max(UNIT.SORT_ORDER)).from(UNIT).fetchOne(0, Integer.class);
            int sortOrder = last == null ? 1 : last + 1;
            long id = tx.dsl().insertInto(UNIT)
                    .set(UNIT.NAME, trimmed)
                    .set(UNIT.KIND, kind)
                    .set(UNIT.SORT_ORDER, sortOrder)
                    .returning(UNIT.ID)
                    .fetchOne(UNIT.ID);
            return new Unit(id, trimmed, kind, sortOrder);
        });
    }
}
