package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.BoardFixture;
import duban.testing.RunningBoard;
import java.nio.file.Path;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's window carries the application icon (the red 督 of the menu entry and the installers),
 * in the sizes the desktop picks from, rather than the toolkit's default.
 */
class WindowIconTest {

    @TempDir
    Path folder;

    private RunningBoard board;

    @AfterEach
    void stop() throws Exception {
        board.stop();
    }

    @Test
    void theBoardWindowShowsTheAppIconInEverySize() throws Exception {
        board = RunningBoard.start(BoardFixture.create(folder.resolve("board.db")));
        assertThat(board.stage.getIcons()).extracting(Image::getWidth).containsExactly(16.0, 32.0, 64.0, 256.0);
        assertThat(board.stage.getIcons()).allSatisfy(icon -> {
            assertThat(icon.isError()).isFalse();
            // The corner is transparent (a rounded square), the centre the icon's red.
            assertThat(icon.getPixelReader().getColor(0, 0).getOpacity()).isLessThan(0.1);
            int middle = (int) icon.getWidth() / 2;
            assertThat(icon.getPixelReader().getColor(middle / 4, middle).getRed()).isGreaterThan(0.6);
        });
    }
}
