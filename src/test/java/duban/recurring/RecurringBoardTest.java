package duban.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import duban.domain.Item;
import duban.domain.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * 定期督办 in the real window: an item made recurring from its card's menu (the dialog previews the
 * next deadlines), its card marked 定期·每月25日, then the series ended with a reason.
 */
class RecurringBoardTest extends BoardTest {

    @Test
    void anItemMadeRecurringThroughTheDialogIsMarkedAndCanBeEnded() throws Exception {
        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("设为定期督办…"));
        RunningBoard.waitUntil(() -> robot.lookup("#recurring-value").tryQuery().isPresent());
        assertThat(text("#recurring-preview")).startsWith("每月25日：接下来三期的期限为 ");

        // A day no month has is refused, and saving with it is not possible.
        robot.doubleClickOn("#recurring-value").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("32");
        RunningBoard.waitUntil(() -> text("#recurring-value-error").equals("请填写 1 到 31 之间的日期。"));
        assertThat(robot.lookup("#recurring-ok").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("25");
        RunningBoard.waitUntil(() -> !robot.lookup("#recurring-ok").queryButton().isDisabled());
        Screenshots.save(robot.lookup("#recurring-dialog").query().getScene(), "recurring-dialog");
        robot.clickOn("#recurring-ok");

        RunningBoard.waitUntil(() -> fixture.value("P2", "series_id") != null);
        RunningBoard.waitUntil(() -> markers("P2").contains("定期·每月25日"));
        assertThat(fixture.events("P2")).extracting(event -> event.split(" ")[0]).last().isEqualTo("RECUR");
        // The details panel shows the series above the history.
        RunningBoard.waitUntil(() -> robot.lookup("#details-series-heading").tryQuery().isPresent()
                && text("#details-series-heading").equals("每月25日，已生成 1 期"));
        assertThat(robot.lookup("#details-series-occurrences .label").queryAllAs(Label.class))
                .extracting(Label::getText).singleElement().asString().startsWith("第 1 期 ").endsWith("（本事项）");
        Screenshots.save(board.stage.getScene(), "recurring-card");

        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("结束定期督办…"));
        RunningBoard.waitUntil(() -> robot.lookup("#end-series-reason").tryQuery().isPresent());
        assertThat(robot.lookup("#end-series-ok").queryButton().isDisabled()).isTrue();
        robot.clickOn("#end-series-reason").write("已纳入年度考核");
        robot.clickOn("#end-series-ok");

        RunningBoard.waitUntil(() -> markers("P2").contains("定期·已结束"));
        RunningBoard.waitUntil(() -> text("#details-series-heading").startsWith("每月25日，已结束（"));
        assertThat(text("#details-series-heading")).endsWith("：已纳入年度考核）");
        assertThat(fixture.events("P2")).extracting(event -> event.split(" ")[0]).last().isEqualTo("END_SERIES");
        Screenshots.save(board.stage.getScene(), "recurring-ended");
    }

    @Test
    void crossingOffARecurringItemBringsItsNextOccurrenceOntoTheBoard() throws Exception {
        board.openContextMenu(board.card("P2"));
        robot.clickOn(board.menuEntry("设为定期督办…"));
        RunningBoard.waitUntil(() -> robot.lookup("#recurring-ok").tryQuery().isPresent());
        robot.clickOn("#recurring-ok");
        RunningBoard.waitUntil(() -> markers("P2").contains("定期·每月25日"));

        // Crossed off (through 待反馈): December's occurrence appears in 交办, 交办 on 12-01.
        robot.clickOn(board.card("P2"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        RunningBoard.waitUntil(() -> "AWAITING_FEEDBACK".equals(fixture.value("P2", "status")));
        robot.drag(board.card("P2"), MouseButton.PRIMARY).moveTo(board.list(Status.CLOSED)).release(MouseButton.PRIMARY);
        RunningBoard.waitUntil(() -> robot.lookup("#closing-note").tryQuery().isPresent());
        robot.clickOn("#closing-note").write("资金已全额下达。");
        robot.clickOn("#closing-ok");
        RunningBoard.waitUntil(() -> board.list(Status.ASSIGNED).getItems().stream()
                .anyMatch(card -> card.item().title().equals("P2 农村公路养护资金下达")));
        Item december = board.list(Status.ASSIGNED).getItems().stream().map(card -> card.item())
                .filter(item -> item.title().equals("P2 农村公路养护资金下达")).findFirst().orElseThrow();
        assertThat(december.assignedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(december.deadline()).isEqualTo(LocalDate.of(2026, 12, 25));
        Screenshots.save(board.stage.getScene(), "recurring-next-occurrence");
        RunningBoard.waitUntil(() -> text("#details-series-heading").equals("每月25日，已生成 2 期"));
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<String> markers(String key) {
        return robot.from(board.card(key)).lookup(".card-marker").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
