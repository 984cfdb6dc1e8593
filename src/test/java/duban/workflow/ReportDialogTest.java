package duban.workflow;

import static duban.workflow.DialogTestSupport.disabled;
import static duban.workflow.DialogTestSupport.message;
import static duban.workflow.DialogTestSupport.retype;
import static duban.workflow.WorkflowItems.CLOCK;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.Screenshots;
import duban.ui.forms.Forms;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
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

/** 办理进展's dialog driven by a user: defaults, required content, dates, the result handed back. */
@ExtendWith(ApplicationExtension.class)
class ReportDialogTest {

    private Stage stage;
    private ReportDialog dialog;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions();
        // A window of this test's own as the owner; the shared primary stage is left alone.
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

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ReportDialog(stage, item(7, "城区供水管网改造工程").owner("王建国")
                    .lastReportOn(LocalDate.of(2026, 11, 10)).build(), CLOCK);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theUserWritesTheProgressAndSavesIt(FxRobot robot) {
        open(robot);
        assertThat(dialog.getTitle()).isEqualTo("办理进展：城区供水管网改造工程");
        assertThat(robot.lookup("#report-date").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-11-21");
        assertThat(robot.lookup("#report-reporter").queryAs(TextField.class).getText()).isEqualTo("王建国");
        assertThat(disabled(robot, "#report-ok")).isTrue();
        assertThat(message(robot, "#report-content-error")).isEqualTo("请填写进展内容");

        robot.clickOn("#report-content").write("已完成城东片区管网铺设 8.2 公里, 下周开始试压。");
        assertThat(disabled(robot, "#report-ok")).isFalse();
        assertThat(message(robot, "#report-content-error")).isEmpty();
        retype(robot, "#report-date", "2026年11月20日");
        assertThat(disabled(robot, "#report-ok")).isFalse();
        Screenshots.save(dialog.getDialogPane().getScene(), "report-dialog");

        robot.clickOn("#report-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo(new ReportInput(LocalDate.of(2026, 11, 20), "王建国",
                "已完成城东片区管网铺设 8.2 公里, 下周开始试压。"));
    }

    @Test
    void aMissingReporterAndABadDateKeepSaveDisabled(FxRobot robot) {
        open(robot);
        robot.clickOn("#report-content").write("已开工");
        retype(robot, "#report-reporter", "");
        assertThat(message(robot, "#report-reporter-error")).isEqualTo("请填写报送人");
        assertThat(robot.lookup("#report-reporter").query().getPseudoClassStates()).contains(Forms.INVALID);
        assertThat(disabled(robot, "#report-ok")).isTrue();
        robot.write("县水利局办公室 刘洋");
        assertThat(disabled(robot, "#report-ok")).isFalse();

        retype(robot, "#report-date", "2026-11-22");
        robot.clickOn("#report-content");
        assertThat(message(robot, "#report-date-error")).isEqualTo("进展日期不能晚于今天");
        assertThat(disabled(robot, "#report-ok")).isTrue();
        retype(robot, "#report-date", "2026-10-30");
        assertThat(message(robot, "#report-date-error")).isEqualTo("进展日期不能早于交办日期（2026-11-02）");
        assertThat(disabled(robot, "#report-ok")).isTrue();
        Screenshots.save(dialog.getDialogPane().getScene(), "report-dialog-invalid");
    }

    @Test
    void cancelGivesNoReport(FxRobot robot) {
        open(robot);
        robot.clickOn("#report-content").write("写了一半");
        robot.clickOn("#report-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }
}
