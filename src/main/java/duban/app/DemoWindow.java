package duban.app;

import duban.domain.office.OfficeSettings;
import duban.i18n.Messages;
import duban.store.Database;
import duban.store.DemoData;
import duban.store.StoreFailures;
import duban.store.Stores;
import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import duban.ui.StoreThread;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * 查看示例 (issue 18): the demo office in a file of its own, seeded with {@link DemoData} when new,
 * shown as a full board in a window of its own, titled and bannered 示例数据 so that it is never
 * taken for the office's data. It has its own store thread, so its writes never queue behind, or
 * reach, the office's file. One demo window at a time: asked again, it comes to the front.
 */
final class DemoWindow {

    private final Clock clock;
    private final HostServices hostServices;
    private final Consumer<String> tellUser;
    private Stage open;

    /**
     * @param tellUser where a failure to open the demo is said (the office board's message bar)
     */
    DemoWindow(Clock clock, HostServices hostServices, Consumer<String> tellUser) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hostServices = hostServices;
        this.tellUser = Objects.requireNonNull(tellUser, "tellUser");
    }

    /** The demo file beside {@code office} (a file), never the office's file itself. */
    static Path demoFileBeside(Path office) {
        Path demo = office.toAbsolutePath().normalize().resolveSibling(Messages.get("demo.fileName"));
        if (demo.equals(office.toAbsolutePath().normalize())) {
            return demo.resolveSibling("demo-" + demo.getFileName());
        }
        return demo;
    }

    /** Opens (creating and seeding it when new) the demo in {@code file} in its own window. */
    void open(Path file) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        StoreThread thread = new StoreThread();
        thread.run(() -> prepare(file), prepared -> show(prepared, thread), failure -> {
            thread.close();
            tellUser.accept(Messages.get("demo.openFailed", StoreFailures.describe(failure)));
        });
    }

    /** Closes the demo window, if open (the office's board closed). */
    void close() {
        if (open != null) {
            open.hide();
        }
    }

    /** The demo window while it shows (tests). */
    Stage stage() {
        return open;
    }

    /** What the demo window needs from its file, read on its store thread. */
    private record Prepared(Database database, Stores stores, OfficeSettings settings, DemoData.Outcome seeded) {
    }

    private Prepared prepare(Path file) throws Exception {
        Database database = Database.open(file);
        try {
            if (database.readOnly()) {
                throw new java.io.IOException(database.readOnlyReason());
            }
            Stores stores = Stores.over(database, clock);
            DemoData.Outcome seeded = stores.demoData().seedIfEmpty();
            return new Prepared(database, stores, stores.officeSettings().load(), seeded);
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }

    private void show(Prepared prepared, StoreThread thread) {
        Stage stage = OwnedWindows.newBoardWindow();
        AppContext context = new AppContext(stage, prepared.stores(),
                new BoardStoreAdapter(prepared.stores().items(), prepared.stores().units()), thread, clock,
                prepared.settings());
        context.useHostServices(hostServices);
        context.showStartState(prepared.seeded().seeded()
                ? Messages.get("demo.seeded", prepared.seeded().units(), prepared.seeded().items()) : "", false);
        Parent board = context.loadBoardWindow();
        String fileName = prepared.database().file().getFileName().toString();
        Label banner = new Label(Messages.get("demo.banner", prepared.database().file()));
        banner.setId("demo-banner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        BorderPane root = new BorderPane(board);
        root.setTop(banner);
        root.getStylesheets().addAll(resource("/theme.css"), resource("/first-run.css"));
        CjkFonts.apply(root);
        stage.setTitle(Messages.get("demo.windowTitle", fileName));
        stage.setScene(new Scene(root, 1280, 800));
        // As on the office's board: a card's move is written once the frame that shows it is laid out.
        thread.pacedBy(stage.getScene());
        stage.setOnHidden(event -> {
            context.close();
            thread.run(() -> {
                prepared.database().close();
                return null;
            }, closed -> thread.close(), failure -> thread.close());
            if (open == stage) {
                open = null;
            }
        });
        open = stage;
        stage.show();
        context.windowShown(null);
    }

    private static String resource(String name) {
        return Objects.requireNonNull(DemoWindow.class.getResource(name), name).toExternalForm();
    }
}
