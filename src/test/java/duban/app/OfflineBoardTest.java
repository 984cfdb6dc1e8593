package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardFixture;
import duban.testing.FxTexts;
import duban.testing.PostgresServer;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board on a server that goes away and comes back: the status bar and the projector say it
 * is offline and since when, a drag meanwhile fails with a message and leaves nothing written, and
 * once the server answers again the marks go and the board is read again, by itself.
 */
class OfflineBoardTest {

    private RunningBoard board;
    private String database;

    @AfterEach
    void stop() throws Exception {
        if (database != null) {
            PostgresServer.executeAsSuperuser("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        if (board != null) {
            board.stop();
        }
    }

    private static int listeners(String database) throws Exception {
        try (Connection connection = PostgresServer.connect("postgres");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND query LIKE 'LISTEN%'")) {
            query.setString(1, database);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    /** The server closes the database to everyone and drops its connections: the network cut, as the board sees it. */
    private static void cutOff(String database) {
        PostgresServer.executeAsSuperuser("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        PostgresServer.executeAsSuperuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database + "'");
    }

    private boolean visible(String query) {
        return board.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void offlineTheBoardAndProjectorSaySoAWriteFailsCleanlyAndBothRecoverByThemselves() throws Exception {
        BoardFixture fixture = BoardFixture.createOnServer("offline_board");
        database = fixture.serverDatabase;
        board = RunningBoard.start(fixture);
        RunningBoard.waitUntil(() -> listeners(database) == 1);
        assertThat(visible("#board-offline")).isFalse();

        cutOff(database);
        RunningBoard.waitUntil(() -> visible("#board-offline"));
        assertThat(board.label("#board-offline")).contains("连接已断开").contains("自 ").contains("正在重新连接");

        board.robot.drag(board.card("A1"), MouseButton.PRIMARY)
                .moveTo(board.card("P2"), Pos.TOP_CENTER, new Point2D(0, 6), Motion.DEFAULT)
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> visible("#board-message-bar"));
        assertThat(board.label("#board-message")).contains(duban.i18n.Messages.get("failure.server.connectionLost")).doesNotContain("SQL").doesNotContain("Exception");
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).size() == 3);
        assertThat(board.shown(Status.ASSIGNED)).as("the unsaved drag is taken back, the last data stays")
                .containsExactly("A1", "A2", "A3");
        Screenshots.save(board.stage.getScene(), "live-board-offline");

        board.robot.clickOn("#projector-button");
        RunningBoard.waitUntil(() -> visible("#projector-offline"));
        String mark = FxTexts.text(board.robot, "#projector-offline");
        assertThat(mark).startsWith("离线").contains("最后更新");
        Node projector = board.robot.lookup("#projector-offline").query();
        Screenshots.save(projector.getScene(), "live-projector-offline");

        PostgresServer.executeAsSuperuser("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        long back = System.nanoTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !visible("#projector-offline") && !visible("#board-offline"));
        System.out.println("live: online again " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back)
                + " ms after the server took connections again");
        Screenshots.save(projector.getScene(), "live-projector-back-online");
        board.robot.type(javafx.scene.input.KeyCode.ESCAPE);

        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A1", "A2", "A3")));
        assertThat(fixture.column(Status.ASSIGNED)).containsExactly("A1", "A2", "A3");
        assertThat(fixture.value("A1", "version")).as("nothing half-written").isEqualTo("1");
        assertThat(fixture.events("A1")).containsExactly("CREATE null->ASSIGNED");
        assertThat(board.shown(Status.IN_PROGRESS)).containsExactly("P1", "P2");
        org.controlsfx.control.StatusBar statusBar = board.robot.lookup(
                (Node node) -> node instanceof org.controlsfx.control.StatusBar).query();
        assertThat(statusBar.getText()).as("the failed read's notice went with the read that succeeded")
                .doesNotContain("失败");

        // and it writes again: the connection is made anew
        board.robot.drag(board.card("A1"), MouseButton.PRIMARY)
                .moveTo(board.card("P2"), Pos.TOP_CENTER, new Point2D(0, 6), Motion.DEFAULT)
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> fixture.column(Status.IN_PROGRESS).equals(List.of("P1", "A1", "P2")));
    }
}
