package duban.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.Screenshots;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one no-printer offer both print previews show: over the preview, without waiting (the preview
 * goes on), and only 导出 PDF… runs the export; 关闭 and Esc leave it undone.
 */
@ExtendWith(ApplicationExtension.class)
class NoPrinterOfferTest {

    private Stage preview;
    private final AtomicInteger exports = new AtomicInteger();

    @Start
    void start(Stage stage) {
        preview = stage;
        stage.setScene(new Scene(new StackPane(), 640, 400));
        stage.show();
    }

    private Alert offered(FxRobot robot) throws Exception {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            alert.set(NoPrinterOffer.show(preview, exports::incrementAndGet));
            // Shown without waiting: the call has returned while the offer is still open.
            assertThat(alert.get().isShowing()).isTrue();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#" + NoPrinterOffer.ID).tryQuery().isPresent());
        assertThat(alert.get().getOwner()).isSameAs(preview);
        return alert.get();
    }

    private void click(FxRobot robot, Alert alert, String text) {
        DialogPane pane = alert.getDialogPane();
        ButtonType type = pane.getButtonTypes().stream().filter(button -> button.getText().equals(text))
                .findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(type));
    }

    @Test
    void exportPdfRunsThePreviewsExportOnce(FxRobot robot) throws Exception {
        Alert alert = offered(robot);
        assertThat(alert.getHeaderText()).isEqualTo("这台电脑上没有可用的打印机。");
        assertThat(alert.getContentText()).contains("PDF");
        assertThat(exports).hasValue(0);
        Screenshots.save(alert.getDialogPane().getScene(), "no-printer-offer");
        click(robot, alert, "导出 PDF…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !alert.isShowing());
        assertThat(exports).hasValue(1);
    }

    @Test
    void closeAndEscExportNothing(FxRobot robot) throws Exception {
        Alert first = offered(robot);
        click(robot, first, "关闭");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !first.isShowing());

        Alert second = offered(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !second.isShowing());
        assertThat(exports).hasValue(0);
        assertThat(preview.isShowing()).isTrue();
    }
}
