package duban.settings;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.office.OfficeSettings;
import duban.testing.Screenshots;
import duban.ui.ReadableLook;
import duban.ui.ReadingPreferences;
import duban.ui.TextSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 设置 → 文字与颜色 as an officer uses it: 150 % and 高对比度 show at once in every window, 取消 puts
 * them back, 保存 keeps them (in this user's file, not the office's data) and a window opened
 * afterwards follows too.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingSectionTest {

    /** theme.css's 10.5 pt in pixels. */
    private static final double NORMAL_PX = 14;

    @TempDir
    Path folder;

    private Stage board;
    private Label boardText;
    private SettingsDialog dialog;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        board = new Stage();
        board.setScene(new Scene(themed(), 500, 300));
        boardText = (Label) board.getScene().getRoot().lookup(".card-title");
        board.show();
    }

    /** A root like the board's: theme.css, a card title in the theme's ink. */
    private static VBox themed() {
        Label title = new Label("县生态环境局 中央环保督察反馈问题整改");
        title.getStyleClass().add("card-title");
        title.setStyle("-fx-text-fill: -duban-ink;");
        VBox root = new VBox(title);
        root.getStylesheets().add(Objects.requireNonNull(ReadingSectionTest.class.getResource("/theme.css"))
                .toExternalForm());
        return root;
    }

    @AfterEach
    void close(FxRobot robot) throws Throwable {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.close();
            }
            board.close();
            ReadableLook.install(ReadingPreferences.DEFAULT);
        });
        WaitForAsyncUtils.checkException();
    }

    private void openSettings(FxRobot robot) {
        robot.interact(() -> {
            dialog = new SettingsDialog(board, OfficeSettings.defaults());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aChoiceShowsAtOnceCancelPutsItBackSaveKeepsIt(FxRobot robot) throws Exception {
        Path file = folder.resolve(ReadingPreferences.FILE_NAME);
        robot.interact(() -> ReadableLook.install(file));
        assertThat(boardText.getFont().getSize()).isEqualTo(NORMAL_PX);

        openSettings(robot);
        Label heading = robot.lookup("#settings-reading .settings-section-title").queryAs(Label.class);
        double headingBefore = heading.getFont().getSize();
        robot.clickOn("#high-contrast");
        robot.clickOn("#text-size-150");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boardText.getFont().getSize()).as("the board behind the dialog").isEqualTo(NORMAL_PX * 1.5);
        assertThat(heading.getFont().getSize()).as("the dialog itself").isEqualTo(headingBefore * 1.5);
        assertThat(boardText.getTextFill()).isEqualTo(Color.BLACK);
        Screenshots.save(dialog.getDialogPane().getScene(), "settings-reading-150");

        robot.clickOn("#settings-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boardText.getFont().getSize()).isEqualTo(NORMAL_PX);
        assertThat(boardText.getTextFill()).isEqualTo(Color.web("#1f2329"));
        assertThat(file).as("cancelled: nothing remembered").doesNotExist();

        openSettings(robot);
        robot.clickOn("#text-size-125");
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boardText.getFont().getSize()).isEqualTo(NORMAL_PX * 1.25);
        assertThat(ReadingPreferences.load(file)).isEqualTo(new ReadingPreferences(TextSize.PERCENT_125, false));
        assertThat(Files.readString(file)).contains("PERCENT_125");

        Stage[] later = new Stage[1];
        robot.interact(() -> {
            later[0] = new Stage();
            later[0].setScene(new Scene(themed(), 300, 200));
            later[0].show();
        });
        Label laterText = (Label) later[0].getScene().getRoot().lookup(".card-title");
        assertThat(laterText.getFont().getSize()).as("a window opened afterwards").isEqualTo(NORMAL_PX * 1.25);
        robot.interact(() -> later[0].close());
    }
}
