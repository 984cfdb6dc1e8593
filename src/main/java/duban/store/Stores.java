package duban.store;

import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The stores over one open database, each built once. The composition root takes them from here,
 * so that handing the database's jOOQ context to each store stays inside store/. Every call on
 * them runs on the store thread.
 */
public record Stores(Database database, ItemStore items, UnitStore units, WorkflowStore workflow,
                     SettingsStore settings, OfficeSettingsStore officeSettings, ImportStore importing,
                     BackupService backups, DemoData demoData, DocumentStore documents,
                     BulletinStore bulletins, FeedbackStore feedback, ItemTreeStore trees,
                     RecurrenceStore recurrence, AttachmentStore attachments, SavedBoardStore boards) {

    /**
     * The stores over {@code database}; {@code clock} stamps what they write, and the connection's
     * {@link OperatorSource} names who wrote it (the name in 设置 on a file, the login on a server).
     */
    public static Stores over(Database database, Clock clock) {
        return over(database, clock, OperatorSource.of(database.dsl()));
    }

    /** The stores over {@code database}; {@code clock} stamps what they write, {@code operator} signs it. */
    public static Stores over(Database database, Clock clock, Supplier<String> operator) {
        DSLContext dsl = database.dsl();
        return new Stores(database, new ItemStore(dsl, clock, operator), new UnitStore(dsl),
                new WorkflowStore(dsl, clock, operator), new SettingsStore(dsl, clock, operator),
                new OfficeSettingsStore(dsl, clock, operator), new ImportStore(dsl, clock, operator),
                new BackupService(database, clock), new DemoData(dsl, clock, operator),
                new DocumentStore(dsl, clock, operator), new BulletinStore(dsl, clock),
                new FeedbackStore(dsl, clock, operator), new ItemTreeStore(dsl, clock, operator),
                new RecurrenceStore(dsl, clock, operator), new AttachmentStore(dsl, clock, operator),
                new SavedBoardStore(dsl, clock, operator));
    }

    /** The database's data version, which changes when another connection commits (the file watch). */
    public long dataVersion() {
        return DataVersion.read(database.dsl());
    }
}
