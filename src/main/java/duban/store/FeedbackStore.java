package duban.store;

import duban.domain.ConcurrentChangeException;
import duban.domain.Item;
import duban.domain.ItemNotFoundException;
import duban.domain.ProgressReport;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.feedback.FeedbackForm;
import duban.domain.feedback.FeedbackLine;
import duban.domain.feedback.FeedbackPreview;
import duban.domain.feedback.FeedbackResult;
import duban.domain.feedback.FeedbackRules;
import duban.domain.feedback.FeedbackVerdict;
import duban.domain.feedback.ReturnedForm;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The 反馈表 round trip: a unit's open items out, its filled-in rows back as progress reports. An
 * import is one transaction, all or nothing, written by the same code as the board's reports
 * ({@link WorkflowStore#addReport}) and moves ({@link ItemStore#moveBetween}).
 */
public final class FeedbackStore {

    private static final Comparator<Item> FORM_ORDER = Comparator.comparing(Item::assignedOn,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Item::id);

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public FeedbackStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }

    /** The identity of this database, which every exported form carries (empty if it has none). */
    public String databaseId() {
        return identity(dsl);
    }

    /** The form of the unit {@code unitId}: its open items today, possibly none. */
    public FeedbackForm form(long unitId) {
        Unit unit = new UnitStore(dsl).all().stream().filter(candidate -> candidate.id() == unitId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("feedback.unknownUnit", String.valueOf(unitId))));
        List<Item> open = openItems().stream().filter(item -> item.leadUnit().id() == unitId).toList();
        return new FeedbackForm(unit, LocalDate.now(clock), databaseId(), open);
    }

    /** One form for every unit that leads at least one open item, in the units' order. */
    public List<FeedbackForm> forms() {
        Map<Long, List<Item>> byUnit = new HashMap<>();
        openItems().forEach(item -> byUnit.computeIfAbsent(item.leadUnit().id(), id -> new ArrayList<>()).add(item));
        String databaseId = databaseId();
        LocalDate today = LocalDate.now(clock);
        List<FeedbackForm> forms = new ArrayList<>();
        for (Unit unit : new UnitStore(dsl).all()) {
            List<Item> items = byUnit.get(unit.id());
            if (items != null) {
                forms.add(new FeedbackForm(unit, today, databaseId, items));
            }
        }
        return forms;
    }

    /** What importing {@code form} would do, row by row, against the database as it now is. */
    public FeedbackPreview preview(ReturnedForm form) {
        return check(dsl, form);
    }

    /**
     * Imports the rows {@code preview} found importable, in one transaction: a progress report for
     * each (dated today), and rows with 申请办结 = 是 moved to the end of 待反馈 when their item is
     * still 交办 or 办理中. The rows are checked again first; one that has meanwhile become a
     * problem, or an item that another writer changed since the preview, fails the whole import
     * and nothing is written. Rows imported meanwhile (by another window) are skipped.
     *
     * @throws ConcurrentChangeException when an item to move changed since the preview
     * @throws IllegalStateException     when a row became a problem since the preview (in Chinese)
     */
    public FeedbackResult importRows(FeedbackPreview preview) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            FeedbackPreview now = check(db, preview.form());
            ItemStore items = new ItemStore(db, clock, operator);
            WorkflowStore workflow = new WorkflowStore(db, clock, operator);
            LocalDate today = LocalDate.now(clock);
            int reports = 0;
            int moved = 0;
            int skipped = 0;
            for (FeedbackLine line : preview.importable()) {
                FeedbackLine current = now.line(line.entry().rowNumber()).orElse(line);
                if (current.verdict() == FeedbackVerdict.ALREADY_IMPORTED) {
                    skipped++;
                    continue;
                }
                if (current.verdict() != FeedbackVerdict.IMPORT || !current.content().equals(line.content())) {
                    throw new IllegalStateException(Messages.get("feedback.changedSincePreview",
                            String.valueOf(line.entry().rowNumber()), current.describe()));
                }
                workflow.addReport(line.itemId(), today, line.reporter(), line.content());
                reports++;
                if (line.requestsClose()) {
                    Status status = items.find(line.itemId()).status();
                    if (status == Status.ASSIGNED || status == Status.IN_PROGRESS) {
                        // The version the preview saw: a change by another writer since refuses the move, and the import.
                        items.moveBetween(line.itemId(), line.expectedVersion(), Status.AWAITING_FEEDBACK, null, null,
                                null, null);
                        moved++;
                    }
                }
            }
            return new FeedbackResult(reports, moved, skipped);
        });
    }

    private FeedbackPreview check(DSLContext db, ReturnedForm form) {
        ItemStore items = new ItemStore(db, clock, operator);
        WorkflowStore workflow = new WorkflowStore(db, clock, operator);
        Map<Long, Item> named = new LinkedHashMap<>();
        List<ProgressReport> reports = new ArrayList<>();
        form.entries().forEach(entry -> FeedbackRules.itemId(entry.itemNumber()).ifPresent(id -> {
            if (!named.containsKey(id)) {
                find(items, id).ifPresent(item -> {
                    named.put(id, item);
                    reports.addAll(workflow.reports(id));
                });
            }
        }));
        return FeedbackRules.check(form, identity(db), named, reports);
    }

    private static Optional<Item> find(ItemStore items, long id) {
        try {
            return Optional.of(items.find(id));
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        }
    }

    private List<Item> openItems() {
        return new ItemStore(dsl, clock, operator).loadBoard().stream()
                .filter(item -> !item.status().isClosed())
                .sorted(FORM_ORDER)
                .toList();
    }

    private static String identity(DSLContext db) {
        return db.connectionResult(connection -> DatabaseIdentity.of(connection).map(DatabaseIdentity.Row::id)
                .orElse(""));
    }
}
