package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * The file vanishes while the board is open (a stick pulled out, a share gone; here: moved away):
 * the board says so within seconds and turns read-only, so no change goes into a file nobody will see.
 */
class FileGoneTest extends BoardTest {

    @Test
    void aVanishedFileIsReportedAndTheBoardTurnsReadOnly() throws Exception {
        Path file = board.fixture.file;
        Files.move(file, folder.resolve("elsewhere.db"));

        RunningBoard.waitUntil(() -> robot.lookup("#read-only-banner").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#read-only-banner").queryAs(Label.class).getText()).contains("已不在原位置");

        robot.drag(board.card("A1"), MouseButton.PRIMARY).moveTo(board.list(Status.IN_PROGRESS))
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> board.label("#board-message").startsWith("只读模式，不能修改"));
        assertThat(board.shown(Status.ASSIGNED)).contains("A1");
        assertThat(file).doesNotExist();
    }
}
