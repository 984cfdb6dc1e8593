package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window-state file: what is saved comes back; what is damaged gives the defaults, never a failure. */
class WindowStateFileTest {

    @TempDir
    Path folder;

    private static final WindowPlacement LEFT = new WindowPlacement(new Rectangle2D(100, 80, 1200, 760), true,
            new Rectangle2D(0, 0, 1920, 1040));

    @Test
    void whatIsSavedIsReadBackByTheNextStart() throws Exception {
        WindowStateFile state = WindowStateFile.in(folder.resolve("config"));
        state.putPlacement("main", LEFT);
        state.putDividers("main.split0", List.of(0.62));
        state.putText("board.chosen", "重点督办");
        state.screenMemory("projector").remember(new Rectangle2D(1920, 0, 1280, 800));
        state.save();

        WindowStateFile next = WindowStateFile.in(folder.resolve("config"));

        assertThat(next.placement("main")).contains(LEFT);
        assertThat(next.dividers("main.split0")).containsExactly(0.62);
        assertThat(next.text("board.chosen")).contains("重点督办");
        assertThat(next.screenMemory("projector").remembered()).contains(new Rectangle2D(1920, 0, 1280, 800));
        try (Stream<Path> files = Files.list(folder.resolve("config"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("written whole, no temporary file left").containsExactly(WindowStateFile.FILE_NAME);
        }
    }

    @Test
    void aFirstStartHasNothingRemembered() {
        WindowStateFile state = WindowStateFile.in(folder);

        assertThat(state.placement("main")).isEmpty();
        assertThat(state.dividers("main.split0")).isEmpty();
        assertThat(state.screenMemory("projector").remembered()).isEmpty();
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Files.write(folder.resolve(WindowStateFile.FILE_NAME), new byte[] {0, (byte) 0xff, '\\', 'u', 'z', 'z', '\n'});

        WindowStateFile state = WindowStateFile.in(folder);

        assertThat(state.placement("main")).isEmpty();
        state.putPlacement("main", LEFT);
        state.save();
        assertThat(WindowStateFile.in(folder).placement("main")).as("a damaged file is replaced whole").contains(LEFT);
    }

    @Test
    void aBrokenEscapeInAnOtherwiseReadableFileGivesTheDefaults() throws Exception {
        Files.writeString(folder.resolve(WindowStateFile.FILE_NAME), "main.maximized=false\nmain.bounds=\\uzzzz\n",
                StandardCharsets.UTF_8);

        assertThat(WindowStateFile.in(folder).placement("main")).isEmpty();
    }

    @Test
    void valuesThatDoNotParseAreIgnored() throws Exception {
        Files.writeString(folder.resolve(WindowStateFile.FILE_NAME), String.join("\n",
                "main.bounds=10,20,abc,400", "main.screen=0,0,1920,1080", "main.maximized=false",
                "main.split0.dividers=0.5,7", "other.bounds=0,0,-5,100", "other.screen=0,0,NaN,1"),
                StandardCharsets.UTF_8);

        WindowStateFile state = WindowStateFile.in(folder);

        assertThat(state.placement("main")).isEmpty();
        assertThat(state.placement("other")).isEmpty();
        assertThat(state.dividers("main.split0")).as("a position outside 0..1 is dropped").containsExactly(0.5);
    }

    @Test
    void noneRemembersNothingAndWritesNothing() throws Exception {
        WindowStateFile state = WindowStateFile.none();
        state.putPlacement("main", LEFT);
        state.save();

        assertThat(state.file()).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
