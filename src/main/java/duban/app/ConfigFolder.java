package duban.app;

import duban.ui.WindowStateFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * The user's configuration folder, where the windows' state is kept outside the database (issue
 * 18): {@code $XDG_CONFIG_HOME/duban-board} (else {@code ~/.config/duban-board}) on Linux,
 * {@code %APPDATA%\duban-board} on Windows, {@code ~/Library/Application Support/duban-board} on
 * macOS; {@code -Dduban.config.dir=FOLDER} puts it elsewhere.
 */
final class ConfigFolder {

    /** The system property that names another folder (tests, a portable install). */
    static final String PROPERTY = "duban.config.dir";
    static final String FOLDER = "duban-board";

    private ConfigFolder() {
    }

    /**
     * The folder for {@code os.name} {@code osName}, the environment {@code env} and
     * {@code user.home} {@code home}.
     */
    static Path of(String osName, Map<String, String> env, String home) {
        return SETTINGS.folder(osName, env, home);
    }

    /**
     * The folder for what can be made again (the SQLite driver's native library): the user's cache,
     * {@code $XDG_CACHE_HOME/duban-board} (else {@code ~/.cache/duban-board}) on Linux,
     * {@code %LOCALAPPDATA%\duban-board} on Windows (not the roaming {@code APPDATA}, which a domain
     * copies from PC to PC), {@code ~/Library/Caches/duban-board} on macOS.
     */
    static Path cacheOf(String osName, Map<String, String> env, String home) {
        return CACHE.folder(osName, env, home);
    }

    private static final Convention SETTINGS = new Convention("APPDATA", "Roaming", "Application Support",
            "XDG_CONFIG_HOME", ".config");
    private static final Convention CACHE = new Convention("LOCALAPPDATA", "Local", "Caches", "XDG_CACHE_HOME", ".cache");

    /**
     * Where each system puts one kind of per-user folder: Windows's variable (else
     * {@code ~/AppData/<windowsDefault>}), macOS's folder in {@code ~/Library}, the XDG variable
     * (else {@code ~/<xdgDefault>}).
     */
    private record Convention(String windowsVariable, String windowsDefault, String macFolder, String xdgVariable,
            String xdgDefault) {

        Path folder(String osName, Map<String, String> env, String home) {
            if (osName.startsWith("Windows")) {
                String given = env.get(windowsVariable);
                Path base = given != null && !given.isBlank() ? Path.of(given) : Path.of(home, "AppData", windowsDefault);
                return base.resolve(FOLDER);
            }
            if (osName.startsWith("Mac")) {
                return Path.of(home, "Library", macFolder, FOLDER);
            }
            String xdg = env.get(xdgVariable);
            // The XDG rule: a relative value is ignored.
            Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, xdgDefault);
            return base.resolve(FOLDER);
        }
    }

    /**
     * This user's cache folder ({@link #cacheOf}) for a launched program; with {@link #PROPERTY}, that
     * folder's {@code cache} subfolder.
     */
    static Path cache() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured, "cache");
        }
        return cacheOf(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The window state of this run: in the folder {@link #PROPERTY} names, else, when launched
     * ({@code embedded} false), in the user's folder; an application embedded in a test without
     * the property remembers nothing, so that one test's window cannot move the next one's.
     */
    static WindowStateFile windowState(boolean embedded) {
        return forRun(embedded).map(WindowStateFile::in).orElseGet(WindowStateFile::none);
    }

    /**
     * This run's per-user folder, as {@link #windowState} chooses it: the folder {@link #PROPERTY}
     * names, else the user's when launched; empty when embedded in a test without the property.
     */
    static java.util.Optional<Path> forRun(boolean embedded) {
        String folder = System.getProperty(PROPERTY);
        if (folder != null && !folder.isBlank()) {
            return java.util.Optional.of(Path.of(folder));
        }
        if (embedded) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(of(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")));
    }
}
