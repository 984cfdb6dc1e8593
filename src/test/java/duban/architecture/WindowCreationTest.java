package duban.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every window gets its manners (Esc, a minimum size) in one place: a {@code new Stage()} only in
 * ui/OwnedWindows, and every file that makes a dialog hands it to {@code OwnedWindows.dialog}.
 */
class WindowCreationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path HELPER = Path.of("src/main/java/duban/ui/OwnedWindows.java");
    private static final Pattern MAKES_A_DIALOG = Pattern.compile(
            "new (Alert|Dialog|ChoiceDialog|TextInputDialog)\\s*[(<]|extends (Dialog|Alert)\\s*<");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void everyStageIsMadeByOwnedWindows() throws IOException {
        List<Path> making = sources().stream().filter(file -> read(file).contains("new Stage(")).toList();
        assertThat(making).containsExactly(HELPER);
    }

    @Test
    void everyDialogGetsTheWindowsManners() throws IOException {
        List<Path> dialogs = sources().stream().filter(file -> MAKES_A_DIALOG.matcher(read(file)).find())
                .filter(file -> !file.equals(HELPER)).toList();
        assertThat(dialogs).hasSizeGreaterThan(10);
        assertThat(dialogs).allSatisfy(file -> assertThat(read(file)).as(file.toString())
                .contains("OwnedWindows.dialog("));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
