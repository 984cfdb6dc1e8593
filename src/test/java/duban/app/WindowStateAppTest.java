package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.Screenshots;
import duban.testing.TestClock;
import duban.ui.WindowStateFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18's window state on the real application: maximised the first time, then as the user
 * left it (size, position, maximised, the board's divider), from a file in the user's
 * configuration folder ({@code -Dduban.config.dir}); a damaged file gives the first start's window.
 */
class WindowStateAppTest {

    @TempDir
    Path folder;

    private Path config;
    private Application application;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void useATemporaryConfigFolder() {
        config = folder.resolve("config");
        System.setProperty(ConfigFolder.PROPERTY, config.toString());
    }

    @AfterEach
    void forgetIt() throws TimeoutException {
        if (application != null) {
            close();
        }
        System.clearProperty(ConfigFolder.PROPERTY);
    }

    private void start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        // A busy machine (two cores, eight builds) takes longer than TestFX's 10 s to start the application.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
        application = FxToolkit.setupApplication(() -> new DubanApp(TestClock.startingToday(),
                List.of("--db", folder.resolve("duban.db").toString(), "--demo")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.isShowing()
                && robot.lookup("#column-CLOSED").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws TimeoutException {
        robot.interact(() -> stage.hide());
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        application = null;
    }

    private SplitPane boardSplit() {
        return robot.lookup(".board-split").queryAs(SplitPane.class);
    }

    @Test
    void theWindowOpensMaximisedFirstThenAsTheUserLeftIt() throws Exception {
        start();
        assertThat(stage.isMaximized()).as("first start").isTrue();
        Screenshots.save(stage.getScene(), "first-run-window-maximised");

        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            boardSplit().setDividerPositions(0.66);
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Where the divider stands once laid out (the columns' minimum width may hold it back).
        double divider = boardSplit().getDividerPositions()[0];
        assertThat(divider).as("moved from the board's own 0.74").isLessThan(0.71);
        close();
        assertThat(WindowStateFile.in(config).placement(MainWindowState.MAIN).orElseThrow().bounds())
                .isEqualTo(new javafx.geometry.Rectangle2D(40, 30, 1000, 700));

        start();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isMaximized()).isFalse();
        assertThat(List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .containsExactly(40.0, 30.0, 1000.0, 700.0);
        assertThat(boardSplit().getDividerPositions()[0]).isCloseTo(divider, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theChosenBoardAndTheFilterComeBackOnTheSameFile() throws Exception {
        start();
        robot.clickOn("#usual-boards");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".board-tab").queryAll().size() > 2);
        ToggleButton secondBoard = (ToggleButton) robot.lookup(".board-tab").queryAll().stream()
                .filter(tab -> !"board-tab-all".equals(tab.getId())).findFirst().orElseThrow();
        String boardName = secondBoard.getText();
        robot.clickOn(secondBoard);
        robot.clickOn("#filter-overdue");
        robot.interact(() -> robot.lookup("#filter-search").queryAs(TextInputControl.class).setText("水"));
        WaitForAsyncUtils.waitForFxEvents();
        close();

        start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".board-tab").queryAll().stream()
                .anyMatch(tab -> tab instanceof ToggleButton toggle && toggle.isSelected()
                        && boardName.equals(toggle.getText())));
        assertThat(robot.lookup("#filter-overdue").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#filter-search").queryAs(TextInputControl.class).getText()).isEqualTo("水");
        Screenshots.save(stage.getScene(), "first-run-window-board-and-filter-kept");
    }

    @Test
    void aDamagedStateFileGivesTheFirstStartsWindow() throws Exception {
        Files.createDirectories(config);
        Files.write(config.resolve(WindowStateFile.FILE_NAME), new byte[] {'m', 'a', 'i', 'n', '.', '\\', 'u', 'Q', 0});

        start();

        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.isMaximized()).isTrue();
    }
}
