package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Work held for the frame under way: queued once that frame is laid out, never overtaken, never lost. */
@ExtendWith(ApplicationExtension.class)
class StoreThreadTest {

    private static final Consumer<Throwable> IGNORED = failure -> { };

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("看板")), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void heldWorkRunsOnlyAfterTheFrameUnderWayIsLaidOut(FxRobot robot) throws Exception {
        AtomicBoolean laidOut = new AtomicBoolean();
        CompletableFuture<Boolean> ranAfterLayout = new CompletableFuture<>();
        List<String> ranWhileTheFrameWasBusy = new CopyOnWriteArrayList<>();
        try (StoreThread store = new StoreThread()) {
            robot.interact(() -> {
                store.pacedBy(scene);
                scene.addPostLayoutPulseListener(() -> laidOut.set(true));
                store.runAfterFrame(() -> laidOut.get(), ranAfterLayout::complete, ranAfterLayout::completeExceptionally);
                // The FX thread still busy with this frame: no layout yet, so the work must wait.
                sleep(300);
                if (ranAfterLayout.isDone()) {
                    ranWhileTheFrameWasBusy.add("held work ran");
                }
            });

            assertThat(ranWhileTheFrameWasBusy).isEmpty();
            assertThat(ranAfterLayout.get(5, TimeUnit.SECONDS)).as("run after the frame's layout").isTrue();
        }
    }

    @Test
    void workGivenLaterNeverOvertakesHeldWork(FxRobot robot) throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Object> done = new CompletableFuture<>();
        try (StoreThread store = new StoreThread()) {
            robot.interact(() -> {
                store.pacedBy(scene);
                store.runAfterFrame(() -> order.add("move"), added -> { }, IGNORED);
                store.runAfterFrame(() -> order.add("second move"), added -> { }, IGNORED);
                store.run(() -> order.add("undo"), done::complete, done::completeExceptionally);
            });
            done.get(5, TimeUnit.SECONDS);
        }
        assertThat(order).containsExactly("move", "second move", "undo");
    }

    @Test
    void closingRunsTheHeldWorkFirst(FxRobot robot) {
        List<String> ran = new CopyOnWriteArrayList<>();
        StoreThread store = new StoreThread();
        robot.interact(() -> {
            store.pacedBy(scene);
            store.runAfterFrame(() -> ran.add("move"), added -> { }, IGNORED);
            store.close();
        });
        assertThat(ran).containsExactly("move");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
