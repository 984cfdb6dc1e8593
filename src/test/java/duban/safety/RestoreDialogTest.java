package duban.safety;

import duban.app.StorePorts;
import duban.store.BackupService;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.MovableClock;
import duban.ui.TaskRunner;
import duban.store.Database;
import duban.testing.Screenshots;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 从备份恢复 as the officer sees it: the list, a choice, the sentence, 恢复 or 取消. */
@ExtendWith(ApplicationExtension.class)
class RestoreDialogTest {

    @TempDir
    Path folder;

    private Stage stage;
    private Database database;
    private BackupsViewModel viewModel;
    private RestoreDialog dialog;

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
        if (database != null) {
            database.close();
        }
        WaitForAsyncUtils.checkException();
    }

    private void openWithBackups(FxRobot robot) throws Exception {
        database = Database.open(folder.resolve("duban.db"));
        MovableClock clock = new MovableClock(Instant.parse("2026-11-20T09:15:00Z"), SafetyFixture.ZONE);
        BackupService service = new BackupService(database, clock);
        SafetyFixture.seed(database, 12);
        service.backupNow();
        clock.advance(Duration.ofHours(23));
        SafetyFixture.seed(database, 3);
        service.backupNow();
        viewModel = new BackupsViewModel(StorePorts.backups(service), TaskRunner.inline(), "duban.db");
        robot.interact(() -> {
            dialog = new RestoreDialog(stage, viewModel);
            dialog.show();
        });
    }

    @Test
    void choosingAnOlderBackupNamesItAndRestoreReturnsIt(FxRobot robot) throws Exception {
        openWithBackups(robot);
        ListView<?> list = robot.lookup("#restore-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        Label sentence = robot.lookup("#restore-confirmation").queryAs(Label.class);
        assertThat(sentence.getText()).contains("2026-11-21 16:15:00", "15 项督办事项");

        robot.clickOn(robot.lookup(".list-cell").nth(1).queryLabeled());

        assertThat(sentence.getText()).contains("2026-11-20 17:15:00 的备份（共 12 项督办事项）");
        assertThat(robot.lookup("#restore-ok").queryAs(Button.class).isDisabled()).isFalse();
        Screenshots.save(dialog.getDialogPane().getScene(), "safety-restore-dialog");
        robot.clickOn("#restore-ok");

        assertThat(dialog.getResult()).isNotNull();
        assertThat(dialog.getResult().itemCount()).isEqualTo(12);
    }

    @Test
    void cancelGivesNoResultAndRestoresNothing(FxRobot robot) throws Exception {
        openWithBackups(robot);

        robot.clickOn("#restore-cancel");

        assertThat(dialog.getResult()).isNull();
        assertThat(BackupService.countItems(folder.resolve("duban.db"))).isEqualTo(15);
    }
}
