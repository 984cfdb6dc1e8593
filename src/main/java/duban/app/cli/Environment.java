package duban.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the process was started with besides its arguments: the environment variables and the system
 * properties (tests give their own, so that "no display" can be tried on any machine).
 *
 * @param variables  the environment ({@code DISPLAY}, {@code WAYLAND_DISPLAY} …)
 * @param properties the system properties ({@code os.name}, {@code glass.platform} …)
 */
public record Environment(Map<String, String> variables, Map<String, String> properties) {

    /**
     * The system property naming a file whose text is {@code --db}'s value: how {@code mvn javafx:run
     * -Ddb="D:\督查 数据\督办.db"} passes a path with spaces, which the JavaFX Maven plugin would split
     * (it splits its arguments at spaces and keeps the quotes). The build writes the file; see pom.xml.
     */
    public static final String DB_FROM_FILE = "duban.dbFromFile";

    public Environment {
        variables = Map.copyOf(variables);
        properties = Map.copyOf(properties);
    }

    /** This process's environment and system properties. */
    public static Environment current() {
        Map<String, String> properties = new TreeMap<>();
        Properties system = System.getProperties();
        for (String name : system.stringPropertyNames()) {
            properties.put(name, system.getProperty(name));
        }
        return new Environment(System.getenv(), properties);
    }

    /**
     * Whether a window cannot be shown here: a Linux or other Unix system with neither {@code DISPLAY}
     * nor {@code WAYLAND_DISPLAY} set, unless JavaFX runs on Monocle (headless tests, which need none).
     * Windows and macOS always have a desktop to show it on.
     */
    public boolean hasNoDisplay() {
        String os = properties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || os.startsWith("darwin")) {
            return false;
        }
        if ("monocle".equalsIgnoreCase(properties.getOrDefault("glass.platform", ""))) {
            return false;
        }
        return blank(variables.get("DISPLAY")) && blank(variables.get("WAYLAND_DISPLAY"));
    }

    /**
     * {@code args} with {@code --db VALUE} in front when {@link #DB_FROM_FILE} names a file with a
     * value in it (its first line, without quotes around it); {@code args} as they are otherwise.
     */
    public List<String> withDatabaseFromBuild(List<String> args) {
        String file = properties.get(DB_FROM_FILE);
        if (blank(file)) {
            return args;
        }
        String value;
        try {
            value = Files.readString(Path.of(file), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException | RuntimeException e) {
            return args; // no file: the build wrote none, so no -Ddb was given
        }
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1).strip(); // quotes a shell passed on: no path has them
        }
        if (value.isEmpty()) {
            return args;
        }
        List<String> withDatabase = new ArrayList<>(List.of("--db", value));
        withDatabase.addAll(args);
        return List.copyOf(withDatabase);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
