package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that ends in a dialog instead of the board closes the installer's splash picture
 * before the dialog shows, or the picture would cover it. In a JVM of its own: the dialog's
 * answer ends the toolkit ({@code Platform.exit}), which the other tests share.
 */
class LaunchSplashFailureTest {

    @TempDir
    Path folder;

    @Test
    void aFileThatCannotBeOpenedClosesTheSplashPictureBeforeItsErrorDialog() throws Exception {
        Path notADatabase = folder.resolve("督办.db");
        Files.writeString(notADatabase, "这不是督办看板的数据文件，只是一段文字。".repeat(200), StandardCharsets.UTF_8);

        ChildJvm.Finished child = ChildJvm.of(StartOnFile.class)
                .flags("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                        "-Dstderr.encoding=UTF-8", "-Duser.home=" + System.getProperty("user.home"))
                .args(notADatabase.toString())
                .run(90)
                .ended();

        List<String> lines = child.stdout().lines().filter(line -> line.startsWith("event: ")).toList();
        assertThat(lines).as(child.stderr()).containsExactly("event: splash closed", "event: error dialog shown");
        assertThat(Files.readString(notADatabase, StandardCharsets.UTF_8)).as("the file is left as it was")
                .startsWith("这不是督办看板的数据文件");
    }

    /**
     * In the child JVM: {@link DubanApp} on the file named by the only argument, started as the
     * launcher would (init off the FX thread, then start on it), with a splash picture that only
     * says when it is closed; the error dialog is answered as soon as it shows.
     */
    public static final class StartOnFile {

        public static void main(String[] args) throws Exception {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            DubanApp app = new DubanApp(Clock.systemDefaultZone(), List.of("--db", args[0]),
                    () -> System.out.println("event: splash closed"));
            app.init();
            Thread presser = new Thread(StartOnFile::answerTheErrorDialog, "answer-error-dialog");
            presser.setDaemon(true);
            presser.start();
            CountDownLatch ended = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    app.start(new Stage());
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    ended.countDown();
                }
            });
            ended.await();
            System.exit(DubanApp.exitStatus() == 2 ? 0 : 1);
        }

        private static void answerTheErrorDialog() {
            while (true) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                Platform.runLater(() -> {
                    for (Window window : List.copyOf(Window.getWindows())) {
                        if (window.isShowing() && window.getScene() != null
                                && window.getScene().getRoot() instanceof DialogPane pane
                                && "error-dialog".equals(pane.getId())) {
                            System.out.println("event: error dialog shown");
                            ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire();
                            return;
                        }
                    }
                });
            }
        }
    }
}
