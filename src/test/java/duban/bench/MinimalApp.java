package duban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
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
        showAndTimeFirstFrame(stage, scene, () -> label.getScene() != null && label.getWidth() > 0, 0);
    }

    /**
     * Shows {@code scene} in {@code stage} and, at the first frame laid out when {@code laidOut} holds,
     * prints the timing line (with {@code items}) and closes the splash picture. Shared by the packaged
     * references, which time their first frame alike.
     */
    static void showAndTimeFirstFrame(Stage stage, Scene scene, BooleanSupplier laidOut, int items) {
        stage.setTitle("督办看板");
        stage.setScene(scene);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (laidOut.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    System.out.println("duban.timing first-board-frame-ms=" + sinceProcessStart() + " items=" + items);
                    closeSplash();
                });
            }
        };
        // Listening before show(), and a pulse asked for after it: no pulse comes unasked to a window
        // where nothing changes, so the frame is seen whenever show() lays the window out.
        scene.addPostLayoutPulseListener(listener[0]);
        stage.show();
        Platform.requestNextPulse();
    }

    /**
     * Closes the launcher's splash picture as the board does (duban.app.LaunchSplash) when packaged with
     * the board's java-options, which show it: the reference starts the same way.
     */
    private static void closeSplash() {
        if (Boolean.getBoolean("duban.splash") && !java.awt.GraphicsEnvironment.isHeadless()) {
            java.awt.SplashScreen splash = java.awt.SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        }
    }

    /**
     * Milliseconds since this process started, as {@code duban.app.StartupTiming} counts them (from
     * {@code /proc} on Linux, to 10 ms). Repeated here: the packaged reference windows' jars hold no
     * class of the app.
     */
    private static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException notLinux) {
            Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(processStart, Instant.now()).toMillis();
        }
    }

    /** Launched directly, as {@code duban.app.Main} launches the board. */
    public static void main(String[] args) {
        Application.launch(MinimalApp.class, args);
    }
}
