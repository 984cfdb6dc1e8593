package duban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the application is launched with ({@code app.jvm.options} in pom.xml, the one
 * place {@code mvn javafx:run}, the README's java command and the packaged launcher take them
 * from), so that the benchmark measures the application as an office runs it.
 */
final class AppLaunch {

    private AppLaunch() {
    }

    /** The options, split at spaces; none when pom.xml names none. */
    static List<String> options() {
        try {
            Matcher matcher = Pattern.compile("<app\\.jvm\\.options>([^<]*)</app\\.jvm\\.options>")
                    .matcher(Files.readString(Path.of("pom.xml")));
            return matcher.find() && !matcher.group(1).isBlank() ? List.of(matcher.group(1).trim().split("\\s+"))
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
