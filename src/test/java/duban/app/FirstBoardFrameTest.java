package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What waits for the first frame of the board's read (the day's backup among it) runs once the read
 * is shown, even when nothing in the window changes after that: JavaFX runs no pulse unasked.
 */
@ExtendWith(ApplicationExtension.class)
class FirstBoardFrameTest {

    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(new Label("督办看板")), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
    }

    @Test
    void runsOnceTheReadIsShownThoughNothingInTheWindowChanges(FxRobot robot) throws Exception {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
        CountDownLatch ran = new CountDownLatch(1);
        robot.interact(() -> FirstBoardFrame.whenLaidOut(stage.getScene(), loading, ran::countDown));
        // The window settles: every pulse it asked for has run.
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        assertThat(ran.getCount()).as("not while the read is still loading").isEqualTo(1);

        // The read is shown: only the flag changes, no node does.
        robot.interact(() -> loading.set(false));

        assertThat(ran.await(5, TimeUnit.SECONDS)).as("ran after the next frame, unasked by the scene").isTrue();
    }

    @Test
    void runsOnceWhenTheReadWasShownBeforeItWasAsked(FxRobot robot) throws Exception {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(false);
        CountDownLatch ran = new CountDownLatch(1);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> FirstBoardFrame.whenLaidOut(stage.getScene(), loading, ran::countDown));

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
