package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardFixture;
import duban.testing.BoardTest;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** 备份 ▸ 校验台账 on the board: intact says so; a record changed behind the triggers' back is named. */
class VerifyHistoryTest extends BoardTest {

    private DialogPane verify() throws TimeoutException {
        robot.clickOn("#backup-menu");
        robot.clickOn("校验台账");
        RunningBoard.waitUntil(() -> robot.lookup("#verify-result").tryQuery().isPresent());
        return robot.lookup("#verify-result").queryAs(DialogPane.class);
    }

    @Test
    void anIntactHistoryPassesAndAnEditedRecordIsNamed() throws Exception {
        DialogPane intact = verify();
        // The dialog is titled by what it does, the verdict is in its body.
        assertThat(((javafx.stage.Stage) intact.getScene().getWindow()).getTitle()).isEqualTo("校验台账");
        assertThat(intact.getHeaderText()).isEqualTo("校验台账");
        assertThat(intact.getContentText()).startsWith("结论：办理记录完整。").contains("校验通过");
        Screenshots.save(intact.getScene(), "board-verify-intact");
        robot.interact(() -> intact.getScene().getWindow().hide());

        // Somebody goes around the application: drops the guard and rewrites A2's registration.
        BoardFixture fixture = board.fixture;
        fixture.execute("DROP TRIGGER item_event_append_only_update");
        fixture.execute("UPDATE item_event SET note = '改过的说明' WHERE item_id = ?", fixture.id("A2"));

        DialogPane tampered = verify();
        assertThat(tampered.getHeaderText()).isEqualTo("校验台账");
        assertThat(tampered.getContentText()).startsWith("结论：发现数据或办理记录被改动、删除。")
                .contains("被改动过").contains("A2");
        Screenshots.save(tampered.getScene(), "board-verify-tampered");
    }

    @Test
    void aDeadlineChangedBehindTheBoardsBackIsNamedWithBothValues() throws Exception {
        BoardFixture fixture = board.fixture;
        fixture.execute("UPDATE item SET deadline = '2027-06-30' WHERE id = ?", fixture.id("A2"));

        DialogPane tampered = verify();

        assertThat(tampered.getHeaderText()).isEqualTo("校验台账");
        assertThat(tampered.getContentText()).startsWith("结论：发现数据或办理记录被改动、删除。").contains("A2").contains("办理时限").contains("数据库中为 2027-06-30")
                .contains("按办理记录应为");
        Screenshots.save(tampered.getScene(), "board-verify-state-differs");
    }
}
