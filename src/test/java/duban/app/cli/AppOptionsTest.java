package duban.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line and where the data lives by default. */
class AppOptionsTest {

    private static final Path DEFAULT = Path.of("/home/officer/.duban/duban.db");

    @Test
    void noArgumentsOpenTheDefaultFileWithoutDemo() throws Exception {
        AppOptions options = AppOptions.parse(List.of(), DEFAULT);
        assertThat(options.database()).isEqualTo(DEFAULT);
        assertThat(options.demo()).isFalse();
    }

    @Test
    void dbAndDemoInEitherSpelling() throws Exception {
        assertThat(AppOptions.parse(List.of("--db", "/data/县府办.db", "--demo"), DEFAULT))
                .isEqualTo(new AppOptions(Path.of("/data/县府办.db"), true));
        assertThat(AppOptions.parse(List.of("--demo", "--db=/data/x.db"), DEFAULT))
                .isEqualTo(new AppOptions(Path.of("/data/x.db"), true));
    }

    @Test
    void aMissingPathOrUnknownOptionIsRefusedInChinese() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--db"), DEFAULT))
                .isInstanceOf(AppOptions.BadArgumentsException.class).hasMessageContaining("--db").hasMessageContaining("缺少");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--db", "--demo"), DEFAULT))
                .isInstanceOf(AppOptions.BadArgumentsException.class);
        assertThatThrownBy(() -> AppOptions.parse(List.of("--dmeo"), DEFAULT))
                .isInstanceOf(AppOptions.BadArgumentsException.class).hasMessageContaining("未知参数").hasMessageContaining("--dmeo");
    }

    @Test
    void defaultDatabaseIsPerUserOnEveryPlatform() {
        assertThat(AppPaths.defaultDatabase("Linux", Map.of(), "/home/officer"))
                .isEqualTo(Path.of("/home/officer/.duban/duban.db"));
        assertThat(AppPaths.defaultDatabase("Mac OS X", Map.of(), "/Users/officer"))
                .isEqualTo(Path.of("/Users/officer/.duban/duban.db"));
        assertThat(AppPaths.defaultDatabase("Windows 11", Map.of("APPDATA", "C:\\Users\\officer\\AppData\\Roaming"), "C:\\Users\\officer"))
                .isEqualTo(Path.of("C:\\Users\\officer\\AppData\\Roaming", "duban", "duban.db"));
    }

    @Test
    void aCommandSaysWhyItCannotUnderstandTheCommandLineAndGetsNoOptions() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        assertThat(AppOptions.parseOrSay(List.of("--export", "台账.xlsx", "--dmeo"),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("未知参数").contains("--dmeo");
    }
}
