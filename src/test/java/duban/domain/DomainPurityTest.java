package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: rules and records that the store, the board, the ledger and the
 * projector share, testable without a toolkit or a database. No JavaFX, no jOOQ, no JDBC.
 */
class DomainPurityTest {

    private static final List<String> FORBIDDEN = List.of("import javafx.", "import org.jooq.", "import java.sql.",
            "import duban.store.", "import duban.board.", "import duban.app.");

    @Test
    void theDomainImportsNoToolkitNoDatabaseAndNoOuterLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        Path domain = Path.of("src/main/java/duban/domain");
        try (Stream<Path> files = Files.walk(domain)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (FORBIDDEN.stream().anyMatch(line.strip()::startsWith)) {
                        violations.add(domain.relativize(file) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
