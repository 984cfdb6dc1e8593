package duban.app;

import duban.board.BoardViewModel;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dduban.timing=true}: prints how long it took from process start to the first
 * frame that shows the loaded board, for measuring start-up, and when each step on the way ended
 * ({@link #mark}); no effect otherwise.
 */
final class StartupTiming {

    private static final boolean ON = Boolean.getBoolean("duban.timing");

    private StartupTiming() {
    }

    /** Prints {@code duban.timing step=NAME ms=…} (from process start) when timing is on. */
    static void mark(String step) {
        if (ON) {
            System.out.println("duban.timing step=" + step + " ms=" + sinceProcessStart() + " thread="
                    + Thread.currentThread().getName());
        }
    }

    private static long sinceProcessStart() {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(processStart, Instant.now()).toMillis();
    }

    static void reportFirstBoardFrame(Scene scene, BoardViewModel board) {
        board.loadingProperty().addListener((observable, was, loading) -> {
            if (!loading) {
                mark("columns-filled");
            }
        });
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!board.loadingProperty().get() && board.statsProperty().get() != null
                    && !board.summaryProperty().get().isEmpty()) {
                // This pulse laid out the loaded cards; the frame it renders is the first full board.
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> System.out.println("duban.timing first-board-frame-ms="
                        + sinceProcessStart() + " items=" + board.statsProperty().get().total()));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
