package duban.store;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.domain.Progress;
import duban.domain.importing.ImportBasis;
import duban.domain.importing.ImportPlan;
import duban.domain.importing.ImportResult;
import duban.domain.importing.ImportRowDraft;
import duban.domain.importing.ItemKey;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Reads what an import is checked against and writes an import: the confirmed new units and
 * every planned row in one transaction, all or nothing. Built only on ItemStore and UnitStore,
 * which inside the transaction are built on its {@code tx.dsl()}. The import dialog reaches it
 * through its port ImportViewModel.Store, adapted by the composition root (app.StorePorts).
 */
public final class ImportStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    /** Over the application's database; {@code clock} stamps the imported items' events. */
    public ImportStore(DSLContext dsl, Clock clock) {
        this(dsl, clock, OperatorSource.of(dsl));
    }

    /** Over the application's database; {@code clock} stamps the imported items' events, {@code operator} signs. */
    public ImportStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /** The units and item keys now in the database. */
    public ImportBasis basis() {
        return ImportBasis.of(new UnitStore(dsl).all(), new ItemStore(dsl, clock, operator).loadAll());
    }

    /**
     * Creates the plan's units (as 县直部门) and items in one transaction, parents before their
     * sub-items (事项分解; the parent's history gets a SPLIT event per sub-item). Rows that another
     * window stored since the preview are skipped as duplicates, units it created meanwhile are
     * used; a parent or sub-item stored meanwhile refuses the whole import. Any failure (or a
     * cancellation through {@code progress}) rolls everything back.
     */
    public ImportResult importPlan(ImportPlan plan, Progress progress) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            UnitStore units = new UnitStore(db);
            ItemStore items = new ItemStore(db, clock, operator);
            ImportBasis now = ImportBasis.of(units.all(), items.loadAll());
            List<Unit> created = new ArrayList<>();
            for (String name : plan.unitsToCreate()) {
                if (now.unit(name).isEmpty() && created.stream()
                        .noneMatch(unit -> ItemKey.unitKey(unit.name()).equals(ItemKey.unitKey(name)))) {
                    created.add(units.add(name, UnitKind.COUNTY_DEPARTMENT));
                }
            }
            ImportBasis withNewUnits = ImportBasis.of(units.all(), items.loadAll());
            int imported = 0;
            int duplicates = plan.duplicates();
            int done = 0;
            Map<Integer, Item> byRow = new HashMap<>();
            // Parents before their children, whatever the file's order (a parent may be written below).
            List<ImportRowDraft> parentsFirst = new ArrayList<>(plan.rows());
            parentsFirst.sort(Comparator.comparing(ImportRowDraft::isSubItem));
            for (ImportRowDraft row : parentsFirst) {
                progress.advance(done++, plan.rows().size());
                if (withNewUnits.contains(row.key(), row.assignedOnGiven())) {
                    if (row.isSubItem() || isParent(row, plan)) {
                        // Stored meanwhile by another window: the tree cannot be half joined to it.
                        throw new IllegalStateException(Messages.get("store.import.parentMissing",
                                String.valueOf(row.rowNumber())));
                    }
                    duplicates++;
                    continue;
                }
                Item parent = null;
                if (row.isSubItem()) {
                    parent = byRow.get(row.parentRow());
                    if (parent == null) {
                        throw new IllegalStateException(Messages.get("store.import.parentMissing",
                                String.valueOf(row.rowNumber())));
                    }
                }
                Item stored = items.insert(draft(row, withNewUnits), parent);
                if (parent != null) {
                    ItemStore.appendEvent(db, parent.id(), OffsetDateTime.now(clock), EventKind.SPLIT, null, null,
                            null, null, ItemStore.json(Map.of("subItem", stored.title() + "（"
                                    + stored.leadUnit().name() + "）")),
                            Messages.get("store.import.split.note", stored.id()), operator.get());
                }
                byRow.put(row.rowNumber(), stored);
                imported++;
            }
            progress.advance(done, plan.rows().size());
            return new ImportResult(imported, duplicates, plan.invalid(), created.size());
        });
    }

    private static boolean isParent(ImportRowDraft row, ImportPlan plan) {
        return plan.rows().stream().anyMatch(other -> other.parentRow() == row.rowNumber());
    }

    private static ItemDraft draft(ImportRowDraft row, ImportBasis basis) {
        long lead = unitId(row.leadUnit(), row, basis);
        List<Long> assists = new ArrayList<>();
        for (String name : row.assistUnits()) {
            assists.add(unitId(name, row, basis));
        }
        return new ItemDraft(row.title(), row.details(), row.source(), row.category(), lead, assists, row.owner(),
                row.leader(), row.assignedOn(), row.deadline());
    }

    private static long unitId(String name, ImportRowDraft row, ImportBasis basis) {
        return basis.unit(name).map(Unit::id).orElseThrow(() -> new IllegalStateException(
                Messages.get("import.failed.unknownUnit", String.valueOf(row.rowNumber()), name)));
    }
}
