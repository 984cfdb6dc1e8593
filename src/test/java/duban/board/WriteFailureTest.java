package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardFixture;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * A write that fails underneath (simulated by a trigger that aborts the update as SQLite would; a
 * real full disk is {@code duban.safety.DiskFullTest}): the user gets a Chinese message that names
 * the log file holding the details, the board shows again what the file holds, and nothing of the
 * move is half-written.
 */
class WriteFailureTest extends BoardTest {

    @Test
    void aMoveThatCannotBeWrittenIsReportedAndTheCardReturnsToWhereTheFileHasIt() throws Exception {
        BoardFixture fixture = board.fixture;
        fixture.execute("CREATE TRIGGER simulated_disk_failure BEFORE UPDATE OF status ON item"
                + " BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END");

        robot.drag(board.card("A1"), MouseButton.PRIMARY).moveTo(board.list(Status.IN_PROGRESS))
                .release(MouseButton.PRIMARY);

        RunningBoard.waitUntil(() -> board.label("#board-message").startsWith("保存失败"));
        // The cause in Chinese with where the details are; SQLite's English and the SQL go to the log only.
        Path log = fixture.file.resolveSibling(fixture.file.getFileName().toString().replaceFirst("\\.db$", "") + ".log");
        assertThat(board.label("#board-message")).doesNotContain("update item").doesNotContain("disk I/O error")
                .contains("数据库拒绝了这次写入").contains(log.toString());
        assertThat(Files.readString(log)).contains("disk I/O error (simulated)").contains("update");
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).contains("A1"));
        Screenshots.save(board.stage.getScene(), "board-write-failed");
        assertThat(board.shown(Status.ASSIGNED)).containsExactly("A1", "A2", "A3");
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1", "P2");
        assertThat(fixture.column(Status.ASSIGNED)).isEqualTo(List.of("A1", "A2", "A3"));
        assertThat(fixture.value("A1", "version")).isEqualTo("1");
        assertThat(fixture.events("A1")).containsExactly("CREATE null->ASSIGNED");
    }
}
