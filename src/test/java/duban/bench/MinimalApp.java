package duban.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up and memory figures: a window with one label, launched the way the
 * board is, and timed the way {@code duban.app.StartupTiming} times the board (process start to
 * the frame laid out after the window shows its content), printing the same line.
 */
public final class MinimalApp extends Application {

    @Override
    public void start(Stage stage) {
        Label label = new Label("督办看板");
        Scene scene = new Scene(new StackPane(label), 1280, 800);
        stage.setTitle("督办看板");
        stage.setScene(scene);
        stage.show();
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (label.getScene() != null && label.getWidth() > 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> System.out.println("duban.timing first-board-frame-ms="
                        + Duration.between(processStart, Instant.now()).toMillis() + " items=0"));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Launched directly, as {@code duban.app.Main} launches the board. */
    public static void main(String[] args) {
        Application.launch(MinimalApp.class, args);
    }
}
