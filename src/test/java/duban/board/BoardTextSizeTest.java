package duban.board;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import duban.testing.Screenshots;
import duban.ui.ReadableLook;
import duban.ui.ReadingPreferences;
import duban.ui.TextSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board at 150 % on a 1920×1080 screen, normal and high contrast: every text larger, the
 * header's figures, the toolbar's words and the cards' titles shown whole (not cut to "…") and
 * inside the window.
 */
class BoardTextSizeTest {

    @TempDir
    Path folder;

    private RunningBoard board;

    @BeforeEach
    void start() throws Exception {
        board = RunningBoard.start(BoardFixture.create(folder.resolve("board.db")));
    }

    @AfterEach
    void stop() throws Exception {
        board.robot.interact(() -> {
            if (fullHd != null) {
                Parent root = fullHd.getRoot();
                fullHd.setRoot(new Pane());
                board.stage.getScene().setRoot(root);
            }
            ReadableLook.install(ReadingPreferences.DEFAULT);
        });
        board.stop();
    }

    /**
     * The board's root in a scene as large as a maximised window on a 1920×1080 screen: the headless
     * test screen is smaller, and a window larger than it cannot be painted; a scene's snapshot lays
     * it out and draws it all the same.
     */
    private Scene fullHd;

    private void moveToFullHdScene() {
        board.robot.interact(() -> {
            Parent root = board.stage.getScene().getRoot();
            board.stage.getScene().setRoot(new Pane());
            fullHd = new Scene(root, 1920, 1040);
            ReadableLook.style(root);
        });
    }

    private Label figure(String id) {
        Parent root = fullHd != null ? fullHd.getRoot() : board.stage.getScene().getRoot();
        return (Label) root.lookup(id);
    }

    @Test
    void at150PercentEveryWordOfTheHeaderToolbarAndCardsIsWholeAndInTheWindow() throws Exception {
        double normal = figure("#overdue-count").getFont().getSize();
        moveToFullHdScene();
        board.robot.interact(() -> {
            ReadableLook.apply(new ReadingPreferences(TextSize.PERCENT_150, false));
            ReadableLook.style(fullHd.getRoot());
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(fullHd, "board-150");
        assertThat(figure("#overdue-count").getFont().getSize()).isEqualTo(normal * 1.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(cutOrOutside()).isEmpty();

        board.robot.interact(() -> {
            ReadableLook.apply(new ReadingPreferences(TextSize.PERCENT_150, true));
            ReadableLook.style(fullHd.getRoot());
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(fullHd, "board-150-high-contrast");
        assertThat(cutOrOutside()).isEmpty();
    }

    /** The texts of the header, toolbar and cards that are shortened to "…" or reach past the window's right edge. */
    private List<String> cutOrOutside() {
        List<String> problems = new ArrayList<>();
        Parent root = fullHd.getRoot();
        double width = fullHd.getWidth();
        for (Node node : root.lookupAll(".board-header .label, .board-toolbar .button, .item-card .label")) {
            if (!(node instanceof Labeled labeled) || !node.isVisible() || labeled.getText() == null
                    || labeled.getText().isEmpty()) {
                continue;
            }
            Text shown = (Text) labeled.lookup(".text");
            if (shown != null && !shown.getText().equals(labeled.getText()) && !labeled.isWrapText()) {
                problems.add("cut: " + labeled.getText() + " → " + shown.getText());
            }
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            if (bounds.getMaxX() > width + 0.5 && node.lookup(".text") != null
                    && node.getParent() != null && !node.getParent().getStyleClass().contains("container")) {
                problems.add("outside: " + labeled.getText() + " at x " + Math.round(bounds.getMaxX()));
            }
        }
        return problems;
    }
}
