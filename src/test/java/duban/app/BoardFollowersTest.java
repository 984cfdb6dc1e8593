package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import duban.domain.TestItems;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panels that follow the board hear of its changes after them, never inside them. */
@ExtendWith(ApplicationExtension.class)
class BoardFollowersTest {

    private final SimpleObjectProperty<List<Item>> items = new SimpleObjectProperty<>(List.of());
    private final List<List<Item>> heard = new CopyOnWriteArrayList<>();
    private final AtomicBoolean changing = new AtomicBoolean();
    private final AtomicBoolean heardInsideAChange = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        BoardFollowers followers = new BoardFollowers(items);
        followers.add(list -> {
            heardInsideAChange.compareAndSet(false, changing.get());
            heard.add(list);
        });
    }

    @Test
    void aBurstOfChangesIsHeardOnceWithTheLatestItemsAfterTheBoardIsStill(FxRobot robot) throws Exception {
        List<Item> last = board(3);
        robot.interact(() -> {
            change(board(1));
            change(board(2));
            change(last);
            assertThat(heard).as("nothing inside the changes' own frame").isEmpty();
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !heard.isEmpty());
        Thread.sleep(2 * (long) BoardFollowers.QUIET.toMillis());
        assertThat(heard).containsExactly(last);
        assertThat(heardInsideAChange).isFalse();
    }

    @Test
    void aSteadyStreamOfChangesStillReachesThemEveryFewHundredMilliseconds(FxRobot robot) throws Exception {
        // A change every 50 ms for 1.5 s: never still for QUIET, yet heard at least every AT_MOST.
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        int n = 0;
        while (System.nanoTime() < end) {
            List<Item> next = board(++n % 5 + 1);
            robot.interact(() -> change(next));
            Thread.sleep(50);
        }
        assertThat(heard.size()).as("heard during the stream").isGreaterThanOrEqualTo(2);
        assertThat(heardInsideAChange).isFalse();
    }

    private void change(List<Item> next) {
        changing.set(true);
        try {
            items.set(next);
        } finally {
            changing.set(false);
        }
    }

    /** A board of {@code count} open items (distinct lists, so that every set is a change). */
    private static List<Item> board(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> TestItems.open(Status.IN_PROGRESS, LocalDate.of(2026, 12, 1).plusDays(i)))
                .toList();
    }
}
