package duban.app;

import duban.board.BoardViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

/**
 * With {@code -Dduban.timing=true}: prints how long it took from process start to the first
 * frame that shows the loaded board, for measuring start-up, and when each step on the way ended
 * ({@link #mark}); no effect otherwise.
 */
final class StartupTiming {

    private static final boolean ON = Boolean.getBoolean("duban.timing");
    /** USER_HZ, the unit of {@code /proc/<pid>/stat}'s times: 100 on every Linux the JDK runs on. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private StartupTiming() {
    }

    /** Prints {@code duban.timing step=NAME ms=…} (from process start) when timing is on. */
    static void mark(String step) {
        if (ON) {
            System.out.println("duban.timing step=" + step + " ms=" + sinceProcessStart() + " thread="
                    + Thread.currentThread().getName());
        }
    }

    /**
     * Milliseconds since this process started. On Linux from {@code /proc} (the process's start in
     * clock ticks since boot against the uptime, both to 10 ms): {@code ProcessHandle}'s start
     * instant adds the boot time in whole seconds, which put every start up to a second early
     * (0.24 s on the bench machine, on the app and the minimal window alike).
     */
    static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name in brackets; the start time is the 22nd field of the line.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000 - startTicks * (1000.0 / CLOCK_TICKS_PER_SECOND));
        } catch (IOException | RuntimeException notLinux) {
            Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(processStart, Instant.now()).toMillis();
        }
    }

    /**
     * Prints {@code columns-filled} when the first read is shown and, after the frame that laid
     * its cards out, {@code first-board-frame-ms}. Call it after the read began.
     */
    static void reportFirstBoardFrame(Scene scene, BoardViewModel board) {
        board.loadingProperty().addListener((observable, was, loading) -> {
            if (!loading) {
                mark("columns-filled");
            }
        });
        FirstBoardFrame.whenLaidOut(scene, board.loadingProperty(), () -> System.out.println(
                "duban.timing first-board-frame-ms=" + sinceProcessStart() + " items="
                        + (board.statsProperty().get() == null ? 0 : board.statsProperty().get().total())
                        // The FX thread's own CPU time: what the window cost, whatever else the machine ran.
                        + " fx-cpu-ms=" + java.lang.management.ManagementFactory.getThreadMXBean()
                        .getCurrentThreadCpuTime() / 1_000_000));
    }
}
