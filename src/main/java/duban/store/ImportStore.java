package duban.store;

import duban.domain.Closing;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.domain.Status;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.domain.Progress;
import duban.domain.importing.ImportBasis;
import duban.domain.importing.ImportPlan;
import duban.domain.importing.ImportResult;
import duban.domain.importing.ImportRowDraft;
import duban.domain.importing.ImportedState;
import duban.domain.importing.ItemKey;
import duban.domain.Category;
import duban.domain.attachments.AttachmentSettings;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
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

    /** The units and item keys now in the database, and the categories that need 佐证材料 to be crossed off. */
    public ImportBasis basis() {
        AttachmentSettings settings = EvidenceRule.settings(dsl);
        Set<Category> evidenceRequired = EnumSet.noneOf(Category.class);
        Stream.of(Category.values()).filter(settings::requiresEvidence).forEach(evidenceRequired::add);
        return ImportBasis.of(new UnitStore(dsl).all(), new ItemStore(dsl, clock, operator).loadAll())
                .withEvidenceRequired(evidenceRequired);
    }

    /**
     * Creates the plan's units (as 县直部门) and items in one transaction, parents before their
     * sub-items (事项分解; the parent's history gets a SPLIT event per sub-item), then writes where
     * each stands when the file says so (an exported ledger: its column, closing, withdrawal and
     * latest 办理进展, see {@link ImportedState}). Rows that another window stored since the preview
     * are skipped as duplicates, units it created meanwhile are used; a parent or sub-item stored meanwhile refuses the whole import. Any failure (or a
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
            // Where each item stands, as an exported ledger says: sub-items first, so that a parent
            // crossed off finds them as the file has them.
            List<ImportRowDraft> subItemsFirst = new ArrayList<>(parentsFirst);
            subItemsFirst.sort(Comparator.comparing((ImportRowDraft row) -> !row.isSubItem()));
            for (ImportRowDraft row : subItemsFirst) {
                Item stored = byRow.get(row.rowNumber());
                if (stored != null && !row.state().isNew()) {
                    takeOverState(db, stored, row);
                }
            }
            progress.advance(done, plan.rows().size());
            return new ImportResult(imported, duplicates, plan.invalid(), created.size());
        });
    }

    /**
     * Writes where the imported item stands as events after its CREATE, each stamped now like
     * every event (the file's dates are in their fields): the latest 办理进展 as a report dated
     * as the file says, the move to the file's column (crossing off with its 办结日期 and 办结情况),
     * and the withdrawal with its reason.
     */
    private void takeOverState(DSLContext db, Item stored, ImportRowDraft row) {
        ImportedState state = row.state();
        ItemStore items = new ItemStore(db, clock, operator);
        if (state.hasProgress()) {
            new WorkflowStore(db, clock, operator).addReport(stored.id(), state.progressOn(), row.owner(),
                    state.progress());
        }
        if (state.status() != Status.ASSIGNED) {
            Item current = items.find(stored.id());
            Closing closing = state.status().isClosed() ? new Closing(state.closedOn(), state.closingNote(),
                    Messages.get("store.import.openSubItems")) : null;
            items.moveBetween(stored.id(), current.version(), state.status(), null, null, closing,
                    Messages.get("store.import.moveNote", String.valueOf(row.rowNumber()), state.statusText()));
        }
        if (state.withdrawn()) {
            Item current = items.find(stored.id());
            items.withdraw(stored.id(), current.version(), state.withdrawnReason());
        }
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
