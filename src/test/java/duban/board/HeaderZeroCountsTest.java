package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header's 逾期 and 临期 counts: in the alarm colours while there is something to alarm about,
 * in the neutral ink when the count is 0 (no overdue item is good news, not a red figure).
 */
class HeaderZeroCountsTest {

    private static final Color DUE_SOON = Color.web("#9c5c00");
    private static final Color NEUTRAL = Color.web("#646a73");

    @TempDir
    Path folder;

    private RunningBoard board;

    @BeforeEach
    void start() throws Exception {
        BoardFixture fixture = BoardFixture.create(folder.resolve("board.db"));
        // A3, the fixture's one overdue item, is given a later deadline: nothing is overdue.
        fixture.execute("UPDATE item SET deadline = '2026-12-31' WHERE title LIKE 'A3%'");
        board = RunningBoard.start(fixture);
    }

    @AfterEach
    void stop() throws Exception {
        board.stop();
    }

    private Label count(String id) {
        return board.robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void aZeroCountIsNeutralAndANonZeroOneKeepsItsAlarmColour() throws Exception {
        RunningBoard.waitUntil(() -> "0".equals(count("#overdue-count").getText()));
        RunningBoard.waitUntil(() -> NEUTRAL.equals(count("#overdue-count").getTextFill()));
        // A2 is due soon: its count keeps the amber.
        assertThat(count("#due-soon-count").getText()).isEqualTo("1");
        assertThat(count("#due-soon-count").getTextFill()).isEqualTo(DUE_SOON);
        Screenshots.save(count("#overdue-count").getScene(), "header-zero-overdue");
    }
}
