package duban.app;

import duban.app.cli.AppOptions;
import duban.ui.StoreThread;

import duban.ui.ErrorDialogs;

import duban.board.BoardView;
import duban.board.BoardViewModel;
import duban.domain.Card;
import duban.details.DetailsView;
import duban.details.DetailsViewModel;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.editor.EditorStore;
import duban.filter.FilterBar;
import duban.filter.FilterViewModel;
import duban.filter.FilteredFigures;
import duban.i18n.Messages;
import duban.ledger.LedgerTitle;
import duban.ledger.importing.ImportDialog;
import duban.ledger.importing.ImportViewModel;
import duban.ledger.view.LedgerJob;
import duban.ledger.view.LedgerViewModel;
import duban.projector.DataVersionWatcher;
import duban.projector.ProjectorSettings;
import duban.projector.ProjectorViewModel;
import duban.projector.ProjectorWindow;
import duban.ui.Ticker;
import duban.domain.Backup;
import duban.store.BackupService;
import duban.safety.FilePresence;
import duban.domain.office.OfficeSettings;
import duban.settings.SettingsDialog;
import duban.store.DataVersion;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.DemoData;
import duban.store.FailureLog;
import duban.store.ImportStore;
import duban.store.ItemStore;
import duban.store.OfficeSettingsStore;
import duban.store.SettingsStore;
import duban.store.StoreFailures;
import duban.store.UnitStore;
import duban.store.WorkflowStore;
import duban.ui.CjkFonts;
import duban.units.UnitStatsViewModel;
import duban.units.UnitStatsWindow;
import duban.workflow.RemindersDueViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The 督办看板 application: opens the database (refusing, with a Chinese message, a file it must
 * not touch), optionally seeds demo data, and shows the board.
 */
public final class DubanApp extends Application {

    private static volatile int exitStatus;

    private final Clock clock;
    /** The arguments when embedded (tests); null when launched, which passes them as parameters. */
    private final List<String> givenArguments;
    private StoreThread storeThread;
    private Database database;
    private String startupNotice = "";
    /** The board's first read, begun in init() so it overlaps building the window; taken once. */
    private Future<BoardViewModel.Snapshot> firstRead;
    private OfficeSettings settings = OfficeSettings.defaults();
    /** Why the application cannot start, in Chinese: the header line and the cause. */
    private String[] startupFailure;
    /** {@code --projector}: the meeting-room PC opens straight in the projector view. */
    private boolean startProjector;
    /** {@code --read-only}: the user asked to change nothing. */
    private boolean askedReadOnly;
    /** Why the database could not be opened, when it was the file's fault. */
    private DatabaseOpenException openFailure;
    /** Applies office settings to everything that judges items (set in start()). */
    private java.util.function.Consumer<OfficeSettings> applySettings;
    /** Reloads the board when another program has written to the database file. */
    private DataVersionWatcher watcher;
    /** Turns the board read-only when the file vanishes from its place (stick pulled, share gone). */
    private FilePresence presence;

    /** The application as launched: the system clock, the arguments from the launcher. */
    public DubanApp() {
        this(Clock.systemDefaultZone(), null);
    }

    /**
     * The application on {@code clock} with {@code arguments}: tests start it on a fixed day, so
     * that a run across midnight cannot change what is overdue between the set-up and the check.
     */
    public DubanApp(Clock clock, List<String> arguments) {
        this.clock = clock;
        this.givenArguments = arguments == null ? null : List.copyOf(arguments);
    }

    /** 0 after a normal run, non-zero when the application could not start. */
    public static int exitStatus() {
        return exitStatus;
    }

    @Override
    public void init() {
        // Dates in the calendar popup (month and weekday names) follow the default format locale.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, Messages.LOCALE);
        List<String> args = givenArguments != null ? givenArguments : getParameters().getRaw();
        AppOptions options;
        try {
            options = AppOptions.parse(args);
        } catch (AppOptions.BadArgumentsException e) {
            startupFailure = new String[] {Messages.get("open.badArguments", String.join(" ", args)), e.getMessage()};
            return;
        }
        startProjector = options.projector();
        askedReadOnly = options.readOnly();
        FailureLog.install(options.database(), !options.readOnly());
        EarlyStart early = EarlyStart.takeFor(args);
        storeThread = early == null ? new StoreThread() : early.storeThread();
        try {
            // Opened on the store thread, which alone uses the connection from now on; Main has
            // usually begun it already, while the toolkit started.
            database = early == null ? storeThread.runAndWait(() -> Database.open(options.database(), options.readOnly()))
                    : early.database().get();
            settings = storeThread.runAndWait(() -> new OfficeSettingsStore(database.dsl(), clock).load());
            if (options.demo() && !database.readOnly()) {
                DemoData.Outcome outcome = storeThread.runAndWait(
                        () -> new DemoData(database.dsl(), clock).seedIfEmpty());
                startupNotice = outcome.seeded()
                        ? Messages.get("statusbar.demoSeeded", outcome.units(), outcome.items())
                        : Messages.get("statusbar.demoSkipped", outcome.existingItems());
            }
            // Read while start() builds the window (FXML, styles, the first layout): the board's
            // own read of 10,000 items took as long again after the window had shown.
            firstRead = storeThread.submit(() -> BoardViewModel.Snapshot.read(new BoardStoreAdapter(
                    new ItemStore(database.dsl(), clock), new UnitStore(database.dsl()))));
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            String file = options.database().toAbsolutePath().normalize().toString();
            String message = cause instanceof DatabaseOpenException open
                    ? open.userMessage()
                    : Messages.get("open.failed", StoreFailures.describe(cause));
            startupFailure = new String[] {Messages.get("open.errorHeader", file), message};
            openFailure = cause instanceof DatabaseOpenException open ? open : null;
            FailureLog.record(message, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            startupFailure = new String[] {Messages.get("open.errorTitle"), StoreFailures.describe(e)};
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        if (startupFailure != null && openFailure != null
                && openFailure.reason() == DatabaseOpenException.Reason.CORRUPT && openNewestBackupInstead()) {
            startupFailure = null;
        }
        if (startupFailure != null) {
            exitStatus = 2;
            // One line on the terminal, no stack trace; the dialog says the rest.
            System.err.println(startupFailure[0].replace('\n', ' ') + " " + startupFailure[1]);
            ErrorDialogs.error(null, Messages.get("open.errorTitle"), startupFailure[0], startupFailure[1]).showAndWait();
            Platform.exit();
            return;
        }
        Deadlines deadlines = new Deadlines(clock, settings.dueSoonDays());
        ItemStore items = new ItemStore(database.dsl(), clock);
        BoardViewModel board = new BoardViewModel(new BoardStoreAdapter(items, new UnitStore(database.dsl())), storeThread,
                deadlines);
        board.showNotice(settings.problems().isEmpty() ? startupNotice
                : String.join(" ", settings.problems()) + " " + startupNotice);
        if (database.fileSystem().network()) {
            // The file is held by this computer alone, with a rollback journal: the officer must
            // know why a colleague's PC cannot open it meanwhile.
            String share = Messages.get("networkShare.notice", database.fileSystem().description());
            board.showNotice(board.noticeProperty().get() == null || board.noticeProperty().get().isBlank() ? share
                    : share + " " + board.noticeProperty().get());
        }
        if (database.readOnly()) {
            board.setReadOnly(askedReadOnly ? Messages.get("readOnly.asked")
                    : Messages.get("readOnly.fileNotWritable", database.file()));
        }
        DetailsViewModel details = new DetailsViewModel(items::history, storeThread, deadlines);
        // The details panel follows the board's selection, and re-reads after every change to it.
        board.selectedCardProperty().addListener((observable, old, card) -> {
            if (card == null) {
                details.clear();
            } else {
                details.show(card.item());
            }
        });

        FXMLLoader loader = new FXMLLoader(DubanApp.class.getResource("/board.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> new BoardView(board, database.file().toString()));
        Parent root = loader.load();
        BoardView view = loader.getController();
        view.setDetailsPanel(new DetailsView(details));
        BoardFollowers boardFollowers = new BoardFollowers(board.itemsProperty());
        FilterBar filterBar = createFilterBar(board, boardFollowers);
        view.setFilterBar(filterBar, filterBar::focusSearch);
        WindowDialogs dialogs = new WindowDialogs(() -> stage, board,
                EditorStore.of(new UnitStore(database.dsl()), items), storeThread, clock);
        board.setPrompts(dialogs);
        view.setDialogs(dialogs);
        UnitStatsViewModel unitStats = new UnitStatsViewModel(deadlines);
        boardFollowers.add(unitStats::setItems);
        view.setUnitStatsOpener(() -> UnitStatsWindow.show(stage, unitStats));
        RemindersDueViewModel remindersDue = new RemindersDueViewModel(deadlines, settings.cadences());
        boardFollowers.add(remindersDue::setItems);
        view.setWorkflow(new WindowWorkflow(board, new WorkflowStore(database.dsl(), clock), remindersDue, clock));
        LedgerViewModel ledger = new LedgerViewModel(ledgerStore(), storeThread, deadlines, clock,
                LedgerJob.onBackgroundThread());
        // An imported task list lands on the board and in the ledger at once (units may be new too).
        WindowLedger ledgerWindow = new WindowLedger(stage, ledger, ledgerOwner -> {
            if (board.isReadOnly()) {
                ledger.showMessage(Messages.get("readOnly.refused", board.readOnlyReasonProperty().get()));
                return;
            }
            new ImportDialog(ledgerOwner, new ImportViewModel(new ImportStore(database.dsl(), clock), storeThread, clock,
                    Platform::runLater))
                    .showAndWait().ifPresent(result -> {
                        board.reload();
                        ledger.reload();
                        ledger.showMessage(result.describe());
                        board.showMessage(result.describe());
                    });
        });
        view.setLedgerOpener(ledgerWindow::open);
        // An open ledger follows the board: every change there is read again here.
        boardFollowers.add(changed -> {
            if (ledgerWindow.isShowing()) {
                ledger.reload();
            }
        });

        // 投影模式 for the weekly meeting: read-only over the board's items. Another instance's writes
        // to the same file are noticed through PRAGMA data_version, for the board and the projector alike.
        ProjectorViewModel projector = new ProjectorViewModel(board.itemsProperty(), deadlines, clock,
                ProjectorSettings.of(new SettingsStore(database.dsl(), clock)), storeThread, Ticker.fx());
        watcher = DataVersionWatcher.of(() -> DataVersion.read(database.dsl()), storeThread, board::reload);
        Runnable openProjector = () -> ProjectorWindow.show(stage, projector);
        view.setProjectorOpener(openProjector);

        // The settings reach everything that judges items; 设置… saves them and applies them again.
        java.util.function.Consumer<OfficeSettings> apply = applied -> {
            settings = applied;
            Deadlines judged = new Deadlines(clock, applied.dueSoonDays());
            board.applySettings(judged, applied::cadenceFor, applied.reportRequiredBeforeClosing());
            remindersDue.setRules(judged, applied.cadences());
            unitStats.setDeadlines(judged);
            ledger.setDeadlines(judged);
            projector.setDeadlines(judged);
            dialogs.setSettings(applied);
        };
        apply.accept(settings);
        applySettings = apply;
        OfficeSettingsStore settingsStore = new OfficeSettingsStore(database.dsl(), clock);
        view.setSettingsOpener(() -> {
            if (board.refusedAsReadOnly()) {
                return;
            }
            new SettingsDialog(stage, settings).showAndWait().ifPresent(updated ->
                    storeThread.run(() -> settingsStore.save(updated), written -> {
                        apply.accept(updated);
                        board.showMessage(Messages.get("settings.saved", written.size()));
                    }, failure -> board.showMessage(Messages.get("settings.saveFailed", StoreFailures.describe(failure)))));
        });
        CjkFonts.apply(root);

        stage.setTitle(Messages.get("app.titleWithFile", database.file().getFileName()));
        stage.setScene(new Scene(root, 1280, 800));
        stage.sizeToScene();
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        if (Boolean.getBoolean("duban.timing")) {
            StartupTiming.reportFirstBoardFrame(stage.getScene(), board);
        }
        Future<BoardViewModel.Snapshot> read = firstRead;
        firstRead = null;
        if (read == null) {
            board.reload(); // opened in start(): a backup instead of a damaged file
        } else {
            board.reload(() -> {
                try {
                    // Done by now: read on this same thread, before this task was queued.
                    return read.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            });
        }
        watcher.start();
        presence = new FilePresence(database.file(), Ticker.fx(), () -> {
            board.setReadOnly(Messages.get("readOnly.fileGone", database.file()));
            board.showMessage(Messages.get("readOnly.fileGone", database.file()));
        });
        presence.start();
        new WindowBackups(stage, board, database, storeThread, clock).install(view, () -> {
            // The restored file carries its own items and settings: the board (and with it the
            // ledger and the projector) reads them again.
            board.reload();
            storeThread.run(() -> new OfficeSettingsStore(database.dsl(), clock).load(), applySettings,
                    failure -> board.showMessage(StoreFailures.describe(failure)));
        });
        if (startProjector) {
            Platform.runLater(openProjector);
        }
    }

    /**
     * A damaged file: offers the newest backup that opens. Accepted, the damaged file is renamed
     * aside (never changed or deleted: evidence for whoever repairs it), a copy of the backup
     * takes its name, and the board opens on it. Returns whether the board can now start.
     */
    private boolean openNewestBackupInstead() {
        Path file = openFailure.file();
        Optional<Backup> newest = BackupService.newestUsable(file);
        if (newest.isEmpty()) {
            return false;
        }
        Backup backup = newest.get();
        ButtonType openBackup = new ButtonType(Messages.get("open.useBackup"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.get("open.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert offer = new Alert(Alert.AlertType.WARNING, Messages.get("open.offerBackup", openFailure.userMessage(),
                backup.takenAtText(), backup.itemCount(), file.getFileName()), openBackup, quit);
        offer.setTitle(Messages.get("open.errorTitle"));
        offer.setHeaderText(Messages.get("open.errorHeader", file));
        offer.getDialogPane().setId("offer-backup");
        CjkFonts.apply(offer.getDialogPane());
        if (offer.showAndWait().orElse(quit) != openBackup) {
            return false;
        }
        try {
            Path setAside = BackupService.restoreClosedFile(file, backup.file(), clock);
            database = storeThread.runAndWait(() -> Database.open(file));
            settings = storeThread.runAndWait(() -> new OfficeSettingsStore(database.dsl(), clock).load());
            startupNotice = Messages.get("open.restoredFromBackup", backup.takenAtText(),
                    setAside.getFileName());
            return true;
        } catch (Exception e) {
            startupFailure = new String[] {Messages.get("open.errorHeader", file),
                    Messages.get("open.backupFailed", StoreFailures.describe(e))};
            return false;
        }
    }

    /** What the 督办台账 reads and saves, on the store thread. */
    private LedgerViewModel.Store ledgerStore() {
        ItemStore items = new ItemStore(database.dsl(), clock);
        WorkflowStore workflow = new WorkflowStore(database.dsl(), clock);
        UnitStore units = new UnitStore(database.dsl());
        SettingsStore settingsStore = new SettingsStore(database.dsl(), clock);
        return new LedgerViewModel.Store() {
            @Override
            public LedgerViewModel.LedgerData load() {
                return new LedgerViewModel.LedgerData(items.loadAll(), workflow.latestReports(), units.all(),
                        settingsStore.get(LedgerTitle.OFFICE_NAME_KEY).orElse(""));
            }

            @Override
            public void saveOfficeName(String officeName) {
                settingsStore.put(LedgerTitle.OFFICE_NAME_KEY, officeName);
            }
        };
    }

    /**
     * The filter bar over the board: the columns show only matching cards, the bar shows the
     * filtered figures beside the whole board's, and its choices follow the board's content.
     */
    private static FilterBar createFilterBar(BoardViewModel board, BoardFollowers boardFollowers) {
        FilterViewModel filters = new FilterViewModel();
        FilterBar bar = new FilterBar(filters);
        board.cardFilterProperty().bind(filters.filterProperty()
                .map(filter -> (Predicate<Card>) card -> filter.matches(card.item(), card.deadlineState())));
        bar.summaryLabel().textProperty().bind(Bindings.createStringBinding(
                () -> FilteredFigures.summaryText(filters.getFilter(), board.filteredStatsProperty().get(),
                        board.statsProperty().get()),
                filters.filterProperty(), board.filteredStatsProperty(), board.statsProperty()));
        boardFollowers.add(filters::setOptions);
        return bar;
    }


    @Override
    public void stop() {
        if (watcher != null) {
            watcher.close();
        }
        if (presence != null) {
            presence.close();
        }
        if (storeThread != null) {
            if (database != null) {
                // Closed on the store thread after the queued writes, never under one.
                try {
                    storeThread.runAndWait(() -> {
                        database.close();
                        return null;
                    });
                } catch (Exception e) {
                    System.getLogger(DubanApp.class.getName()).log(System.Logger.Level.WARNING, "closing failed", e);
                }
            }
            storeThread.close();
        }
    }
}
