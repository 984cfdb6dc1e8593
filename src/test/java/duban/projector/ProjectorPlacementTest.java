package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import duban.ui.ScreenMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 投影's window placed on the screens there are (Monocle has one; the choice among several is
 * {@link ProjectorScreenTest}'s): a remembered screen that is gone gives the screen there is, and
 * with one screen nothing is remembered, so that a later second screen still gets the projector.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorPlacementTest {

    private Stage board;
    private Stage projector;
    private ProjectorViewModel viewModel;

    @Start
    void start(Stage stage) {
        board = stage;
        stage.setScene(new Scene(new StackPane(new Label("看板")), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (projector != null) {
                projector.hide();
            }
        });
    }

    @Test
    void aRememberedScreenThatIsGoneGivesTheScreenThereIsAndOneScreenIsNotRemembered(FxRobot robot) {
        viewModel = MeetingBoard.viewModel(MeetingBoard.property(MeetingBoard.items()), new ManualTicker(),
                new MemorySettings());
        List<Rectangle2D> remembered = new ArrayList<>(List.of(new Rectangle2D(1920, 0, 1024, 768)));
        ScreenMemory memory = new ScreenMemory() {
            @Override
            public Optional<Rectangle2D> remembered() {
                return Optional.of(remembered.get(remembered.size() - 1));
            }

            @Override
            public void remember(Rectangle2D screen) {
                remembered.add(screen);
            }
        };

        robot.interact(() -> projector = ProjectorWindow.show(board, viewModel, memory));
        WaitForAsyncUtils.waitForFxEvents();

        Rectangle2D primary = Screen.getPrimary().getBounds();
        assertThat(projector.isShowing()).isTrue();
        assertThat(projector.isFullScreen()).isTrue();
        assertThat(List.of(projector.getX(), projector.getY())).containsExactly(primary.getMinX(), primary.getMinY());
        assertThat(remembered).as("one screen: nothing to remember").hasSize(1);
    }
}
