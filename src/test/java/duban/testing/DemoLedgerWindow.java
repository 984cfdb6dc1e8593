package duban.testing;

import duban.app.StorePorts;
import duban.domain.Deadlines;
import duban.ledger.view.LedgerView;
import duban.ledger.view.LedgerViewModel;
import duban.ledger.view.LedgerWindow;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.DemoData;
import duban.store.ItemStore;
import duban.store.SettingsStore;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.ui.BackgroundJob;
import duban.ui.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The 督办台账 window over the demo office, in a fresh file on a fixed day (2026-11-21, 9:30): the
 * ledger's port as the application adapts it over the real stores, store work run inline, the
 * window 1280 × 760 and read once. Close it after the test.
 */
public final class DemoLedgerWindow implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);

    public final Database database;
    public final LedgerViewModel viewModel;
    public final LedgerView view;
    public final Scene scene;

    private DemoLedgerWindow(Database database, LedgerViewModel viewModel, LedgerView view, Scene scene) {
        this.database = database;
        this.viewModel = viewModel;
        this.view = view;
        this.scene = scene;
    }

    /**
     * Shows the ledger of a new demo file in {@code folder} on {@code stage}; {@code importOpener} is
     * asked to open 导入任务清单 over a window.
     */
    public static DemoLedgerWindow show(Stage stage, Path folder, Consumer<Window> importOpener)
            throws IOException, DatabaseOpenException {
        Database database = Database.open(Files.createTempFile(folder, "ledger", ".db"));
        new DemoData(database.dsl(), CLOCK).seedIfEmpty();
        LedgerViewModel.Store store = StorePorts.ledger(new ItemStore(database.dsl(), CLOCK),
                new WorkflowStore(database.dsl(), CLOCK), new UnitStore(database.dsl()),
                new SettingsStore(database.dsl(), CLOCK));
        LedgerViewModel viewModel = new LedgerViewModel(store, TaskRunner.inline(), new Deadlines(CLOCK), CLOCK,
                BackgroundJob.onBackgroundThread());
        LedgerView view = new LedgerView(viewModel, importOpener);
        Scene scene = LedgerWindow.scene(view, 1280, 760);
        stage.setScene(scene);
        stage.show();
        viewModel.reload();
        return new DemoLedgerWindow(database, viewModel, view, scene);
    }

    @Override
    public void close() {
        database.close();
    }
}
