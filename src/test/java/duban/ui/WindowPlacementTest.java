package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a remembered window lands on the screens there are now (screens as rectangles). */
class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1280, 800);

    @Test
    void aWindowOnAScreenThatIsStillThereStaysWhereItWas() {
        WindowPlacement left = new WindowPlacement(new Rectangle2D(2000, 50, 1000, 700), false, PROJECTOR);

        WindowPlacement placed = left.placedOn(List.of(LAPTOP, PROJECTOR), LAPTOP);

        assertThat(placed).isEqualTo(left);
    }

    @Test
    void aWindowOnAScreenThatIsGoneIsCentredOnThePrimaryScreen() {
        WindowPlacement left = new WindowPlacement(new Rectangle2D(2000, 50, 1000, 700), true, PROJECTOR);

        WindowPlacement placed = left.placedOn(List.of(LAPTOP), LAPTOP);

        assertThat(placed.screen()).isEqualTo(LAPTOP);
        assertThat(placed.bounds()).isEqualTo(new Rectangle2D(460, 190, 1000, 700));
        assertThat(placed.maximized()).as("still maximised, on the primary").isTrue();
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkAndPulledInside() {
        WindowPlacement left = new WindowPlacement(new Rectangle2D(1800, -40, 1600, 900), false, PROJECTOR);

        WindowPlacement placed = left.placedOn(List.of(LAPTOP, PROJECTOR), LAPTOP);

        assertThat(placed.bounds()).isEqualTo(new Rectangle2D(1920, 0, 1280, 800));
    }

    @Test
    void theScreenOfAWindowIsTheOneHoldingMostOfIt() {
        assertThat(WindowPlacement.screenOf(new Rectangle2D(1800, 100, 600, 400), List.of(LAPTOP, PROJECTOR)))
                .contains(PROJECTOR);
        assertThat(WindowPlacement.screenOf(new Rectangle2D(-900, -900, 100, 100), List.of(LAPTOP, PROJECTOR)))
                .isEmpty();
    }
}
