package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.EventKind;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the UI asks for exists in the Chinese bundle: a missing key fails the build. */
class MessagesBundleTest {

    private static final Pattern CODE_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyUsedInCodeAndFxmlIsDefined() throws IOException {
        TreeSet<String> used = new TreeSet<>();
        used.addAll(keysIn(Path.of("src/main/java"), ".java", CODE_KEY));
        used.addAll(keysIn(Path.of("fxml"), ".fxml", FXML_KEY));
        assertThat(used).as("keys found by the scan").hasSizeGreaterThan(20);

        List<String> missing = used.stream().filter(key -> !Messages.has(key)).toList();
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyEnumConstantHasAChineseLabel() {
        List<Labeled> constants = new ArrayList<>();
        Stream.of(Status.values(), Category.values(), Source.values(), UnitKind.values(),
                EventKind.values(), DeadlineState.values(), duban.ledger.LedgerColumn.values()).forEach(values -> constants.addAll(List.of(values)));
        for (Labeled constant : constants) {
            String key = constant.labelPrefix() + "." + constant.name();
            assertThat(Messages.has(key)).as("label for %s", key).isTrue();
            assertThat(constant.label()).as(key).matches(".*\\p{IsHan}.*");
        }
        assertThat(Status.AWAITING_FEEDBACK.label()).isEqualTo("待反馈");
        assertThat(Status.CLOSED.label()).isEqualTo("办结销号");
    }

    /**
     * A key defined twice: the later line silently wins (two branches each giving a key its own
     * wording merge into both lines, and the older wording can come last).
     */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Pattern definition = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*[=:]");
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/duban/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            Matcher matcher = definition.matcher(line);
            if (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        assertThat(keys).as("keys in messages.properties").hasSizeGreaterThan(100).doesNotHaveDuplicates();
    }

    private static List<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
