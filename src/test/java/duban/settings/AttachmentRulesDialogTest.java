package duban.settings;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.attachments.AttachmentSettings;
import duban.domain.office.OfficeSettings;
import duban.testing.Screenshots;
import java.util.EnumSet;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 设置's 附件 section driven as the officer uses it: the size limit typed, a category ticked, 保存. */
@ExtendWith(ApplicationExtension.class)
class AttachmentRulesDialogTest {

    private Stage stage;
    private SettingsDialog dialog;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) throws Throwable {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        robot.interact(() -> stage.close());
        WaitForAsyncUtils.checkException();
    }

    @Test
    void theLimitAndTheCategoriesNeedingEvidenceAreShownChangedAndGivenBack(FxRobot robot) {
        robot.interact(() -> {
            dialog = new SettingsDialog(stage, OfficeSettings.defaults(),
                    new AttachmentSettings(50, EnumSet.of(Category.URGENT)));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> limit = robot.lookup("#settings-attachment-max").queryAs(Spinner.class);
        assertThat(limit.getValue()).isEqualTo(50);
        assertThat(robot.lookup("#settings-evidence-required-URGENT").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-evidence-required-KEY").queryAs(CheckBox.class).isSelected()).isFalse();

        robot.clickOn("#settings-attachment-max");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("80");
        robot.type(KeyCode.TAB);
        robot.clickOn("#settings-evidence-required-KEY");
        robot.clickOn("#settings-evidence-required-URGENT");
        Scene scene = dialog.getDialogPane().getScene();
        Node content = dialog.getDialogPane().getContent();
        assertThat(content.getBoundsInParent().getWidth()).isLessThanOrEqualTo(scene.getWidth());
        Button save = robot.lookup("#settings-save").queryButton();
        assertThat(save.localToScene(save.getBoundsInLocal()).getMaxY()).isLessThanOrEqualTo(scene.getHeight());
        Screenshots.save(scene, "settings-dialog-attachments");

        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isNotNull();
        assertThat(dialog.viewModel().attachmentRules().toSettings())
                .isEqualTo(new AttachmentSettings(80, EnumSet.of(Category.KEY)));
    }
}
