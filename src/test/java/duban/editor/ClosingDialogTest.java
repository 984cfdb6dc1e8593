package duban.editor;

import duban.domain.Closing;
import duban.ui.forms.Forms;

import static duban.editor.ClosingViewModelTest.CLOCK;
import static duban.editor.ClosingViewModelTest.awaitingFeedback;
import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.Screenshots;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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

/** 办结销号's dialog driven by a user: the note required, no future date, the result handed back. */
@ExtendWith(ApplicationExtension.class)
class ClosingDialogTest {

    private Stage stage;
    private ClosingDialog dialog;

    @Start
    void start(Stage primaryStage) {
        WaitForAsyncUtils.clearExceptions(); // only this test's FX-thread failures count below
        // The dialogs' owner is a window of this test's own, closed after it: the shared primary
        // stage is left as it was (shown, it keeps a size that later application tests inherit).
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
        // A listener that threw on the FX thread fails this test, not a later one.
        WaitForAsyncUtils.checkException();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ClosingDialog(stage, awaitingFeedback("城区老旧小区改造项目开工"), CLOCK);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean okDisabled(FxRobot robot) {
        return robot.lookup("#closing-ok").queryButton().isDisabled();
    }

    private static String message(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private static void retypeDate(FxRobot robot, String text) {
        robot.clickOn("#closing-date");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    @Test
    void theNoteIsRequiredAndTheResultCarriesNoteAndDate(FxRobot robot) {
        open(robot);
        assertThat(dialog.getTitle()).isEqualTo("办结销号：城区老旧小区改造项目开工");
        assertThat(robot.lookup("#closing-date").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-11-21");
        assertThat(okDisabled(robot)).isTrue();
        assertThat(message(robot, "#closing-note-error")).isEqualTo("请填写办结情况");

        robot.clickOn("#closing-note").write("12 个小区已全部开工, 经现场核实。");
        assertThat(okDisabled(robot)).isFalse();
        assertThat(message(robot, "#closing-note-error")).isEmpty();
        retypeDate(robot, "2026年11月20日");
        assertThat(okDisabled(robot)).isFalse();
        Screenshots.save(dialog.getDialogPane().getScene(), "closing-dialog");

        robot.clickOn("#closing-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult())
                .isEqualTo(new Closing(LocalDate.of(2026, 11, 20), "12 个小区已全部开工, 经现场核实。"));
    }

    @Test
    void aFutureDateIsRefused(FxRobot robot) {
        open(robot);
        robot.clickOn("#closing-note").write("已完成");
        retypeDate(robot, "2026-11-22");
        robot.clickOn("#closing-note");

        assertThat(message(robot, "#closing-date-error")).isEqualTo("办结日期不能晚于今天");
        Node date = robot.lookup("#closing-date").query();
        assertThat(date.getPseudoClassStates()).contains(Forms.INVALID);
        assertThat(okDisabled(robot)).isTrue();
        Screenshots.save(dialog.getDialogPane().getScene(), "closing-future-date");

        retypeDate(robot, "2026-10-30");
        assertThat(message(robot, "#closing-date-error")).isEqualTo("办结日期不能早于交办日期（2026-11-02）");
        assertThat(okDisabled(robot)).isTrue();
    }

    @Test
    void aParentWithOpenSubItemsNeedsAReason(FxRobot robot) {
        duban.domain.Item parent = awaitingFeedback("城区老旧小区改造项目开工");
        robot.interact(() -> {
            dialog = new ClosingDialog(stage, parent.withLinks(
                    new duban.domain.ItemLinks(null, 3, 1, null, null, false, 0, 0)), CLOCK);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot, "#closing-open-sub-items")).startsWith("还有 2 项子事项未办结");
        robot.clickOn("#closing-note").write("主体工程已完成。");
        assertThat(message(robot, "#closing-sub-items-reason-error")).isEqualTo("请填写销号理由");
        assertThat(okDisabled(robot)).isTrue();

        robot.clickOn("#closing-sub-items-reason").write("两项子事项并入明年计划办理");
        assertThat(okDisabled(robot)).isFalse();
        Screenshots.save(dialog.getDialogPane().getScene(), "closing-open-sub-items");
        robot.clickOn("#closing-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isEqualTo(new Closing(LocalDate.of(2026, 11, 21), "主体工程已完成。",
                "两项子事项并入明年计划办理"));
    }

    @Test
    void withoutOpenSubItemsNoReasonIsAsked(FxRobot robot) {
        open(robot);
        assertThat(robot.lookup("#closing-sub-items-reason").query().isVisible()).isFalse();
        robot.clickOn("#closing-note").write("已完成");
        assertThat(okDisabled(robot)).isFalse();
    }

    @Test
    void cancelGivesNoClosing(FxRobot robot) {
        open(robot);
        robot.clickOn("#closing-note").write("写了一半");
        robot.clickOn("#closing-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }
}
