package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * The workflow records in the real window: a progress report, an extension and a reminder from a
 * card's menu, a return from 待反馈, and 今日待催办; each checked in the file and on the card.
 */
class BoardWorkflowTest extends BoardTest {

    @Test
    void aCardCollectsEveryWorkflowMarker() throws Exception {
        // 办理进展 from the card's menu
        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("登记办理进展…"));
        RunningBoard.waitUntil(() -> robot.lookup("#report-content").tryQuery().isPresent());
        robot.clickOn("#report-content").write("已下达第一批养护资金 320 万元。");
        robot.clickOn("#report-ok");
        RunningBoard.waitUntil(() -> count("progress_report", "P2") == 1);

        // 延期 from the card's menu
        LocalDate newDeadline = fixture.today.plusDays(40);
        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("延期…"));
        RunningBoard.waitUntil(() -> robot.lookup("#extension-deadline").tryQuery().isPresent());
        robot.clickOn("#extension-deadline").write(newDeadline.toString());
        robot.clickOn("#extension-reason").write("资金分批下达");
        robot.clickOn("#extension-approver").write("张副县长");
        robot.clickOn("#extension-reason");
        robot.clickOn("#extension-ok");
        RunningBoard.waitUntil(() -> newDeadline.toString().equals(fixture.value("P2", "working_deadline")));

        // 催办 from the card's menu
        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("催办…"));
        RunningBoard.waitUntil(() -> robot.lookup("#reminder-ok").tryQuery().isPresent());
        robot.clickOn("#reminder-ok");
        RunningBoard.waitUntil(() -> count("reminder", "P2") == 1);
        // By 督办单 (the default): its 催办单 is numbered and offered to save; not now.
        RunningBoard.waitUntil(() -> robot.lookup("#reminder-notice-close").tryQuery().isPresent());
        robot.clickOn("#reminder-notice-close");

        // 退回重办 after it reached 待反馈
        robot.clickOn(board.card("P2"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P2", "status")));
        robot.drag(board.card("P2"), MouseButton.PRIMARY).moveTo(board.list(Status.IN_PROGRESS))
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#reason-text").tryQuery().isPresent());
        robot.clickOn("#reason-text").write("缺少资金拨付凭证");
        robot.clickOn("#reason-ok");
        RunningBoard.waitUntil(() -> "1".equals(fixture.value("P2", "return_count")));

        RunningBoard.waitUntil(() -> markers("P2").size() == 4);
        assertThat(markers("P2")).containsExactly("已延期", "退回 1 次", "催办 1 次",
                "进展 " + fixture.today.toString().substring(5));
        assertThat(fixture.events("P2")).extracting(event -> event.split(" ")[0])
                .containsExactly("CREATE", "MOVE", "REPORT", "EXTEND", "REMIND", "MOVE", "RETURN");
        Screenshots.save(board.stage.getScene(), "board-card-markers");
    }

    @Test
    void remindersDueListsTheOverdueItemFirstAndRecordsAReminderFromIt() throws Exception {
        robot.clickOn("#reminders-due-button");
        RunningBoard.waitUntil(() -> robot.lookup("#reminders-due").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#reminders-due").queryAs(TableView.class);
        // A3 is overdue, A2 due in 2 days; the rest are neither.
        assertThat(table.getItems()).hasSize(2);
        Screenshots.save(table.getScene(), "board-reminders-due");

        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#remind-selected");
        RunningBoard.waitUntil(() -> robot.lookup("#reminder-ok").tryQuery().isPresent());
        assertThat(robot.lookup("#reminder-level-RED").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.clickOn("#reminder-ok");

        RunningBoard.waitUntil(() -> count("reminder", "A3") == 1);
        RunningBoard.waitUntil(() -> robot.lookup("#reminder-notice-close").tryQuery().isPresent());
        robot.clickOn("#reminder-notice-close");
        assertThat(fixture.value("A3", "id")).isNotNull();
        RunningBoard.waitUntil(() -> markers("A3").contains("催办 1 次"));
    }

    @Test
    void aNewDueSoonThresholdFromTheSettingsRejudgesTheBoardAndIsStored() throws Exception {
        assertThat(board.label("#due-soon-count")).isEqualTo("1"); // A2, due in 2 days

        robot.clickOn("#settings-button");
        RunningBoard.waitUntil(() -> robot.lookup("#settings-due-soon").tryQuery().isPresent());
        javafx.scene.control.Spinner<?> spinner = robot.lookup("#settings-due-soon").queryAs(javafx.scene.control.Spinner.class);
        robot.doubleClickOn(spinner.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("10").type(KeyCode.TAB);
        robot.clickOn("#settings-save");

        // P2 is due in 9 days: 临期 now, on the card and in the header.
        RunningBoard.waitUntil(() -> "2".equals(board.label("#due-soon-count")));
        assertThat(robot.from(board.card("P2")).lookup(".card-due").queryAs(Label.class).getText()).isEqualTo("剩 9 天");
        assertThat(board.card("P2").getPseudoClassStates().toString()).contains("due-soon");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + fixture.file);
             var rows = connection.createStatement().executeQuery(
                     "SELECT value FROM setting WHERE key = 'dueSoonDays'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("10");
        }
    }

    private int count(String table, String key) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + fixture.file);
             var query = connection.prepareStatement("SELECT count(*) FROM " + table + " WHERE item_id = ?")) {
            query.setLong(1, fixture.id(key));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private java.util.List<String> markers(String key) {
        return robot.from(board.card(key)).lookup(".card-marker").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
