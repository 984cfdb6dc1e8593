package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.domain.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.IkonHandler;

/**
 * Every icon code the views name exists in the icon pack: Ikonli throws on an unknown code when the
 * FXML is loaded or the card is drawn, which would break a window only when it is first opened.
 */
class IconCodesTest {

    private static final Pattern LITERAL = Pattern.compile("iconLiteral=\"([^\"]+)\"");

    @Test
    void everyIconNamedInTheFxmlExists() throws IOException {
        List<String> codes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fxml"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).as("the board's toolbar names icons").hasSizeGreaterThan(10);
        assertThat(codes).allSatisfy(code -> assertThat(resolves(code)).as(code).isTrue());
    }

    @Test
    void everyIconOfAMarkerADeadlineAndAColumnExists() {
        List<String> codes = new ArrayList<>(List.of(Icons.EDIT, Icons.WITHDRAW));
        for (Card.Marker.Kind kind : Card.Marker.Kind.values()) {
            codes.add(Icons.marker(kind));
        }
        for (DeadlineState state : DeadlineState.values()) {
            codes.add(Icons.deadline(state));
        }
        for (Status status : Status.values()) {
            codes.add(Icons.status(status));
        }
        assertThat(codes).filteredOn(code -> code != null)
                .allSatisfy(code -> assertThat(resolves(code)).as(code).isTrue());
    }

    @Test
    void anUnknownCodeIsCaught() {
        assertThat(resolves("mdi2p-printer-outline")).isFalse();
    }

    private static boolean resolves(String code) {
        for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
            if (handler.supports(code)) {
                try {
                    handler.resolve(code);
                    return true;
                } catch (RuntimeException unknown) {
                    return false;
                }
            }
        }
        return false;
    }
}
