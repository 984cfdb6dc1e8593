package duban.app;

import duban.store.BackupService;
import duban.store.Database;
import duban.store.ImportStore;
import duban.store.ItemStore;
import duban.store.OfficeSettingsStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import java.time.Clock;

/**
 * The stores over one open database, each built once, and the board's port over them. Every
 * call on them runs on the store thread.
 */
record Stores(Database database, ItemStore items, UnitStore units, WorkflowStore workflow, SettingsStore settings,
              OfficeSettingsStore officeSettings, ImportStore importing, BackupService backups,
              BoardStoreAdapter board) {

    /** The stores over {@code database}; {@code clock} stamps what they write. */
    static Stores over(Database database, Clock clock) {
        ItemStore items = new ItemStore(database.dsl(), clock);
        UnitStore units = new UnitStore(database.dsl());
        return new Stores(database, items, units, new WorkflowStore(database.dsl(), clock),
                new SettingsStore(database.dsl(), clock), new OfficeSettingsStore(database.dsl(), clock),
                new ImportStore(database.dsl(), clock), new BackupService(database, clock),
                new BoardStoreAdapter(items, units));
    }
}
