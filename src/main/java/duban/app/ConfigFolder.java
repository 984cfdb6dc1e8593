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
        if (osName.startsWith("Windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve(FOLDER);
        }
        if (osName.startsWith("Mac")) {
            return Path.of(home, "Library", "Application Support", FOLDER);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG rule: a relative value is ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve(FOLDER);
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
