package duban.board;

import duban.domain.Card;

import static org.assertj.core.api.Assertions.assertThat;

import duban.app.DubanApp;
import duban.domain.Status;
import duban.testing.BoardFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A column longer than the window scrolls by itself while a card is held near its bottom edge. */
class BoardAutoScrollTest {

    @TempDir
    Path folder;

    private BoardFixture fixture;
    private Application application;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApplication() throws Exception {
        fixture = BoardFixture.create(folder.resolve("long.db"), 30);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(
                () -> new DubanApp(fixture.clock, java.util.List.of("--db", fixture.file.toString())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> column().getItems().size() == 32);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApplication() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void holdingACardNearTheBottomEdgeScrollsTheColumnAndDropsFurtherDown() throws Exception {
        assertThat(firstVisibleIndex()).isZero();
        Bounds list = column().localToScreen(column().getBoundsInLocal());

        javafx.scene.Node card = robot.lookup(duban.testing.RunningBoard.showsItem(fixture.id("P1"))).query();
        robot.drag(card, MouseButton.PRIMARY)
                .moveTo(list.getCenterX(), list.getMaxY() - 8);
        // The pointer rests in the bottom band; the column scrolls meanwhile.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstVisibleIndex() > 5);
        int scrolledTo = firstVisibleIndex();
        robot.release(MouseButton.PRIMARY);

        assertThat(scrolledTo).as("first visible card after holding at the edge").isGreaterThan(5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.column(Status.IN_PROGRESS).indexOf("P1") > 5);
        List<String> order = fixture.column(Status.IN_PROGRESS);
        assertThat(order).hasSize(32).first().isEqualTo("P2");
    }

    @Test
    void aCardMovedByKeyToTheBottomOfALongColumnIsShownWholeThere() throws Exception {
        javafx.scene.Node a1 = robot.lookup(duban.testing.RunningBoard.showsItem(fixture.id("A1"))).query();
        robot.clickOn(a1);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "IN_PROGRESS".equals(fixture.value("A1", "status")));

        // Its new place is the bottom of 办理中, 33rd of 33: the column scrolls to it, all of it in view.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node card = column().lookupAll(".item-card").stream()
                    .filter(duban.testing.RunningBoard.showsItem(fixture.id("A1")))
                    .findFirst().orElse(null);
            if (card == null) {
                return false;
            }
            Bounds view = column().localToScene(column().getLayoutBounds());
            Bounds shown = card.localToScene(card.getLayoutBounds());
            return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
        }).get(5, TimeUnit.SECONDS));
        assertThat(column().getSelectionModel().getSelectedIndex()).isEqualTo(32);
    }

    @SuppressWarnings("unchecked")
    private ListView<Card> column() {
        return robot.lookup("#column-IN_PROGRESS").queryAs(ListView.class);
    }

    /** Read on the FX thread: the flow's cells change while it lays out, and must not be read mid-way. */
    private int firstVisibleIndex() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) column().lookup(".virtual-flow");
            return flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
        }).get(5, TimeUnit.SECONDS);
    }
}
