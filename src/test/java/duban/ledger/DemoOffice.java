package duban.ledger;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ProgressReport;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.WorkflowStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The demo office (DemoData) in a database file with the first item on its board withdrawn as a
 * duplicate: what the ledger and its exports are checked against. Close it when done.
 */
public final class DemoOffice implements AutoCloseable {

    private final Database database;
    private final ItemStore store;
    private final List<Item> items;
    private final Map<Long, ProgressReport> reports;
    private final Deadlines deadlines;

    private DemoOffice(Path file, Clock clock) throws DatabaseOpenException {
        database = Database.open(file);
        new DemoData(database.dsl(), clock).seedIfEmpty();
        store = new ItemStore(database.dsl(), clock);
        Item withdrawn = store.loadBoard().get(0);
        store.withdraw(withdrawn.id(), withdrawn.version(), "与第 3 项重复登记");
        items = store.loadAll();
        reports = new WorkflowStore(database.dsl(), clock).latestReports();
        deadlines = new Deadlines(clock);
    }

    /** Seeds the demo office into {@code file} as of {@code clock} and withdraws one item. */
    public static DemoOffice open(Path file, Clock clock) throws DatabaseOpenException {
        return new DemoOffice(file, clock);
    }

    public ItemStore store() {
        return store;
    }

    /** Every item, the withdrawn one too, as loaded after the withdrawal. */
    public List<Item> items() {
        return items;
    }

    /** The latest progress report of each item that has one. */
    public Map<Long, ProgressReport> reports() {
        return reports;
    }

    /** The ledger of {@code scope} in 交办日期 order, grouped by {@code grouping}. */
    public Ledger ledger(LedgerScope scope, Ledger.Grouping grouping) {
        return Ledger.build(items, reports, deadlines, scope, Ledger.Order.ASSIGNED_ON, grouping);
    }

    @Override
    public void close() {
        database.close();
    }
}
