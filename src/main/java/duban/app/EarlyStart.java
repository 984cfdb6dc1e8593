package duban.app;

import duban.app.cli.AppOptions;
import duban.ui.StoreThread;

import duban.store.Database;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Opening the database while the JavaFX toolkit starts: {@link Main} begins it on the store
 * thread before {@code Application.launch}, and {@link DubanApp#init()} takes it over. The two
 * took turns before (about half a second each); now they overlap. Launched any other way (tests
 * start {@link DubanApp} directly), the application opens the database itself, as before.
 *
 * @param args     the command line it was begun for; taken over only by a launch with the same
 * @param database the opening, on {@code storeThread}
 */
record EarlyStart(List<String> args, StoreThread storeThread, Future<Database> database) {

    private static EarlyStart begun;

    /** Begins opening the database {@code options} (checked, from {@code args}) name. */
    static synchronized void begin(List<String> args, AppOptions options) {
        duban.store.FailureLog.install(options.database(), !options.readOnly());
        StoreThread storeThread = new StoreThread();
        begun = new EarlyStart(List.copyOf(args), storeThread, storeThread.submit(() -> {
            Database opened = options.open();
            StartupTiming.mark("database-open");
            return opened;
        }));
    }

    /** The opening begun for {@code args}, handed over once; {@code null} when none was begun. */
    static synchronized EarlyStart takeFor(List<String> args) {
        EarlyStart early = begun;
        begun = null;
        return early != null && early.args().equals(args) ? early : null;
    }
}
