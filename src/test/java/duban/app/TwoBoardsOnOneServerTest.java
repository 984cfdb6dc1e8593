package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.Status;
import duban.domain.office.OfficeSettings;
import duban.store.Database;
import duban.store.ServerAddress;
import duban.store.Stores;
import duban.testing.BoardFixture;
import duban.testing.PostgresServer;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import duban.ui.CjkFonts;
import duban.ui.StoreThread;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two board windows on one PostgreSQL database, as two PCs of the office would have them: the
 * application as launched with {@code --db postgresql://…} (a {@link RunningBoard}), and a second
 * window built exactly as {@link DubanApp} builds its own (an {@link AppContext} over its own
 * {@link Database#openServer} connection, store thread and stage). Two {@code DubanApp}s cannot
 * run in one JVM (one JavaFX application per toolkit); the second {@code AppContext} is the same
 * object graph, so what the other PC sees is what the application builds.
 */
class TwoBoardsOnOneServerTest {

    private final FxRobot robot = new FxRobot();
    private RunningBoard first;
    private SecondPc second;

    /** The second PC's board window: its own connection, store thread, stage and change feed. */
    private static final class SecondPc {
        final StoreThread storeThread = new StoreThread();
        Database database;
        AppContext context;
        Stage stage;

        void stop(FxRobot robot) throws Exception {
            if (context != null) {
                robot.interact(() -> {
                    context.close();
                    stage.hide();
                });
            }
            if (database != null) {
                storeThread.runAndWait(() -> {
                    database.close();
                    return null;
                });
            }
            storeThread.close();
        }
    }

    private SecondPc openSecondWindow(BoardFixture fixture) throws Exception {
        SecondPc pc = new SecondPc();
        second = pc;
        ServerAddress address = ServerAddress.parse(fixture.location()).orElseThrow();
        pc.database = pc.storeThread.runAndWait(() -> Database.openServer(address, null, false));
        Stores stores = Stores.over(pc.database, fixture.clock);
        BoardStoreAdapter boardStore = new BoardStoreAdapter(stores.items(), stores.units());
        OfficeSettings settings = pc.storeThread.runAndWait(stores.officeSettings()::load);
        robot.interact(() -> {
            pc.stage = new Stage();
            pc.context = new AppContext(pc.stage, stores, boardStore, pc.storeThread, fixture.clock, settings);
            Parent root = pc.context.loadBoardWindow();
            CjkFonts.apply(root);
            pc.stage.setTitle("second PC");
            pc.stage.setScene(new Scene(root, 1280, 800));
            pc.stage.show();
            pc.context.windowShown(null);
        });
        RunningBoard.waitUntil(() -> pc.context.followingOtherWriters() && !column(pc.stage, Status.ASSIGNED).isEmpty());
        return pc;
    }

    @AfterEach
    void stop() throws Exception {
        if (second != null) {
            second.stop(robot);
        }
        if (first != null) {
            first.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<Card> list(Stage stage, Status status) {
        return (ListView<Card>) stage.getScene().getRoot().lookup("#column-" + status.name());
    }

    private static List<Long> column(Stage stage, Status status) {
        return list(stage, status).getItems().stream().map(Card::id).toList();
    }

    private List<Long> ids(BoardFixture fixture, String... keys) {
        return java.util.Arrays.stream(keys).map(fixture::id).toList();
    }

    /** A card node of {@code stage}'s board (both windows show the same items). */
    private Node card(Stage stage, BoardFixture fixture, String key) {
        return robot.from(stage.getScene().getRoot()).lookup(RunningBoard.showsItem(fixture.id(key))).query();
    }

    /** Waits at most {@code millis} for the window to show the column, and says how long it took. */
    private static long awaitColumn(Stage stage, Status status, List<Long> expected, long millis) throws Exception {
        long start = System.nanoTime();
        WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, () -> column(stage, status).equals(expected));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private void dragOnto(Stage stage, BoardFixture fixture, String dragged, String onto) {
        robot.interact(stage::toFront);
        robot.drag(card(stage, fixture, dragged), MouseButton.PRIMARY)
                .moveTo(card(stage, fixture, onto), Pos.TOP_CENTER, new Point2D(0, 6), Motion.DEFAULT)
                .release(MouseButton.PRIMARY);
    }

    @Test
    void aDragInOneWindowShowsInTheOtherWithinASecondKeepingItsSelection() throws Exception {
        BoardFixture fixture = BoardFixture.createOnServer("two_boards");
        first = RunningBoard.start(fixture);
        SecondPc pc = openSecondWindow(fixture);
        robot.interact(() -> pc.context.board().selectedCardProperty()
                .set(pc.context.board().findCard(fixture.id("P2")).orElseThrow()));

        dragOnto(first.stage, fixture, "A1", "P2");
        RunningBoard.waitUntil(() -> fixture.column(Status.IN_PROGRESS).equals(List.of("P1", "A1", "P2")));
        long tookMillis = awaitColumn(pc.stage, Status.IN_PROGRESS, ids(fixture, "P1", "A1", "P2"), 1000);

        assertThat(column(pc.stage, Status.ASSIGNED)).isEqualTo(ids(fixture, "A2", "A3"));
        assertThat(pc.context.board().selectedCardProperty().get().id())
                .as("the other PC's selection stays on its card").isEqualTo(fixture.id("P2"));
        assertThat(pc.stage.getScene().getRoot().lookup("#board-offline").isVisible()).isFalse();
        Screenshots.save(pc.stage.getScene(), "live-second-window-after-drag");
        System.out.println("live: drag on one board shown on the other after " + tookMillis + " ms (from the commit seen)");

        // and back the other way: the second PC drags, the launched board follows
        dragOnto(pc.stage, fixture, "A3", "A2");
        RunningBoard.waitUntil(() -> fixture.column(Status.ASSIGNED).equals(List.of("A3", "A2")));
        awaitColumn(first.stage, Status.ASSIGNED, ids(fixture, "A3", "A2"), 1000);
    }

    @Test
    void anotherPcsChangeKeepsTheScrollPositionTheFilterAndAnOpenDialog() throws Exception {
        BoardFixture fixture = BoardFixture.createOnServer("two_boards_scroll", 40);
        first = RunningBoard.start(fixture);
        SecondPc pc = openSecondWindow(fixture);
        ListView<Card> inProgress = list(pc.stage, Status.IN_PROGRESS);
        TextField search = (TextField) pc.stage.getScene().getRoot().lookup("#filter-search");
        robot.interact(() -> {
            search.setText("标准化建设"); // the X cards only
            inProgress.scrollTo(25);
            pc.context.board().selectedCardProperty().set(pc.context.board().findCard(fixture.id("X30")).orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        int firstShown = firstVisibleIndex(inProgress);
        assertThat(firstShown).isGreaterThan(10);
        robot.interact(pc.stage::toFront);
        robot.clickOn(robot.from(pc.stage.getScene().getRoot()).lookup("#edit-item").queryButton());
        RunningBoard.waitUntil(() -> robot.lookup("#editor-title").tryQuery().isPresent());
        TextField editorTitle = robot.lookup("#editor-title").queryAs(TextField.class);
        robot.interact(() -> editorTitle.setText("正在改的标题"));

        // another PC renames X5 and moves X38 to the top of 办理中
        fixture.execute("UPDATE item SET title = title || '（已调整）', version = version + 1 WHERE id = ?",
                fixture.id("X5"));
        fixture.execute("UPDATE item SET position = -1, version = version + 1 WHERE id = ?", fixture.id("X38"));
        RunningBoard.waitUntil(() -> pc.context.board().findCard(fixture.id("X5")).orElseThrow().item().title()
                .endsWith("（已调整）") && inProgress.getItems().get(0).id() == fixture.id("X38"));

        assertThat(search.getText()).isEqualTo("标准化建设");
        assertThat(inProgress.getItems()).as("the filter still applies").allMatch(card -> card.item().title()
                .contains("标准化建设"));
        assertThat(pc.context.board().selectedCardProperty().get().id()).isEqualTo(fixture.id("X30"));
        assertThat(Math.abs(firstVisibleIndex(inProgress) - firstShown))
                .as("the column stays where the user scrolled it (one card moved above)").isLessThanOrEqualTo(1);
        assertThat(editorTitle.getScene().getWindow().isShowing()).as("the open dialog stays").isTrue();
        assertThat(editorTitle.getText()).isEqualTo("正在改的标题");
        Screenshots.save(pc.stage.getScene(), "live-second-window-scrolled-after-reload");
        robot.interact(() -> editorTitle.getScene().getWindow().hide());
    }

    private static int firstVisibleIndex(ListView<?> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    static {
        // the test server starts before the toolkit's first window: its start-up takes seconds
        PostgresServer.port();
    }
}
