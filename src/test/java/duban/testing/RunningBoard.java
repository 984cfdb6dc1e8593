package duban.testing;

import duban.app.DubanApp;
import duban.domain.Card;
import duban.domain.Status;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application started on a {@link BoardFixture}'s file, as {@code mvn javafx:run
 * -Dapp.args="--db …"} would, with the lookups the board's UI tests share.
 */
public final class RunningBoard {

    public final BoardFixture fixture;
    public final Stage stage;
    public final FxRobot robot = new FxRobot();
    private final Application application;

    private RunningBoard(BoardFixture fixture, Stage stage, Application application) {
        this.fixture = fixture;
        this.stage = stage;
        this.application = application;
    }

    /**
     * Starts the application on the fixture's file (and options) and its clock, and waits until
     * the board is read.
     */
    public static RunningBoard start(BoardFixture fixture, String... moreArguments) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--db", fixture.location()));
        arguments.addAll(java.util.List.of(moreArguments));
        Application application = FxToolkit.setupApplication(() -> new DubanApp(fixture.clock, arguments));
        RunningBoard board = new RunningBoard(fixture, stage, application);
        waitUntil(() -> !board.shown(Status.ASSIGNED).isEmpty());
        return board;
    }

    /** Closes any dialog a failed test left open, then the application. */
    public void stop() throws TimeoutException {
        robot.interact(() -> robot.listWindows().stream().filter(window -> window != stage)
                .filter(Window::isShowing).toList().forEach(Window::hide));
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    /** The card node of a fixture item, by its key (A1, P2 …). */
    public Node card(String key) {
        return robot.lookup(showsItem(fixture.id(key))).query();
    }

    /** Matches the board's card node of an item (they carry the item's id, not a node id). */
    public static java.util.function.Predicate<Node> showsItem(long itemId) {
        return node -> Long.valueOf(itemId).equals(node.getProperties().get(duban.ui.StyleClasses.CARD_ITEM_ID))
                && shown(node);
    }

    /** Whether a node and all its parents are visible: a list keeps spare cells, hidden. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    public ListView<Card> list(Status status) {
        return robot.lookup("#column-" + status.name()).queryAs(ListView.class);
    }

    /** The keys of the cards a column shows, top to bottom. */
    public List<String> shown(Status status) {
        return list(status).getItems().stream().map(card -> fixture.key(card.id())).toList();
    }

    public String label(String query) {
        return FxTexts.text(robot, query);
    }

    /**
     * Right-clicks a card. On a desktop the platform turns a right click (or Shift+F10) into a
     * context-menu request; Monocle's headless glass does not, so the test delivers that request
     * to the card itself after the robot's right click, exactly where the pointer is.
     */
    public void openContextMenu(Node node) {
        robot.rightClickOn(node);
        Bounds screen = node.localToScreen(node.getBoundsInLocal());
        Bounds local = node.getBoundsInLocal();
        robot.interact(() -> node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getCenterX(), local.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** An entry of an open context menu (menus live in their own popup windows). */
    public Node menuEntry(String text) {
        return robot.from(robot.lookup(".context-menu").queryAll())
                .lookup((Node node) -> node instanceof Labeled labeled && text.equals(labeled.getText())
                        && node.getScene() != null && node.getScene().getWindow().isShowing())
                .query();
    }

    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
