package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.domain.Status;
import duban.testing.TestItems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panels that follow the board hear of its changes after them, never inside them. Time is a
 * {@link ManualTiming} the test moves on, so that the figures are exact and a loaded machine
 * cannot make a test fail; one test runs the application's JavaFX timing for real.
 */
class BoardFollowersTest {

    private static final long QUIET = (long) BoardFollowers.QUIET.toMillis();
    private static final long AT_MOST = (long) BoardFollowers.AT_MOST.toMillis();
    private static final long SETTLE = (long) BoardFollowers.SETTLE.toMillis();

    private final SimpleObjectProperty<List<Item>> items = new SimpleObjectProperty<>(List.of());
    private final ManualTiming time = new ManualTiming();
    /** What the follower heard, and when (ms on the manual clock). */
    private final List<List<Item>> heard = new ArrayList<>();
    private final List<Long> heardAt = new ArrayList<>();
    private boolean changing;
    private boolean heardInsideAChange;

    private void follow(BoardFollowers.Timing timing) {
        new BoardFollowers(items, timing).add(list -> {
            heardInsideAChange |= changing;
            heard.add(list);
            heardAt.add(time.millis());
        });
    }

    @Test
    void aBurstOfChangesIsHeardOnceWithTheLatestItemsOnceTheBoardIsStill() {
        follow(time);
        List<Item> last = board(3);
        change(board(1));
        time.advance(20);
        change(board(2));
        time.advance(20);
        change(last);
        assertThat(heard).as("nothing inside the changes").isEmpty();

        time.advance(QUIET - 1);
        assertThat(heard).as("still waiting for quiet, 1 ms short").isEmpty();
        time.advance(1);
        assertThat(heard).containsExactly(last);
        assertThat(heardAt).containsExactly(40 + QUIET);

        time.advance(10 * AT_MOST);
        assertThat(heard).as("heard once, not again while nothing changes").hasSize(1);
        assertThat(heardInsideAChange).isFalse();
    }

    @Test
    void aSteadyStreamOfChangesStillReachesThemAtLeastEveryAtMost() {
        follow(time);
        // A change every 50 ms for 1.5 s: never still for QUIET, yet heard at least every AT_MOST.
        List<Long> changedAt = changeEvery(50, 1500);
        time.advance(QUIET);

        assertThat(heard.size()).as("heard during the stream, and once after it").isGreaterThanOrEqualTo(3);
        assertEveryChangeHeardWithinAtMost(changedAt);
        assertThat(heard.get(heard.size() - 1)).as("the last hearing has the latest items").isSameAs(items.get());
        assertThat(heardInsideAChange).isFalse();
    }

    @Test
    void aStreamOfDropsIsNeverHeardInTheFrameOfOneOfThem() {
        follow(time);
        // A drop every 140 ms: never still for QUIET, so the wait past AT_MOST - QUIET is not
        // restarted and would end 10 ms after a drop, in its frame.
        List<Long> changedAt = changeEvery(140, 2000);
        time.advance(QUIET + SETTLE);

        assertThat(heard.size()).as("heard during the stream, and once after it").isGreaterThanOrEqualTo(3);
        for (long at : heardAt) {
            long lastChange = changedAt.stream().filter(c -> c <= at).reduce((a, b) -> b).orElseThrow();
            assertThat(at - lastChange).as("heard at %d ms, after the change at %d ms", at, lastChange)
                    .isGreaterThanOrEqualTo(SETTLE);
        }
        assertEveryChangeHeardWithinAtMost(changedAt);
    }

    /** Changes the board every {@code every} ms until {@code until} ms; returns when it did. */
    private List<Long> changeEvery(long every, long until) {
        List<Long> changedAt = new ArrayList<>();
        for (int n = 0; time.millis() < until; n++) {
            change(board(n % 5 + 1));
            changedAt.add(time.millis());
            time.advance(every);
        }
        return changedAt;
    }

    /** The first hearing at or after each change is at most AT_MOST later. */
    private void assertEveryChangeHeardWithinAtMost(List<Long> changedAt) {
        for (long at : changedAt) {
            long firstAfter = heardAt.stream().filter(h -> h >= at).findFirst().orElseThrow();
            assertThat(firstAfter - at).as("change at %d ms heard at %d ms", at, firstAfter).isLessThanOrEqualTo(AT_MOST);
        }
    }

    @Test
    void aLoneChangeAfterAQuietSpellIsHeardAfterQuietAgain() {
        follow(time);
        change(board(1));
        time.advance(1000);
        change(board(2));
        time.advance(QUIET);
        assertThat(heardAt).containsExactly(QUIET, 1000 + QUIET);
    }

    /** The application's timing, JavaFX's PauseTransition on the FX thread: a change is heard, after it. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withTheRealJavaFxTimingAChangeIsHeardAfterItsFrame() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        List<List<Item>> heardOnFx = new CopyOnWriteArrayList<>();
        List<Item> next = board(2);
        robot.interact(() -> {
            new BoardFollowers(items).add(list -> {
                heardInsideAChange |= changing;
                heardOnFx.add(list);
            });
            change(board(1));
            change(next);
            assertThat(heardOnFx).as("nothing inside the changes' own frame").isEmpty();
        });
        // No upper bound on the time: a loaded machine may run the pause late, never early.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !heardOnFx.isEmpty());
        robot.interact(() -> {
            assertThat(heardOnFx).containsExactly(next);
            assertThat(heardInsideAChange).isFalse();
        });
    }

    private void change(List<Item> next) {
        changing = true;
        try {
            items.set(next);
        } finally {
            changing = false;
        }
    }

    /** A board of {@code count} open items (distinct lists, so that every set is a change). */
    private static List<Item> board(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> TestItems.open(Status.IN_PROGRESS, LocalDate.of(2026, 12, 1).plusDays(i)))
                .toList();
    }
}
