package duban.board;

import duban.domain.Card;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Status;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * The gestures that ask before they save, in the real window: crossing a card off (办结情况,
 * 办结日期), reopening it (重办 reason), withdrawing and restoring it, registering and editing an
 * item in the editor, and undoing an edit. Each checked in the database file.
 */
class BoardDialogFlowTest extends BoardTest {

    @Test
    void droppingIntoClosedAsksForTheClosingNoteAndSavesIt() throws Exception {
        moveWithKeyboardToFeedback("P2");

        robot.drag(board.card("P2"), MouseButton.PRIMARY).moveTo(board.list(Status.CLOSED)).release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#closing-note").tryQuery().isPresent());
        robot.clickOn("#closing-note").write("资金已全额下达至各乡镇, 经核实无误。");
        Screenshots.save(robot.lookup("#closing-note").query().getScene(), "board-closing-dialog");
        robot.clickOn("#closing-ok");

        RunningBoard.waitUntil(() -> "CLOSED".equals(fixture.value("P2", "status")));
        assertThat(fixture.value("P2", "closed_on")).isEqualTo(fixture.today.toString());
        assertThat(fixture.value("P2", "closing_note")).isEqualTo("资金已全额下达至各乡镇, 经核实无误。");
        RunningBoard.waitUntil(() -> board.shown(Status.CLOSED).contains("P2"));
        assertThat(board.shown(Status.AWAITING_FEEDBACK)).isEmpty();
    }

    @Test
    void cancellingTheClosingDialogCancelsTheMove() throws Exception {
        moveWithKeyboardToFeedback("P2");
        robot.drag(board.card("P2"), MouseButton.PRIMARY).moveTo(board.list(Status.CLOSED)).release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#closing-note").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);

        RunningBoard.waitUntil(() -> robot.lookup("#closing-note").tryQuery().isEmpty());
        assertThat(board.shown(Status.AWAITING_FEEDBACK)).containsExactly("P2");
        assertThat(board.shown(Status.CLOSED)).containsExactly("C1");
        assertThat(fixture.value("P2", "status")).isEqualTo("AWAITING_FEEDBACK");
        assertThat(fixture.events("P2")).last().isEqualTo("MOVE IN_PROGRESS->AWAITING_FEEDBACK");
    }

    @Test
    void sendingACardBackFromFeedbackAsksWhyCountsTheReturnAndCanBeUndone() throws Exception {
        moveWithKeyboardToFeedback("P2");
        robot.drag(board.card("P2"), MouseButton.PRIMARY).moveTo(board.list(Status.IN_PROGRESS))
                .release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#reason-text").tryQuery().isPresent());
        robot.clickOn("#reason-text").write("报告缺少验收意见");
        robot.clickOn("#reason-ok");

        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("P2", "status")));
        assertThat(fixture.value("P2", "return_count")).isEqualTo("1");
        assertThat(fixture.events("P2")).last().isEqualTo("RETURN AWAITING_FEEDBACK->IN_PROGRESS 报告缺少验收意见");
        RunningBoard.waitUntil(() -> robot.from(board.card("P2")).lookup(".marker-returned").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P2", "status")));
        assertThat(fixture.value("P2", "return_count")).isEqualTo("0");
    }

    @Test
    void reopeningAClosedCardAsksWhyAndClearsTheClosingDate() throws Exception {
        robot.drag(board.card("C1"), MouseButton.PRIMARY).moveTo(board.list(Status.IN_PROGRESS)).release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#reason-text").tryQuery().isPresent());
        robot.clickOn("#reason-text").write("复查发现仍有两处破损");
        robot.clickOn("#reason-ok");

        RunningBoard.waitUntil(() -> "IN_PROGRESS".equals(fixture.value("C1", "status")));
        assertThat(fixture.value("C1", "closed_on")).isNull();
        assertThat(fixture.events("C1")).last().isEqualTo("MOVE CLOSED->IN_PROGRESS 复查发现仍有两处破损");
    }

    @Test
    void withdrawingTakesTheCardOffTheBoardAndItCanBeRestored() throws Exception {
        robot.clickOn(board.card("A2"));
        robot.clickOn("#withdraw-item");
        RunningBoard.waitUntil(() -> robot.lookup("#reason-text").tryQuery().isPresent());
        robot.clickOn("#reason-text").write("与第 3 项重复登记");
        robot.clickOn("#reason-ok");

        RunningBoard.waitUntil(() -> "1".equals(fixture.value("A2", "withdrawn")));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A1", "A3")));
        assertThat(fixture.value("A2", "withdrawn_reason")).isEqualTo("与第 3 项重复登记");

        robot.clickOn("#withdrawn-items");
        RunningBoard.waitUntil(() -> robot.lookup("#withdrawn-list").tryQuery().isPresent());
        ListView<?> withdrawn = robot.lookup("#withdrawn-list").queryAs(ListView.class);
        assertThat(withdrawn.getItems()).hasSize(1);
        Node firstCell = robot.from(withdrawn).lookup(".list-cell").nth(0).query();
        robot.clickOn(firstCell);
        Screenshots.save(withdrawn.getScene(), "board-withdrawn-dialog");
        robot.clickOn("#restore-item");

        RunningBoard.waitUntil(() -> "0".equals(fixture.value("A2", "withdrawn")));
        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).equals(List.of("A1", "A3", "A2")));
        assertThat(fixture.events("A2")).extracting(event -> event.split(" ")[0])
                .containsExactly("CREATE", "WITHDRAW", "RESTORE");
    }

    @Test
    void ctrlNRegistersANewItemThatAppearsInAssigned() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> robot.lookup("#editor-title").tryQuery().isPresent());
        robot.clickOn("#editor-title").write("县城区背街小巷路灯补装");
        robot.clickOn("#editor-owner").write("赵敏");
        robot.clickOn("#editor-lead-unit").write("县住房和城乡建设局");
        robot.clickOn("#editor-deadline").write("2027/01/15");
        robot.clickOn("#editor-title");
        RunningBoard.waitUntil(() -> !robot.lookup("#editor-save").queryButton().isDisabled());
        robot.clickOn("#editor-save");

        RunningBoard.waitUntil(() -> board.shown(Status.ASSIGNED).size() == 4);
        Card created = board.list(Status.ASSIGNED).getItems().get(3);
        assertThat(created.title()).isEqualTo("县城区背街小巷路灯补装");
        assertThat(created.item().deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(created.item().leadUnit().name()).isEqualTo("县住房和城乡建设局");
        assertThat(fixture.column(Status.ASSIGNED)).hasSize(4);
    }

    @Test
    void enterOpensTheEditorAndAnEditCanBeUndone() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.type(KeyCode.ENTER);
        RunningBoard.waitUntil(() -> robot.lookup("#editor-title").tryQuery().isPresent());
        robot.doubleClickOn("#editor-title").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("A1 城东片区征迁安置房建设资金拨付 (第二批)");
        robot.clickOn("#editor-save");

        RunningBoard.waitUntil(() -> fixture.value("A1", "title").endsWith("(第二批)"));
        assertThat(fixture.value("A1", "version")).isEqualTo("2");
        RunningBoard.waitUntil(() -> !robot.lookup("#undo").queryButton().isDisabled());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "A1 城东片区征迁安置房建设资金拨付".equals(fixture.value("A1", "title")));
        assertThat(fixture.events("A1")).extracting(event -> event.split(" ")[0])
                .containsExactly("CREATE", "EDIT", "EDIT");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> fixture.value("A1", "title").endsWith("(第二批)"));
    }

    @Test
    void f1ListsTheKeyboardShortcuts() throws Exception {
        robot.clickOn(board.card("A1"));
        robot.type(KeyCode.F1);
        RunningBoard.waitUntil(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        assertThat(robot.lookup("#shortcuts-table").lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("Ctrl + → / Ctrl + ←", "Ctrl + Z", "Ctrl + N", "Ctrl + F", "Enter", "F1");
        assertThat(robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).contains("关闭").doesNotContain("Close");
        Screenshots.save(robot.lookup("#shortcuts-table").query().getScene(), "board-shortcuts");
    }

    private void moveWithKeyboardToFeedback(String key) throws Exception {
        robot.clickOn(board.card(key));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value(key, "status")));
        RunningBoard.waitUntil(() -> board.shown(Status.AWAITING_FEEDBACK).contains(key));
    }

}
