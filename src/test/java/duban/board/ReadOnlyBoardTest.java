package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.store.Database;
import duban.store.DatabaseOpenException;
import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * 只读模式 (here by {@code --read-only}; a file or folder that cannot be written takes the same
 * path): a banner says why, every change is refused with that reason, and the file is untouched.
 */
class ReadOnlyBoardTest {

    @TempDir
    Path folder;

    private RunningBoard board;
    private final FxRobot robot = new FxRobot();
    private byte[] before;

    @BeforeEach
    void startReadOnly() throws Exception {
        BoardFixture fixture = BoardFixture.create(folder.resolve("board.db"));
        before = Files.readAllBytes(fixture.file);
        board = RunningBoard.start(fixture, "--read-only");
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (board != null) {
            board.stop();
        }
    }

    @Test
    void theBannerSaysWhyAndEveryChangeIsRefusedWithTheFileUntouched() throws Exception {
        Label banner = robot.lookup("#read-only-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("只读模式").contains("--read-only");
        assertThat(robot.lookup("#new-item").queryAs(Button.class).isDisabled()).isTrue();
        Screenshots.save(board.stage.getScene(), "board-read-only");

        List<String> assigned = board.fixture.column(Status.ASSIGNED);
        // A drag is refused at once, with the reason; the card stays.
        robot.drag(board.card("A1"), MouseButton.PRIMARY).moveTo(board.list(Status.IN_PROGRESS))
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> board.label("#board-message").startsWith("只读模式，不能修改"));
        assertThat(robot.lookup("#drag-preview").query().isVisible()).isFalse();

        // The keyboard move and the editor are refused too.
        robot.clickOn(board.card("A2"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#editor-title").tryQuery()).isEmpty();

        // The card's menu offers nothing that changes the file (查看子事项…, which only reads, is
        // not offered at all for an item that was not split).
        board.openContextMenu(board.card("P1"));
        javafx.scene.control.ContextMenu menu = cellOf(board.card("P1")).getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems()).filteredOn(item -> item.getText() != null && item.isVisible())
                .isNotEmpty().allSatisfy(item -> assertThat(item.isDisable()).as(item.getText()).isTrue());
        robot.type(KeyCode.ESCAPE);

        assertThat(board.fixture.column(Status.ASSIGNED)).isEqualTo(assigned);
        assertThat(board.fixture.events("A1")).hasSize(1);
        assertThat(board.fixture.events("A2")).hasSize(1);
        board.stop();
        board = null;
        assertThat(Files.readAllBytes(folder.resolve("board.db"))).as("the file, byte for byte").isEqualTo(before);
    }

    private static CardCell cellOf(javafx.scene.Node node) {
        javafx.scene.Node at = node;
        while (!(at instanceof CardCell)) {
            at = at.getParent();
        }
        return (CardCell) at;
    }

    @Test
    void databaseOpenReadOnlyRefusesWritesAndAFileThatWouldNeedAnUpgrade() throws Exception {
        Path file = folder.resolve("board.db");
        try (Database database = Database.open(file, true)) {
            assertThat(database.readOnly()).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    database.dsl().execute("UPDATE item SET title = 'x'")).hasMessageContaining("readonly");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(folder.resolve("none.db"), true))
                .isInstanceOf(DatabaseOpenException.class)
                .satisfies(e -> assertThat(((DatabaseOpenException) e).userMessage()).contains("只读方式"));
    }
}
