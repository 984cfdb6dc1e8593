package duban.app;

import duban.app.cli.VerifyCommand;
import duban.board.BoardFollowers;
import duban.board.BoardView;
import duban.board.BoardViewModel;
import duban.boards.BoardTabs;
import duban.boards.BoardTabsViewModel;
import duban.board.CardWorkflow;
import duban.details.DetailsView;
import duban.details.DetailsViewModel;
import duban.documents.WindowDocuments;
import duban.domain.Card;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.boards.BoardScope;
import duban.domain.office.OfficeSettings;
import duban.filter.FilterBar;
import duban.filter.FilterViewModel;
import duban.filter.FilteredFigures;
import duban.i18n.Messages;
import duban.ledger.feedback.FeedbackActions;
import duban.ledger.importing.ImportDialog;
import duban.ledger.importing.ImportViewModel;
import duban.ledger.view.LedgerViewModel;
import duban.ledger.view.WindowLedger;
import duban.projector.DataVersionWatcher;
import duban.projector.ProjectorViewModel;
import duban.projector.ProjectorWindow;
import duban.safety.BackupsViewModel;
import duban.safety.FilePresence;
import duban.safety.WindowBackups;
import duban.safety.WindowDataTransfer;
import duban.settings.SettingsDialog;
import duban.statistics.StatisticsViewModel;
import duban.statistics.StatisticsWindow;
import duban.store.ChangeFeed;
import duban.store.Database;
import duban.store.StoreFailures;
import duban.store.Stores;
import duban.ui.BackgroundJob;
import duban.ui.Frames;
import duban.ui.Fxml;
import duban.ui.StoreThread;
import duban.ui.Ticker;
import duban.units.UnitStatsViewModel;
import duban.units.UnitStatsWindow;
import duban.workflow.RemindersDueViewModel;
import duban.workflow.WindowWorkflow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application's object graph over one open database: the stores (built once, in
 * {@link Stores}), the features' ports over them ({@link StorePorts}), the view models, and the
 * board window with everything it opens. {@link DubanApp} builds it once the database is open and
 * shows what {@link #loadBoardWindow()} gives.
 */
final class AppContext {

    private final Stage stage;
    private final Stores stores;
    private final Database database;
    private final StoreThread storeThread;
    private final Clock clock;
    private OfficeSettings settings;

    private final BoardViewModel board;
    private final DetailsViewModel details;
    private final FilterViewModel filters = new FilterViewModel();
    private final UnitStatsViewModel unitStats;
    private final StatisticsViewModel statistics;
    private final RemindersDueViewModel remindersDue;
    private final LedgerViewModel ledger;
    private final ProjectorViewModel projector;
    private final BackupsViewModel backups;
    /** The saved boards' tabs; the chosen one's scope, kept here for the ledger's reads on the store thread. */
    private final BoardTabsViewModel boardTabs;
    private volatile BoardScope chosenBoard = BoardScope.ALL;

    private final BoardFollowers followers;
    private final WindowDialogs dialogs;
    private final WindowWorkflow workflow;
    private final WindowDocuments documents;
    private final WindowLedger ledgerWindow;
    private final WindowBackups backupMenu;
    private final WindowDataTransfer transfer;
    /** Reloads the board when another program has written to the database file. */
    private final DataVersionWatcher watcher;
    /** On a server: what other PCs commit, heard through LISTEN/NOTIFY; null on a file. */
    private ChangeFeed changeFeed;
    /** Turns the board read-only when the file vanishes from its place (stick pulled, share gone). */
    private FilePresence presence;
    /** Issue 17: the 附件 section, files dropped on cards and the panel, 添加佐证材料 when closing. */
    private final duban.attachments.AttachmentActions attachments;
    private javafx.application.HostServices hostServices;
    /** 设置 → 附件 as last read or saved: which categories need 佐证材料 before closing. */
    private volatile duban.domain.attachments.AttachmentSettings attachmentRules =
            duban.domain.attachments.AttachmentSettings.defaults();
    /** 定期督办: the card menu's dialogs, and the occurrences that appear by themselves (issue 17). */
    private final duban.recurring.WindowRecurrence recurrence;
    private Ticker.Cancellable occurrences;
    /** Issue 18: the board's 导入任务清单… and 查看示例. */
    private FirstRunPorts firstRun;
    private duban.ui.ScreenMemory projectorScreen = duban.ui.ScreenMemory.none();
    /** Set by {@link #close()}: what waited for the first frame is not started any more. */
    private boolean closed;

    /**
     * Builds the view models and windows over {@code stores}, judging items by {@code settings}
     * (the office's, read at start-up).
     */
    AppContext(Stage stage, Stores stores, BoardStoreAdapter boardStore, StoreThread storeThread, Clock clock,
               OfficeSettings settings) {
        this.stage = stage;
        this.stores = stores;
        this.database = stores.database();
        this.storeThread = storeThread;
        this.clock = clock;
        this.settings = settings;
        Deadlines deadlines = new Deadlines(clock, settings.dueSoonDays());
        board = new BoardViewModel(boardStore, storeThread, deadlines);
        details = new DetailsViewModel(stores.items()::history, storeThread, deadlines);
        unitStats = new UnitStatsViewModel(deadlines);
        statistics = new StatisticsViewModel(StatisticsPorts.statistics(stores.bulletins()), storeThread, clock);
        remindersDue = new RemindersDueViewModel(deadlines, settings.cadences());
        ledger = new LedgerViewModel(LedgerAttachmentPorts.withAttachments(SavedBoardPorts.followingBoard(
                StorePorts.ledger(stores.items(), stores.workflow(), stores.units(), stores.settings()),
                () -> chosenBoard), stores.attachments(), storeThread), storeThread, deadlines, clock,
                BackgroundJob.onBackgroundThread());
        // 投影模式 for the weekly meeting: read-only over the board's items.
        projector = new ProjectorViewModel(board.itemsProperty(), deadlines, clock,
                StorePorts.projectorSettings(stores.settings()), storeThread, Ticker.fx(),
                StatisticsPorts.projector(stores.bulletins()));
        backups = new BackupsViewModel(StorePorts.backups(stores.backups()), storeThread, database.shortName());
        backups.setOnMessage(board::showMessage);

        followers = new BoardFollowers(board.itemsProperty());
        dialogs = new WindowDialogs(() -> stage, board, StorePorts.editor(stores.units(), stores.items()),
                storeThread, clock);
        board.setPrompts(dialogs);
        boardTabs = new BoardTabsViewModel(SavedBoardPorts.port(stores.boards()), storeThread,
                () -> filters.getFilter().toBoardScope(), filters::clear, board::showMessage);
        dialogs.setDefaultSource(boardTabs::defaultSource);
        attachments = AttachmentPorts.actions(stores.attachments(), storeThread, () -> hostServices, board::reload,
                board::showMessage);
        dialogs.setEvidence(AttachmentPorts.evidenceRequired(() -> attachmentRules), attachments);
        dialogs.enableSplitting(SplitPorts.split(stores.trees())); // 事项分解 (issue 17)
        workflow = new WindowWorkflow(board::recordWorkflow, StorePorts.workflow(stores.workflow()), remindersDue,
                clock);
        documents = DocumentPorts.windows(stores, storeThread, clock, () -> board.readOnlyReasonProperty().get(),
                board::showMessage, workflow);
        // An imported task list lands on the board and in the ledger at once (units may be new too).
        ledgerWindow = new WindowLedger(stage, ledger, this::openImport);
        FeedbackActions feedback = FeedbackPorts.actions(stores.feedback(), storeThread, board, ledger);
        ledgerWindow.setFeedbackActions(feedback::exportForms, feedback::importForm);
        backupMenu = new WindowBackups(() -> stage, backups, this::checkHistory, storeThread,
                board::refusedAsReadOnly, this::afterRestore);
        transfer = new WindowDataTransfer(() -> stage, StorePorts.dataTransfer(database), storeThread);
        // Another instance's writes to the same file are noticed through PRAGMA data_version, for
        // the board and the projector alike.
        watcher = DataVersionWatcher.of(stores::dataVersion, storeThread, board::reload);
        recurrence = RecurrencePorts.windows(stores, () -> this.settings.holidayCalendar(), board);
        followBoard();
        applySettings(settings);
    }

    /** The system viewer attachments open with when java.awt.Desktop cannot (the Application's). */
    void useHostServices(javafx.application.HostServices services) {
        hostServices = services;
    }

    /** The board's view model (start-up timing). */
    BoardViewModel board() {
        return board;
    }

    /**
     * What the status bar says from the start ({@code startupNotice}, the settings' problems, a
     * network share), and the read-only banner when the file is open read-only.
     *
     * @param askedReadOnly whether the user asked for 只读模式 ({@code --read-only})
     */
    void showStartState(String startupNotice, boolean askedReadOnly) {
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
            board.setReadOnly(askedReadOnly ? Messages.get("readOnly.asked") : database.readOnlyReason());
        }
    }

    /** Loads {@code board.fxml} with its controller, the board view, given all its collaborators. */
    Parent loadBoardWindow() {
        FilterBar filterBar = createFilterBar();
        // The saved boards' tabs sit above the filter bar, in the board's filter slot.
        javafx.scene.layout.VBox tabsAndFilter = new javafx.scene.layout.VBox(
                new BoardTabs(boardTabs, board::units), filterBar);
        DetailsView detailsView = new DetailsView(details, attachments.createSection(),
                RecurrencePorts.seriesPanel(stores, storeThread, details));
        attachments.acceptDropsOn(detailsView);
        BoardView.Collaborators collaborators = new BoardView.Collaborators(dialogs, cardWorkflow(),
                detailsView, tabsAndFilter, filterBar::focusSearch, ledgerWindow::open, this::openProjector,
                this::openSettings, () -> UnitStatsWindow.show(stage, unitStats), backupMenu::backupNow,
                backupMenu::openRestore, backupMenu::verifyHistory, transfer::moveToServer, transfer::exportToFile,
                () -> StatisticsWindow.show(stage, statistics),
                DocumentPorts.forBoard(documents), attachments::addDropped);
        firstRun = new FirstRunPorts(stage, database, clock, this::openImport, board::showMessage, () -> hostServices);
        Parent boardRoot = Fxml.root("board.fxml", type -> {
            BoardView view = new BoardView(board, database.location(), collaborators);
            view.setRecurrence(RecurrencePorts.forBoard(recurrence));
            view.setFirstRunActions(firstRun); // issue 18: 导入任务清单… and 查看示例
            return view;
        });
        WallChartPorts.wire(boardRoot, stage, board, clock);   // 打印看板 (issue 18)
        return boardRoot;
    }

    /**
     * Once the window shows: the board's first read (begun at start-up, or {@code null} to read
     * now) and the watch for other writers; once that read is laid out ({@link FirstBoardFrame}),
     * the day's first backup, the occurrences of 定期督办 and the watch on the file's place.
     *
     * @param readBegun runs right after the read began (start-up timing), before anything else waits for it
     */
    void windowShown(Callable<BoardViewModel.Snapshot> firstRead, Runnable readBegun) {
        if (firstRead == null) {
            board.reload(); // opened in start(): a backup instead of a damaged file
        } else {
            board.reload(firstRead);
        }
        readBegun.run();
        // At once: a change another writer makes meanwhile must not slip between the read and the watch.
        followOtherWriters();
        boardTabs.reload();
        FirstBoardFrame.whenLaidOut(stage.getScene(), board.loadingProperty(), this::afterFirstFrame);
    }

    /** {@link #windowShown(Callable, Runnable)} with nothing to run when the read began. */
    void windowShown(Callable<BoardViewModel.Snapshot> firstRead) {
        windowShown(firstRead, () -> { });
    }

    /** What waits for the first frame of the board: none of it shows in that frame. */
    private void afterFirstFrame() {
        if (closed) {
            return; // closed before its first frame (a test, a quick 退出): nothing more to start
        }
        occurrences = RecurrencePorts.followOccurrences(stores, storeThread, clock, board, followers,
                database.readOnly());
        if (!database.onServer()) { // a server does not vanish like a file on a pulled stick
            presence = new FilePresence(database.file(), Ticker.fx(), () -> {
                board.setReadOnly(Messages.get("readOnly.fileGone", database.file()));
                board.showMessage(Messages.get("readOnly.fileGone", database.file()));
            });
            presence.start();
        }
        // The first start of each day keeps a consistent copy: of a file in backups/ beside it (VACUUM
        // INTO), of a server a snapshot file in this PC's folder for that server (see BackupService);
        // quietly: the day's first message bar belongs to the user's own work, only a failure speaks.
        if (!database.readOnly()) {
            storeThread.run(stores.backups()::backupIfFirstStartToday, made -> { },
                    failure -> board.showMessage(Messages.get("backup.failed", StoreFailures.describe(failure))));
        }
    }

    /**
     * Other writers' changes reach the board (and the ledger, 单位统计 and projector, which follow
     * it): on a file by polling SQLite's data version, on a server announced by the server itself.
     */
    private void followOtherWriters() {
        if (database.onServer()) {
            changeFeed = ChangeFeed.start(database,
                    new ServerChanges(board, projector, clock.getZone(), Platform::runLater, this::reloadSettings));
        } else {
            watcher.start();
        }
    }

    /** Whether other writers' changes are followed now (on a server: the feed listens). For tests. */
    boolean followingOtherWriters() {
        return changeFeed != null ? changeFeed.listening() : watcher.isRunning();
    }

    /** F5 and 投影: the full-screen projector view (on the second screen, when there is one: issue 18). */
    void openProjector() {
        ProjectorWindow.show(stage, projector, projectorScreen);
    }

    /**
     * Issue 18: the projector's screen, the chosen board and the filter as this user left them
     * (kept with the window's place, outside the database).
     */
    void useWindowState(MainWindowState windowState) {
        projectorScreen = windowState.projectorScreen();
        windowState.followBoard(database.location(), boardTabs, filters, stage);
    }

    /** Stops the watchers (the store thread and the database are the application's to close). */
    void close() {
        closed = true;
        watcher.close();
        if (occurrences != null) {
            occurrences.cancel();
        }
        if (changeFeed != null) {
            changeFeed.close();
        }
        if (presence != null) {
            presence.close();
        }
    }

    /** What follows the board's items once the board is still (see {@link BoardFollowers}). */
    private void followBoard() {
        // The details panel follows the board's selection, and re-reads after every change to it.
        board.selectedCardProperty().addListener((observable, old, card) -> {
            Scene scene = stage.getScene();
            if (card != null && old != null && old.id() == card.id() && scene != null) {
                // The shown item changed (a drop, a report, an edit): the panel follows one frame
                // later, so that its fields' layout and its history's read stay out of the frame that
                // shows the moved card (issue 18: at 10,000 items about a tenth of that frame's work).
                Frames.afterNextFrame(scene, this::showSelectedInDetails);
                return;
            }
            if (card == null) {
                details.clear();
            } else {
                details.show(card.item());
            }
        });
        followChosenBoard();
        details.itemProperty().addListener((observable, old, item) -> attachments.show(item));
        followers.add(details::setBoardItems); // 事项分解's tree in the details panel (issue 17)
        details.setOnChooseItem(board::selectItem);
        followers.add(filters::setOptions);
        followers.add(unitStats::setItems);
        followers.add(changed -> statistics.dataChanged());
        followers.add(remindersDue::setItems);
        // An open ledger follows the board: every change there is read again here.
        followers.add(changed -> {
            if (ledgerWindow.isShowing()) {
                ledger.reload();
            }
        });
    }

    /** The selected card's item in the details panel as it is now, after a change to it was put off. */
    private void showSelectedInDetails() {
        Card selected = board.selectedCardProperty().get();
        // A card chosen meanwhile was shown at once, and of several changes in one frame the first
        // call shows the latest: only an item the panel does not show yet is due.
        if (selected != null && details.itemProperty().get() != selected.item()) {
            details.show(selected.item());
        }
    }

    /**
     * The chosen saved board narrows the board (its columns, header figures and items, and so
     * 单位统计 and the projector, which follow the items) and the ledger. Whatever reads the board
     * again (another program on the file, another PC on the server) reads the saved boards too.
     */
    private void followChosenBoard() {
        board.boardScopeProperty().bind(boardTabs.chosenScopeProperty()
                .map(scope -> scope.isAll() ? null : (Predicate<Item>) scope::matches));
        boardTabs.chosenScopeProperty().addListener((observable, old, scope) -> {
            chosenBoard = scope;
            if (ledgerWindow.isShowing()) {
                ledger.reload();
            }
        });
        board.loadingProperty().addListener((observable, wasLoading, loading) -> {
            if (wasLoading && !loading) {
                boardTabs.reload();
            }
        });
    }

    /**
     * The filter bar over the board: the columns show only matching cards, the bar shows the
     * filtered figures beside the whole board's, and its choices follow the board's content.
     */
    private FilterBar createFilterBar() {
        FilterBar bar = new FilterBar(filters);
        board.cardFilterProperty().bind(filters.filterProperty()
                .map(filter -> (Predicate<Card>) card -> filter.matches(card.item(), card.deadlineState())));
        bar.summaryLabel().textProperty().bind(Bindings.createStringBinding(
                () -> FilteredFigures.summaryText(filters.getFilter(), board.filteredStatsProperty().get(),
                        board.statsProperty().get()),
                filters.filterProperty(), board.filteredStatsProperty(), board.statsProperty()));
        return bar;
    }

    /** The card menu's workflow records and 今日待催办, as the workflow feature shows them. */
    private CardWorkflow cardWorkflow() {
        return new CardWorkflow() {
            @Override
            public void report(Window owner, Item item) {
                workflow.report(owner, item);
            }

            @Override
            public void remind(Window owner, Item item) {
                workflow.remind(owner, item);
            }

            @Override
            public void extend(Window owner, Item item) {
                workflow.extend(owner, item);
            }

            @Override
            public void showRemindersDue(Window owner) {
                workflow.showRemindersDue(owner);
            }
        };
    }

    /** The settings reach everything that judges items; 设置… saves them and applies them again. */
    private void applySettings(OfficeSettings applied) {
        settings = applied;
        Deadlines judged = new Deadlines(clock, applied.dueSoonDays());
        board.applySettings(judged, applied::cadenceFor, applied.reportRequiredBeforeClosing());
        remindersDue.setRules(judged, applied.cadences());
        unitStats.setDeadlines(judged);
        ledger.setDeadlines(judged);
        projector.setDeadlines(judged);
        dialogs.setSettings(applied);
    }

    /** 设置: the office's settings in a dialog; saved ones apply at once. */
    private void openSettings() {
        if (board.refusedAsReadOnly()) {
            return;
        }
        // The attachment rules are read first (store thread), then shown in the same dialog (issue 17, attach).
        storeThread.run(stores.attachments()::settings, attachmentSettings -> {
            this.attachmentRules = attachmentSettings;
            SettingsDialog dialog = new SettingsDialog(stage, settings, attachmentSettings);
            dialog.showAndWait().ifPresent(updated -> {
                var attachmentRules = dialog.viewModel().attachmentRules().toSettings();
                storeThread.run(() -> AttachmentSettingsPort.save(stores, updated, attachmentRules), written -> {
                    this.attachmentRules = attachmentRules;
                    applySettings(updated);
                    board.showMessage(Messages.get("settings.saved", written.size()));
                }, failure -> board.showMessage(Messages.get("settings.saveFailed", StoreFailures.describe(failure))));
            });
        }, failure -> board.showMessage(Messages.get("settings.saveFailed", StoreFailures.describe(failure))));
    }

    /** 导入: the import dialog over the ledger window; what it imports shows on the board and in the ledger. */
    private void openImport(Window ledgerOwner) {
        if (board.isReadOnly()) {
            ledger.showMessage(Messages.get("readOnly.refused", board.readOnlyReasonProperty().get()));
            return;
        }
        new ImportDialog(ledgerOwner, new ImportViewModel(StorePorts.importing(stores.importing()), storeThread, clock,
                Platform::runLater))
                .showAndWait().ifPresent(result -> {
                    board.reload();
                    ledger.reload();
                    ledger.showMessage(result.describe());
                    board.showMessage(result.describe());
                });
    }

    /**
     * The restored file carries its own items and settings: the board (and with it the ledger and
     * the projector) reads them again.
     */
    private void afterRestore() {
        board.reload();
        reloadSettings();
    }

    /** Reads the office's settings again and applies them (restored, or saved on another PC). */
    private void reloadSettings() {
        storeThread.run(stores.officeSettings()::load, this::applySettings,
                failure -> board.showMessage(StoreFailures.describe(failure)));
    }

    /**
     * 校验台账 on the store thread: the command line's check, reading the file only, worded as the
     * command line words it.
     */
    private WindowBackups.HistoryVerdict checkHistory() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        // On a network share the board holds the file exclusively; the check reads it on its own connection.
        int status = database.onServer()
                ? new VerifyCommand(out, out).verifyServer(database, stores.backups().newestBackup())
                : database.withFileOpenToOthers(() -> new VerifyCommand(out, out).verify(database.file()));
        WindowBackups.HistoryVerdict.Outcome outcome = switch (status) {
            case VerifyCommand.INTACT -> WindowBackups.HistoryVerdict.Outcome.INTACT;
            case VerifyCommand.TAMPERED -> WindowBackups.HistoryVerdict.Outcome.TAMPERED;
            default -> WindowBackups.HistoryVerdict.Outcome.CANNOT_CHECK;
        };
        return new WindowBackups.HistoryVerdict(outcome, text.toString(StandardCharsets.UTF_8).strip());
    }
}
