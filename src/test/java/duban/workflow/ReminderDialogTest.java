package duban.workflow;

import static duban.workflow.DialogTestSupport.disabled;
import static duban.workflow.DialogTestSupport.message;
import static duban.workflow.DialogTestSupport.retype;
import static duban.workflow.WorkflowItems.TODAY;
import static duban.workflow.WorkflowItems.deadlines;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.testing.Screenshots;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 催办's dialog driven by a user: the suggested colour and why, choosing another, the result. */
@ExtendWith(ApplicationExtension.class)
class ReminderDialogTest {

    private Stage stage;
    private ReminderDialog dialog;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Throwable {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        robot.interact(() -> stage.close());
        WaitForAsyncUtils.checkException();
    }

    private void open(FxRobot robot, Item item) {
        robot.interact(() -> {
            dialog = new ReminderDialog(stage, item, new ReminderQueue(deadlines()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ReminderLevel selectedLevel(FxRobot robot) {
        ReminderLevel selected = null;
        for (ReminderLevel level : ReminderLevel.values()) {
            if (robot.lookup("#reminder-level-" + level.name()).queryAs(ToggleButton.class).isSelected()) {
                assertThat(selected).as("only one colour is chosen").isNull();
                selected = level;
            }
        }
        return selected;
    }

    private static String suggestion(FxRobot robot) {
        return robot.lookup("#reminder-reason").queryAs(Label.class).getText();
    }

    @Test
    void anOverdueItemStartsRedAndTheUserRecordsAPhoneCallInYellow(FxRobot robot) {
        open(robot, item(3, "城区河道清淤整治").unit("县水利局").owner("赵刚").deadline(LocalDate.of(2026, 11, 18))
                .reminded(1, ReminderLevel.YELLOW).build());
        assertThat(dialog.getTitle()).isEqualTo("催办：城区河道清淤整治");
        assertThat(robot.lookup("#reminder-date").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-11-21");
        assertThat(robot.lookup("#reminder-method").queryAs(ComboBox.class).getValue())
                .isEqualTo(ReminderMethod.SUPERVISION_NOTICE);
        assertThat(selectedLevel(robot)).isEqualTo(ReminderLevel.RED);
        assertThat(suggestion(robot)).isEqualTo("已逾期 3 天，建议红色督办单");
        assertThat(disabled(robot, "#reminder-ok")).isFalse();
        robot.clickOn("#reminder-note").write("已电话通知县水利局办公室, 要求 11 月 25 日前报送整改方案。");
        Screenshots.save(dialog.getDialogPane().getScene(), "reminder-dialog");

        robot.clickOn("#reminder-level-YELLOW");
        assertThat(selectedLevel(robot)).isEqualTo(ReminderLevel.YELLOW);
        // A second click on the chosen colour keeps it chosen: a reminder always has a colour.
        robot.clickOn("#reminder-level-YELLOW");
        assertThat(selectedLevel(robot)).isEqualTo(ReminderLevel.YELLOW);
        assertThat(suggestion(robot)).as("the reason explains the suggestion, not the choice")
                .isEqualTo("已逾期 3 天，建议红色督办单");

        robot.clickOn("#reminder-method");
        robot.clickOn("电话");
        assertThat(robot.lookup("#reminder-method").queryAs(ComboBox.class).getValue()).isEqualTo(ReminderMethod.PHONE);

        robot.clickOn("#reminder-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo(new ReminderInput(TODAY, ReminderMethod.PHONE, ReminderLevel.YELLOW,
                "已电话通知县水利局办公室, 要求 11 月 25 日前报送整改方案。"));
    }

    @Test
    void eachStandingPreselectsItsColourWithItsReason(FxRobot robot) {
        open(robot, item(4, "重点项目进展").category(Category.KEY).deadline(LocalDate.of(2026, 11, 24))
                .lastReportOn(LocalDate.of(2026, 11, 12)).build());
        assertThat(selectedLevel(robot)).isEqualTo(ReminderLevel.YELLOW);
        assertThat(suggestion(robot)).isEqualTo("进展逾期，建议黄色督办单");
        robot.interact(() -> dialog.close());

        open(robot, item(5, "催过两次").deadline(LocalDate.of(2026, 11, 23)).reminded(2, ReminderLevel.BLUE).build());
        assertThat(selectedLevel(robot)).isEqualTo(ReminderLevel.YELLOW);
        assertThat(suggestion(robot)).isEqualTo("已催办 2 次，建议黄色督办单");
        robot.interact(() -> dialog.close());

        open(robot, item(6, "临期事项").deadline(LocalDate.of(2026, 11, 23)).build());
        assertThat(selectedLevel(robot)).isEqualTo(ReminderLevel.BLUE);
        assertThat(suggestion(robot)).isEqualTo("临近办理时限，建议蓝色督办单");
        Screenshots.save(dialog.getDialogPane().getScene(), "reminder-dialog-blue");
    }

    @Test
    void aFutureDateDisablesSaveAndCancelGivesNothing(FxRobot robot) {
        open(robot, item(6, "临期事项").deadline(LocalDate.of(2026, 11, 23)).build());
        retype(robot, "#reminder-date", "2026-11-23");
        robot.clickOn("#reminder-note");
        assertThat(message(robot, "#reminder-date-error")).isEqualTo("催办日期不能晚于今天");
        assertThat(disabled(robot, "#reminder-ok")).isTrue();
        retype(robot, "#reminder-date", "2026/11/20");
        assertThat(disabled(robot, "#reminder-ok")).isFalse();

        robot.clickOn("#reminder-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }
}
