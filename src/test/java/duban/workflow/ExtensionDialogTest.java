package duban.workflow;

import static duban.testing.FxTexts.text;
import static duban.workflow.DialogTestSupport.disabled;
import static duban.workflow.DialogTestSupport.message;
import static duban.workflow.DialogTestSupport.retype;
import static duban.workflow.WorkflowItems.CLOCK;
import static duban.workflow.WorkflowItems.TODAY;
import static duban.workflow.WorkflowItems.clockOn;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Item;
import duban.testing.Screenshots;
import duban.ui.forms.Forms;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 延期's dialog driven by a user: the deadlines shown, the required fields, the assessment line, the result. */
@ExtendWith(ApplicationExtension.class)
class ExtensionDialogTest {

    private Stage stage;
    private ExtensionDialog dialog;

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

    private void open(FxRobot robot, Item item, Clock clock) {
        robot.interact(() -> {
            dialog = new ExtensionDialog(stage, item, clock);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anExtensionApprovedInTimeCountsForAssessment(FxRobot robot) {
        Item item = item(5, "乡村道路硬化工程").unit("县交通运输局").leader("李明副县长").build();
        open(robot, item, CLOCK);
        assertThat(dialog.getTitle()).isEqualTo("延期：乡村道路硬化工程");
        assertThat(text(robot, "#extension-current")).isEqualTo("当前办理时限 2026-11-30");
        assertThat(robot.lookup("#extension-approver").queryAs(TextField.class).getText()).isEqualTo("李明副县长");
        assertThat(robot.lookup("#extension-approved-on").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("2026-11-21");
        assertThat(message(robot, "#extension-deadline-error")).isEqualTo("请填写新的办理时限");
        assertThat(disabled(robot, "#extension-ok")).isTrue();

        robot.clickOn("#extension-deadline").write("2026-11-28");
        robot.clickOn("#extension-reason");
        assertThat(message(robot, "#extension-deadline-error")).isEqualTo("新的办理时限必须晚于当前办理时限（2026-11-30）");
        assertThat(robot.lookup("#extension-deadline").query().getPseudoClassStates()).contains(Forms.INVALID);
        retype(robot, "#extension-deadline", "2026年12月15日");
        assertThat(message(robot, "#extension-deadline-error")).isEqualTo("比当前办理时限延后 15 天");
        assertThat(robot.lookup("#extension-deadline").query().getPseudoClassStates()).doesNotContain(Forms.INVALID);
        assertThat(disabled(robot, "#extension-ok")).as("the reason is still missing").isTrue();

        robot.clickOn("#extension-reason").write("冬季降温提前, 沥青摊铺须待来年气温回升。");
        assertThat(disabled(robot, "#extension-ok")).isFalse();
        assertThat(text(robot, "#extension-consequence")).isEqualTo("批准日期在办理时限之前，按新的时限考核");
        Screenshots.save(dialog.getDialogPane().getScene(), "extension-dialog");

        robot.clickOn("#extension-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo(new ExtensionInput(LocalDate.of(2026, 12, 15),
                "冬季降温提前, 沥青摊铺须待来年气温回升。", "李明副县长", TODAY));
    }

    @Test
    void aLateApprovalIsExplainedAsTheDateIsTyped(FxRobot robot) {
        // Seen on 12-03; due 11-30; no 责任领导, so the approver is typed.
        open(robot, item(6, "农贸市场改造").build(), clockOn(LocalDate.of(2026, 12, 3)));
        robot.clickOn("#extension-deadline").write("2026-12-31");
        robot.clickOn("#extension-reason").write("设计变更");
        assertThat(message(robot, "#extension-approver-error")).isEqualTo("请填写批准人");
        assertThat(disabled(robot, "#extension-ok")).isTrue();
        robot.clickOn("#extension-approver").write("周伟");
        assertThat(disabled(robot, "#extension-ok")).isFalse();
        assertThat(text(robot, "#extension-consequence"))
                .isEqualTo("办理时限已过才批准，仍按原时限 2026-11-30 考核（可继续办理）");
        assertThat(robot.lookup("#extension-consequence").query().getPseudoClassStates()).contains(ExtensionView.LATE);
        Screenshots.save(dialog.getDialogPane().getScene(), "extension-dialog-late");

        retype(robot, "#extension-approved-on", "2026-11-29");
        assertThat(text(robot, "#extension-consequence")).isEqualTo("批准日期在办理时限之前，按新的时限考核");
        assertThat(robot.lookup("#extension-consequence").query().getPseudoClassStates())
                .doesNotContain(ExtensionView.LATE);

        retype(robot, "#extension-approved-on", "2026-12-04");
        assertThat(message(robot, "#extension-approved-on-error")).isEqualTo("批准日期不能晚于今天");
        assertThat(robot.lookup("#extension-consequence").queryAs(Label.class).isVisible()).isFalse();
        assertThat(disabled(robot, "#extension-ok")).isTrue();

        robot.clickOn("#extension-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void anExtendedItemShowsItsOriginalAndAssessedDeadlines(FxRobot robot) {
        open(robot, item(7, "已延期事项").leader("王副县长").deadline(LocalDate.of(2026, 11, 10))
                .extendedTo(LocalDate.of(2026, 11, 25), null).build(), CLOCK);
        assertThat(text(robot, "#extension-current"))
                .isEqualTo("当前办理时限 2026-11-25（原办理时限 2026-11-10，按 2026-11-10 考核）");
        robot.clickOn("#extension-deadline").write("2026-12-10");
        robot.clickOn("#extension-reason").write("需等待省厅批复");
        assertThat(text(robot, "#extension-consequence"))
                .isEqualTo("办理时限已过才批准，仍按原时限 2026-11-10 考核（可继续办理）");
        Screenshots.save(dialog.getDialogPane().getScene(), "extension-dialog-extended");
    }
}
