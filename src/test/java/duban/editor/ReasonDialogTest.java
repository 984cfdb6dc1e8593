package duban.editor;

import static duban.editor.ClosingViewModelTest.awaitingFeedback;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.Screenshots;
import java.util.function.Supplier;
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

/** The required-reason dialog of 撤销督办, 重办 and 退回重办. */
@ExtendWith(ApplicationExtension.class)
class ReasonDialogTest {

    private Stage stage;
    private ReasonDialog dialog;

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

    /** Builds the dialog on the FX thread (a Dialog must be) and shows it without blocking. */
    private void show(FxRobot robot, Supplier<ReasonDialog> reasonDialog) {
        robot.interact(() -> {
            dialog = reasonDialog.get();
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean okDisabled(FxRobot robot) {
        return robot.lookup("#reason-ok").queryButton().isDisabled();
    }

    @Test
    void aWithdrawalNeedsAReasonAndGivesItTrimmed(FxRobot robot) {
        show(robot, () -> ReasonDialog.forWithdraw(stage, awaitingFeedback("重复登记的供水管网改造")));
        assertThat(dialog.getTitle()).isEqualTo("撤销督办");
        assertThat(robot.lookup("#reason-header").queryAs(Label.class).getText()).contains("“重复登记的供水管网改造”");
        assertThat(okDisabled(robot)).isTrue();

        robot.clickOn("#reason-text").write("   ");
        assertThat(okDisabled(robot)).as("blank is no reason").isTrue();
        robot.write("与第 12 号事项重复登记  ");
        assertThat(okDisabled(robot)).isFalse();
        Screenshots.save(dialog.getDialogPane().getScene(), "reason-withdraw");

        robot.clickOn("#reason-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo("与第 12 号事项重复登记");
    }

    @Test
    void aGenericReasonDialogShowsItsTextsAndCancelGivesNothing(FxRobot robot) {
        show(robot, () -> new ReasonDialog("退回重办", "将“县城区供水管网改造”退回办理中。", "退回原因"));
        assertThat(dialog.getTitle()).isEqualTo("退回重办");
        assertThat(robot.lookup("#reason-header").queryAs(Label.class).getText()).isEqualTo("将“县城区供水管网改造”退回办理中。");
        assertThat(robot.lookup("#reason-error").queryAs(Label.class).getText()).isEqualTo("请填写退回原因");
        assertThat(robot.lookup((javafx.scene.Node node) -> node instanceof Label label
                && "退回原因".equals(label.getText())).tryQuery()).isPresent();

        robot.clickOn("#reason-text").write("报送材料缺少现场照片");
        robot.clickOn("#reason-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void reopeningNamesTheColumnTheItemGoesBackTo(FxRobot robot) {
        show(robot, () -> ReasonDialog.forReopen(stage, awaitingFeedback("破损路面修补"), Status.IN_PROGRESS));
        assertThat(dialog.getTitle()).isEqualTo("重办");
        assertThat(robot.lookup("#reason-header").queryAs(Label.class).getText())
                .isEqualTo("将“破损路面修补”移出办结销号，移回“办理中”重新办理。");
        robot.clickOn("#reason-text").write("群众反映路面再次破损");
        Screenshots.save(dialog.getDialogPane().getScene(), "reason-reopen");
        robot.clickOn("#reason-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isEqualTo("群众反映路面再次破损");
    }
}
