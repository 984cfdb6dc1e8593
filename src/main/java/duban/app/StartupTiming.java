package duban.app;

import duban.board.BoardViewModel;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * With {@code -Dduban.timing=true}: prints how long it took from process start to the first
 * frame that shows the loaded board, for measuring start-up (no effect otherwise).
 */
final class StartupTiming {

    private StartupTiming() {
    }

    static void reportFirstBoardFrame(Scene scene, BoardViewModel board) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!board.loadingProperty().get() && board.statsProperty().get() != null
                    && !board.summaryProperty().get().isEmpty()) {
                // This pulse laid out the loaded cards; the frame it renders is the first full board.
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> System.out.println("duban.timing first-board-frame-ms="
                        + Duration.between(processStart, Instant.now()).toMillis()
                        + " items=" + board.statsProperty().get().total()));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
