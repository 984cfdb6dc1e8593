package duban.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A test of the real board: the application started on a fresh {@link BoardFixture} file
 * ({@code board.db} in a temporary folder) before each test, and stopped after it.
 */
public abstract class BoardTest {

    @TempDir
    protected Path folder;

    protected RunningBoard board;
    protected BoardFixture fixture;
    protected FxRobot robot;

    @BeforeEach
    final void startTheBoard() throws Exception {
        board = RunningBoard.start(createFixture(folder.resolve("board.db")));
        fixture = board.fixture;
        robot = board.robot;
    }

    /** The board the test starts on: the small {@link BoardFixture} in {@code file}; a test may write another. */
    protected BoardFixture createFixture(Path file) throws Exception {
        return BoardFixture.create(file);
    }

    @AfterEach
    final void stopTheBoard() throws TimeoutException {
        board.stop();
    }
}
