package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** 备份 ▸ 立即备份 and 从备份恢复… on the board: a restored backup's items are on the board again. */
class BackupMenuTest extends BoardTest {

    @Test
    void aBackupMadeFromTheMenuRestoresTheBoardAsItWas() throws Exception {
        long before = backups();
        robot.clickOn("#backup-menu");
        robot.clickOn("立即备份");
        RunningBoard.waitUntil(() -> backups() > before);

        // A move after the backup: 交办 → 办理中, saved.
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("A1", "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.IN_PROGRESS).contains("A1"));

        robot.clickOn("#backup-menu");
        robot.clickOn("从备份恢复…");
        RunningBoard.waitUntil(() -> robot.lookup("#restore-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#restore-list").queryAs(ListView.class);
        RunningBoard.waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0)); // the newest: the one just made
        assertThat(robot.lookup("#restore-ok").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#restore-ok");

        RunningBoard.waitUntil(() -> "ASSIGNED".equals(fixture.value("A1", "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).contains("A1"));
        assertThat(board.shown(Status.IN_PROGRESS)).doesNotContain("A1");
    }

    /** How many backup files lie in backups/ beside the board's file. */
    private long backups() throws Exception {
        Path backupFolder = folder.resolve("backups");
        if (!Files.isDirectory(backupFolder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(backupFolder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".db")).count();
        }
    }
}
