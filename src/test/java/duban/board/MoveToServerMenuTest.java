package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardTest;
import duban.testing.PostgresServer;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** 备份 ▸ 迁移到共享数据库… on a board opened on a file: the data lands on the server, and the user is told how to start there. */
class MoveToServerMenuTest extends BoardTest {

    @Test
    void theBoardsFileMovesOntoAnEmptyServerDatabase() throws Exception {
        String name = PostgresServer.freshDatabase("board_move");
        robot.clickOn("#backup-menu");
        robot.clickOn("迁移到共享数据库…");
        RunningBoard.waitUntil(() -> robot.lookup("#transfer-address").tryQuery().isPresent());
        robot.clickOn("#transfer-address").write(PostgresServer.address(name));
        Screenshots.save(robot.lookup("#transfer-move").queryAs(DialogPane.class).getScene(), "board-move-to-server");
        robot.clickOn("确定");

        RunningBoard.waitUntil(() -> robot.lookup("#transfer-result").tryQuery().isPresent());
        DialogPane result = robot.lookup("#transfer-result").queryAs(DialogPane.class);
        assertThat(result.getContentText()).contains("核对无误")
                .contains("--db postgresql://localhost:" + PostgresServer.port() + "/" + name + "?user=postgres");
        Screenshots.save(result.getScene(), "board-moved-to-server");
        try (Connection server = PostgresServer.connect(name); Statement statement = server.createStatement();
             ResultSet items = statement.executeQuery("SELECT count(*) FROM item")) {
            items.next();
            assertThat(items.getLong(1)).isEqualTo(fixture.ids.size()).isPositive();
        }
    }
}
