package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.store.FileSystemKind;
import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The board on a file its detector takes for a network share: the status bar says it runs with a
 * rollback journal, held by this computer alone, and why; changes are saved as usual.
 */
@Timeout(120)
class NetworkShareBoardTest {

    @TempDir
    java.nio.file.Path folder;

    private RunningBoard board;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws TimeoutException {
        try {
            if (board != null) {
                board.stop();
            }
        } finally {
            System.clearProperty(FileSystemKind.FORCE_PROPERTY);
        }
    }

    @Test
    void theStatusBarSaysTheFileIsHeldAloneOnAShareAndAMoveIsSaved() throws Exception {
        BoardFixture fixture = BoardFixture.create(folder.resolve("board.db"));
        System.setProperty(FileSystemKind.FORCE_PROPERTY, "true");
        board = RunningBoard.start(fixture);

        StatusBar status = robot.lookup(".board-status").queryAs(StatusBar.class);
        RunningBoard.waitUntil(() -> status.getText() != null && status.getText().contains("网络共享"));
        assertThat(status.getText()).contains("回滚日志", "独占", "其他电脑无法打开", "服务器数据库（PostgreSQL）");
        Screenshots.save(board.stage.getScene(), "board-network-share");

        List<String> assigned = board.shown(Status.ASSIGNED);
        String moved = assigned.get(0);
        robot.clickOn(board.card(moved));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> board.shown(Status.IN_PROGRESS).contains(moved));
        board.stop(); // the file is held by the board until it closes
        board = null;
        assertThat(fixture.column(Status.IN_PROGRESS)).contains(moved);
    }
}
