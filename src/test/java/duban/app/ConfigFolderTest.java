package duban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each system keeps a user's settings and what can be made again. */
class ConfigFolderTest {

    @Test
    void settingsGoWhereEachSystemKeepsThem() {
        assertEquals(Path.of("/home/zhang/.config/duban-board"), ConfigFolder.of("Linux", Map.of(), "/home/zhang"));
        assertEquals(Path.of("/xdg/config/duban-board"),
                ConfigFolder.of("Linux", Map.of("XDG_CONFIG_HOME", "/xdg/config"), "/home/zhang"));
        assertEquals(Path.of("/home/zhang/.config/duban-board"),
                ConfigFolder.of("Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/zhang"), "XDG: a relative value is ignored");
        assertEquals(Path.of("/Users/zhang/Library/Application Support/duban-board"),
                ConfigFolder.of("Mac OS X", Map.of(), "/Users/zhang"));
        assertEquals(Path.of("/appdata/roaming/duban-board"),
                ConfigFolder.of("Windows 10", Map.of("APPDATA", "/appdata/roaming"), "/users/zhang"));
    }

    @Test
    void whatCanBeMadeAgainGoesToTheUsersCacheAndOnWindowsStaysOnThisPc() {
        assertEquals(Path.of("/home/zhang/.cache/duban-board"), ConfigFolder.cacheOf("Linux", Map.of(), "/home/zhang"));
        assertEquals(Path.of("/xdg/cache/duban-board"),
                ConfigFolder.cacheOf("Linux", Map.of("XDG_CACHE_HOME", "/xdg/cache"), "/home/zhang"));
        assertEquals(Path.of("/home/zhang/.cache/duban-board"),
                ConfigFolder.cacheOf("Linux", Map.of("XDG_CACHE_HOME", "cache"), "/home/zhang"));
        assertEquals(Path.of("/Users/zhang/Library/Caches/duban-board"),
                ConfigFolder.cacheOf("Mac OS X", Map.of(), "/Users/zhang"));
        assertEquals(Path.of("/appdata/local/duban-board"), ConfigFolder.cacheOf("Windows 11",
                Map.of("APPDATA", "/appdata/roaming", "LOCALAPPDATA", "/appdata/local"), "/users/zhang"));
        assertEquals(Path.of("/users/zhang", "AppData", "Local", "duban-board"),
                ConfigFolder.cacheOf("Windows 11", Map.of(), "/users/zhang"));
    }
}
