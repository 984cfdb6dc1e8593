package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The installer's splash picture stays until the board shows its cards: the real application,
 * started on the demo office, closes it once, after the frame that laid the cards out, never
 * before (an empty window would replace the picture) and never twice.
 */
class LaunchSplashAppTest {

    @TempDir
    Path folder;

    private Application application;
    private final FxRobot robot = new FxRobot();
    /** What the window showed each time it closed the splash picture: its cards laid out, or not. */
    private final List<String> closings = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopApplication() throws TimeoutException {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theSplashPictureGoesOnceTheBoardsFirstFrameShowsTheCards() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new DubanApp(TestClock.startingToday(),
                List.of("--db", folder.resolve("duban.db").toString(), "--demo"), () -> closings.add(whatShows(stage))));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !closings.isEmpty());
        // Frames enough for a second closing, if there were one.
        for (int frame = 0; frame < 5; frame++) {
            Platform.requestNextPulse();
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(closings).containsExactly("cards laid out");
    }

    /** On the FX thread, when the splash picture is closed: whether the window shows cards, laid out. */
    private String whatShows(Stage stage) {
        if (!Platform.isFxApplicationThread() || stage.getScene() == null) {
            return "not on the FX thread, or no window";
        }
        ListView<?> closed = (ListView<?>) stage.getScene().lookup("#column-" + Status.CLOSED.name());
        boolean cardsLaidOut = closed != null && !closed.getItems().isEmpty()
                && robot.from(stage.getScene().getRoot()).lookup(".item-card").queryAll().stream()
                        .anyMatch(card -> card.isVisible() && card.getLayoutBounds().getHeight() > 0
                                && isShown(card));
        return cardsLaidOut ? "cards laid out" : "no cards yet";
    }

    private static boolean isShown(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }
}
