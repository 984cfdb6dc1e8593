package duban.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Which screen 投影 opens on, with the screens as rectangles (Monocle has only one). */
class ProjectorScreenTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1280, 800);
    private static final Rectangle2D THIRD = new Rectangle2D(-1920, 0, 1920, 1080);
    private static final Optional<Rectangle2D> BOARD_ON_LAPTOP = Optional.of(new Rectangle2D(0, 0, 1920, 1040));

    @Test
    void withOneScreenTheProjectorSharesItWithTheBoard() {
        assertThat(ProjectorScreen.choose(List.of(LAPTOP), BOARD_ON_LAPTOP, Optional.empty())).isZero();
        assertThat(ProjectorScreen.choose(List.of(LAPTOP), BOARD_ON_LAPTOP, Optional.of(PROJECTOR))).isZero();
    }

    @Test
    void withTwoScreensTheProjectorOpensOnTheOneTheBoardIsNotOn() {
        assertThat(ProjectorScreen.choose(List.of(LAPTOP, PROJECTOR), BOARD_ON_LAPTOP, Optional.empty())).isEqualTo(1);
        Optional<Rectangle2D> boardOnProjector = Optional.of(new Rectangle2D(2000, 10, 1000, 700));
        assertThat(ProjectorScreen.choose(List.of(LAPTOP, PROJECTOR), boardOnProjector, Optional.empty())).isZero();
    }

    @Test
    void theRememberedScreenIsUsedWhenStillThereAndNotTheBoards() {
        List<Rectangle2D> three = List.of(LAPTOP, PROJECTOR, THIRD);
        assertThat(ProjectorScreen.choose(three, BOARD_ON_LAPTOP, Optional.of(THIRD))).isEqualTo(2);
        assertThat(ProjectorScreen.choose(three, BOARD_ON_LAPTOP, Optional.of(LAPTOP)))
                .as("never over the board while another screen is there").isEqualTo(1);
        assertThat(ProjectorScreen.choose(List.of(LAPTOP, PROJECTOR), BOARD_ON_LAPTOP,
                Optional.of(new Rectangle2D(3200, 0, 1024, 768)))).as("a screen no longer there").isEqualTo(1);
    }

    @Test
    void withoutABoardWindowTheProjectorAvoidsThePrimaryScreen() {
        assertThat(ProjectorScreen.choose(List.of(LAPTOP, PROJECTOR), Optional.empty(), Optional.empty())).isEqualTo(1);
    }
}
