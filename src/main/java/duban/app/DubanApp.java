package duban.app;

import duban.app.cli.AppOptions;
import duban.app.cli.AppPaths;
import duban.board.BoardViewModel;
import duban.connect.Login;
import duban.connect.LoginDialog;
import duban.domain.Backup;
import duban.domain.office.OfficeSettings;
import duban.i18n.Messages;
import duban.store.BackupService;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.store.DemoData;
import duban.store.FailureLog;
import duban.store.StoreFailures;
import duban.store.Stores;
import duban.ui.CjkFonts;
import duban.ui.ErrorDialogs;
import duban.ui.ReadableLook;
import duban.ui.ReadingPreferences;
import duban.ui.OwnedWindows;
import duban.ui.StoreThread;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import javafx.application.Application;
import javafx.application.Platform;
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
    /** The FX thread, recorded as the application starts ({@link #awaitToolkitEnd}). */
    private static volatile Thread toolkitThread;

    private final Clock clock;
    /** Closes the installer's splash picture: when the board's first frame is laid out, or before a dialog. */
    private final Runnable closeSplash;
    /** The arguments when embedded (tests); null when launched, which passes them as parameters. */
    private final List<String> givenArguments;
    private StoreThread storeThread;
    private Database database;
    /** The stores over {@link #database}, each built once. */
    private Stores stores;
    /** The board's port over the stores, built with them. */
    private BoardStoreAdapter boardStore;
    /** Everything the board window is made of, built in start(). */
    private AppContext context;
    private String startupNotice = "";
    /** The board's first read, begun in init() so it overlaps building the window; taken once. */
    private Future<BoardViewModel.Snapshot> firstRead;
    /** The office's settings, read once the database is open (before start() builds the window). */
    private OfficeSettings settings;
    /** Why the application cannot start, in Chinese: the header line and the cause. */
    private String[] startupFailure;
    /** {@code --projector}: the meeting-room PC opens straight in the projector view. */
    private boolean startProjector;
    /** {@code --read-only}: the user asked to change nothing. */
    private boolean askedReadOnly;
    /** The server's demand for a password, which start() answers with the login dialog; or null. */
    private DatabaseOpenException loginNeeded;
    /** The options of the server whose login is asked for. */
    private AppOptions serverOptions;
    /** Why the database could not be opened, when it was the file's fault. */
    private DatabaseOpenException openFailure;

    /** The application as launched: the system clock, the arguments from the launcher. */
    public DubanApp() {
        this(Clock.systemDefaultZone(), null);
    }

    /**
     * The application on {@code clock} with {@code arguments}: tests start it on a fixed day, so
     * that a run across midnight cannot change what is overdue between the set-up and the check.
     */
    public DubanApp(Clock clock, List<String> arguments) {
        this(clock, arguments, LaunchSplash::close);
    }

    /** As above, closing the launcher's splash picture with {@code closeSplash} (tests count the calls). */
    DubanApp(Clock clock, List<String> arguments, Runnable closeSplash) {
        this.clock = clock;
        this.givenArguments = arguments == null ? null : List.copyOf(arguments);
        this.closeSplash = closeSplash;
    }

    /** 0 after a normal run, non-zero when the application could not start. */
    public static int exitStatus() {
        return exitStatus;
    }

    /**
     * Waits, at most {@code bound}, until the toolkit has ended, once {@code Application.launch} has
     * returned. JavaFX may end its toolkit on the FX thread (an idle check after {@code Platform.exit})
     * while {@code launch} returns on the launcher's thread: both ask for the end, and the second
     * returns at once. A {@code System.exit} right after {@code launch} then ran beside the toolkit's
     * end, and the headless toolkit printed a stack trace ({@code Shutdown in progress}) on the
     * terminal after a cancelled login.
     */
    static void awaitToolkitEnd(Duration bound) throws InterruptedException {
        Thread thread = toolkitThread;
        if (thread != null && thread != Thread.currentThread()) {
            thread.join(bound.toMillis());
        }
    }

    @Override
    public void init() {
        StartupTiming.mark("init");
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
            Database opened = early == null ? storeThread.runAndWait(options::open) : early.database().get();
            prepare(options, opened);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof DatabaseOpenException open && open.needsPassword() && options.server() != null) {
                // start() asks for the password: a dialog needs the FX thread.
                loginNeeded = open;
                serverOptions = options;
                return;
            }
            cannotOpen(options, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            startupFailure = new String[] {Messages.get("open.errorTitle"), StoreFailures.describe(e)};
        }
    }

    /**
     * Everything the board needs once {@code opened} is open, on the store thread: the stores,
     * the office's settings, the demo data asked for, and the board's first read begun.
     */
    private void prepare(AppOptions options, Database opened)
            throws java.util.concurrent.ExecutionException, InterruptedException {
        database = opened;
        stores = Stores.over(database, clock);
        boardStore = new BoardStoreAdapter(stores.items(), stores.units());
        settings = storeThread.runAndWait(stores.officeSettings()::load);
        if (options.demo() && !database.readOnly()) {
            DemoData.Outcome outcome = storeThread.runAndWait(
                    stores.demoData()::seedIfEmpty);
            startupNotice = outcome.seeded()
                    ? Messages.get("statusbar.demoSeeded", outcome.units(), outcome.items())
                    : Messages.get("statusbar.demoSkipped", outcome.existingItems());
        }
        // Read while start() builds the window (FXML, styles, the first layout): the board's
        // own read of 10,000 items took as long again after the window had shown.
        BoardStoreAdapter board = boardStore;
        firstRead = storeThread.submit(() -> {
            BoardViewModel.Snapshot snapshot = BoardViewModel.Snapshot.read(board);
            StartupTiming.mark("board-read");
            return snapshot;
        });
        StartupTiming.mark("prepared");
    }

    /** The database {@code options} name could not be opened (or prepared): why, in Chinese. */
    private void cannotOpen(AppOptions options, Throwable cause) {
        String message = cause instanceof DatabaseOpenException open
                ? open.userMessage()
                : Messages.get("open.failed", StoreFailures.describe(cause));
        startupFailure = new String[] {Messages.get(options.server() != null ? "server.errorHeader" : "open.errorHeader",
                options.location()), message};
        openFailure = cause instanceof DatabaseOpenException open ? open : null;
        FailureLog.record(message, cause);
    }

    /**
     * The server wants a password the address and the password file did not give, or refused
     * theirs: asks for the login and password ({@link LoginDialog}) and tries again, until the
     * database opens (true) or the user gives up (false: nothing was opened or written). A refusal
     * that no password can help ends the asking with the error dialog's message.
     */
    private boolean logInAndOpen() {
        AppOptions options = serverOptions;
        DatabaseOpenException refusal = loginNeeded;
        while (true) {
            String refused = refusal.reason() == DatabaseOpenException.Reason.SERVER_LOGIN_FAILED
                    ? refusal.userMessage() : null;
            LoginDialog dialog = new LoginDialog(options.server().withUser(null).display(), options.server().user(),
                    refused);
            Optional<Login> login = dialog.showAndWait();
            if (login.isEmpty()) {
                return false;
            }
            AppOptions asUser = options.withServerUser(login.get().user());
            char[] password = login.get().password();
            try {
                prepare(asUser, storeThread.runAndWait(() -> asUser.open(password)));
                return true;
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof DatabaseOpenException open && open.needsPassword()) {
                    // The login stays as typed; the next dialog has an empty password field.
                    refusal = open;
                    options = asUser;
                    continue;
                }
                cannotOpen(asUser, e.getCause());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                startupFailure = new String[] {Messages.get("open.errorTitle"), StoreFailures.describe(e)};
                return false;
            } finally {
                login.get().forget();
            }
        }
    }

    @Override
    public void start(Stage stage) throws IOException {
        toolkitThread = Thread.currentThread();
        installReadableLook();
        if (loginNeeded != null || startupFailure != null) {
            closeSplash.run(); // a dialog comes first: the login, the damaged file, why it cannot start
        }
        if (loginNeeded != null && !logInAndOpen()) {
            if (startupFailure == null) {
                // 取消: nothing was opened, so nothing was written.
                exitStatus = 2;
                Platform.exit();
                return;
            }
        }
        if (startupFailure != null && openFailure != null && openFailure.file() != null
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
        StartupTiming.mark("start");
        context = new AppContext(stage, stores, boardStore, storeThread, clock, settings);
        StartupTiming.mark("context");
        context.useHostServices(getHostServices());
        context.showStartState(startupNotice, askedReadOnly);
        Parent root = context.loadBoardWindow();
        StartupTiming.mark("board-window-loaded");
        CjkFonts.apply(root);

        stage.setTitle(Messages.get("app.titleWithFile", database.shortName()));
        stage.setScene(new Scene(root, 1280, 800));
        // A card's move is written once the frame that shows it is laid out (StoreThread).
        storeThread.pacedBy(stage.getScene());
        stage.sizeToScene();
        OwnedWindows.mainWindow(stage);
        // Issue 18: maximised the first time, then as the user left it (outside the database).
        MainWindowState windowState = MainWindowState.forRun(givenArguments != null);
        windowState.place(stage);
        context.useWindowState(windowState);
        duban.ui.AppIcon.addTo(stage);
        stage.show();
        windowState.shown();
        StartupTiming.mark("shown");
        Future<BoardViewModel.Snapshot> read = firstRead;
        firstRead = null;
        // Timed first: its line is printed before what waits for the first frame begins.
        Runnable timing = Boolean.getBoolean("duban.timing")
                ? () -> StartupTiming.reportFirstBoardFrame(stage.getScene(), context.board()) : () -> { };
        context.windowShown(read == null ? null : () -> {
            try {
                // Done by now: read on this same thread, before this task was queued.
                return read.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }, timing);
        // The installer's splash picture stays until the board shows its cards.
        FirstBoardFrame.whenLaidOut(stage.getScene(), context.board().loadingProperty(), closeSplash);
        if (startProjector) {
            Platform.runLater(context::openProjector);
        }
    }

    /**
     * Every window follows this user's text size and high contrast (设置 → 文字与颜色), read from
     * {@code display.properties} in the per-user folder beside the window state ({@link ConfigFolder}).
     * Embedded (tests) without {@code duban.config.dir}, the defaults: a test never reads nor writes
     * the preferences of whoever runs it.
     */
    private void installReadableLook() {
        ConfigFolder.forRun(givenArguments != null).ifPresentOrElse(
                folder -> ReadableLook.install(folder.resolve(ReadingPreferences.FILE_NAME)),
                () -> ReadableLook.install(ReadingPreferences.DEFAULT));
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
        OwnedWindows.dialog(offer);
        if (offer.showAndWait().orElse(quit) != openBackup) {
            return false;
        }
        try {
            Path setAside = BackupService.restoreClosedFile(file, backup.file(), clock);
            database = storeThread.runAndWait(() -> Database.open(file));
            stores = Stores.over(database, clock);
            boardStore = new BoardStoreAdapter(stores.items(), stores.units());
            settings = storeThread.runAndWait(stores.officeSettings()::load);
            startupNotice = Messages.get("open.restoredFromBackup", backup.takenAtText(),
                    setAside.getFileName());
            return true;
        } catch (Exception e) {
            startupFailure = new String[] {Messages.get("open.errorHeader", file),
                    Messages.get("open.backupFailed", StoreFailures.describe(e))};
            return false;
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
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
