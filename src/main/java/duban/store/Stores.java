package duban.store;

import java.time.Clock;

/**
 * The stores over one open database, each built once. The composition root takes them from here,
 * so that handing the database's jOOQ context to each store stays inside store/. Every call on
 * them runs on the store thread.
 */
public record Stores(Database database, ItemStore items, UnitStore units, WorkflowStore workflow,
                     SettingsStore settings, OfficeSettingsStore officeSettings, ImportStore importing,
                     BackupService backups, DemoData demoData) {

    /** The stores over {@code database}; {@code clock} stamps what they write. */
    public static Stores over(Database database, Clock clock) {
        return new Stores(database, new ItemStore(database.dsl(), clock), new UnitStore(database.dsl()),
                new WorkflowStore(database.dsl(), clock), new SettingsStore(database.dsl(), clock),
                new OfficeSettingsStore(database.dsl(), clock), new ImportStore(database.dsl(), clock),
                new BackupService(database, clock), new DemoData(database.dsl(), clock));
    }

    /** The database's data version, which changes when another connection commits (the file watch). */
    public long dataVersion() {
        return DataVersion.read(database.dsl());
    }
}
