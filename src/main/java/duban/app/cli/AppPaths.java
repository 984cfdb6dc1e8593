package duban.app.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the office's data lives by default: a per-user folder, never the working directory. */
public final class AppPaths {

    static final String FOLDER = "duban";
    static final String FILE = "duban.db";

    private AppPaths() {
    }

    /**
     * {@code %APPDATA%\duban\duban.db} on Windows, {@code ~/.duban/duban.db} elsewhere.
     *
     * @param osName the {@code os.name} property
     * @param env    the environment, for {@code APPDATA}
     * @param home   the {@code user.home} property
     */
    public static Path defaultDatabase(String osName, Map<String, String> env, String home) {
        if (osName.startsWith("Windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve(FOLDER).resolve(FILE);
        }
        return Path.of(home, "." + FOLDER, FILE);
    }
}
