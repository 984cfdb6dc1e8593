package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * One theme: every colour is named once in fxml/theme.css and the other stylesheets (and inline
 * styles in FXML) use the names, so a colour changes in one place and every window follows.
 */
class ThemeTest {

    private static final Path FXML = Path.of("fxml");
    private static final Path THEME = FXML.resolve("theme.css");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern INLINE_STYLE = Pattern.compile("\\bstyle\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
    private static final Pattern COLOUR_FUNCTION = Pattern.compile("\\b(?:rgba?|hsba?)\\s*\\(");
    /** A looked-up colour: a name with a leading dash that is not one of JavaFX's own -fx- names. */
    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w-])-(?!fx-)[a-z][a-z0-9-]*");
    private static final Pattern WORD = Pattern.compile("(?<![\\w-])[a-z]+(?![\\w-])");

    /**
     * CSS's named colours as JavaFX knows them (Color.RED …), except {@code transparent}: it
     * paints nothing, so it is a keyword like {@code null} rather than a colour of the palette.
     */
    private static final Set<String> NAMED_COLOURS = Arrays.stream(Color.class.getFields())
            .filter(field -> field.getType() == Color.class && Modifier.isStatic(field.getModifiers()))
            .map(Field::getName)
            .map(name -> name.toLowerCase(Locale.ROOT))
            .filter(name -> !name.equals("transparent"))
            .collect(Collectors.toUnmodifiableSet());

    @Test
    void noStylesheetButTheThemeHasAColourLiteral() throws IOException {
        List<Path> stylesheets = stylesheetsBesideTheTheme();
        assertThat(stylesheets).as("stylesheets found in fxml/").hasSizeGreaterThan(5);

        List<String> literals = new ArrayList<>();
        for (Path stylesheet : stylesheets) {
            for (String value : declarationValues(read(stylesheet))) {
                colourLiteralsIn(value).forEach(literal -> literals.add(stylesheet.getFileName() + ": " + literal));
            }
        }
        assertThat(literals).as("colour literals outside theme.css: name them in theme.css").isEmpty();
    }

    @Test
    void noFxmlStylesAColourInline() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path fxml : filesIn(FXML, ".fxml")) {
            Matcher style = INLINE_STYLE.matcher(read(fxml));
            while (style.find()) {
                colourLiteralsIn(style.group(1)).forEach(literal -> literals.add(fxml.getFileName() + ": " + literal));
            }
        }
        assertThat(literals).as("colour literals in FXML styles: use a style class and theme.css").isEmpty();
    }

    @Test
    void everyNamedColourAStylesheetUsesIsDeclaredInTheTheme() throws IOException {
        Set<String> declared = declaredNames(read(THEME));
        assertThat(declared).as("theme.css's names").contains("-duban-overdue", "-duban-due-soon", "-duban-closed",
                "-duban-paper", "-duban-ink", "-duban-line", "-pj-bg");

        Set<String> undeclared = new TreeSet<>();
        for (Path stylesheet : filesIn(FXML, ".css")) {
            for (String value : declarationValues(read(stylesheet))) {
                Matcher name = LOOKUP.matcher(value);
                while (name.find()) {
                    if (!declared.contains(name.group())) {
                        undeclared.add(stylesheet.getFileName() + ": " + name.group());
                    }
                }
            }
        }
        assertThat(undeclared).as("colour names used but not declared in theme.css").isEmpty();
    }

    @Test
    void onlyTheThemeDeclaresColourNames() throws IOException {
        Set<String> elsewhere = new TreeSet<>();
        for (Path stylesheet : stylesheetsBesideTheTheme()) {
            declaredNames(read(stylesheet)).forEach(name -> elsewhere.add(stylesheet.getFileName() + ": " + name));
        }
        assertThat(elsewhere).as("colour names declared outside theme.css").isEmpty();
    }

    @Test
    void theScanFindsEveryKindOfLiteralAndSkipsCommentsSelectorsAndNames() {
        String css = """
                /* a red * on required fields, white text */
                #editor-title .level-red { -fx-border-color: transparent -duban-notice-red; }
                .a { -fx-text-fill: white; -fx-background-color: #fdecea, rgba(0, 0, 0, 0.08); }
                .b { -fx-effect: dropshadow(gaussian, hsb(0, 0%, 0%), 4, 0, 0, 1); -fx-fill: DarkRed; }
                """;
        List<String> found = declarationValues(css).stream().flatMap(value -> colourLiteralsIn(value).stream()).toList();
        assertThat(found).containsExactly("white", "#fdecea", "rgba(", "hsb(", "darkred");
        assertThat(declaredNames(".root { -duban-ink: #1f2329; -fx-base: -duban-ink; }")).containsExactly("-duban-ink");
    }

    /** The literals in one declaration's value: hex colours, colour functions, named colours. */
    private static List<String> colourLiteralsIn(String value) {
        List<String> literals = new ArrayList<>();
        HEX.matcher(value).results().forEach(match -> literals.add(match.group()));
        COLOUR_FUNCTION.matcher(value).results().forEach(match -> literals.add(match.group().replace(" ", "")));
        WORD.matcher(value.toLowerCase(Locale.ROOT)).results().map(match -> match.group())
                .filter(NAMED_COLOURS::contains).forEach(literals::add);
        return literals;
    }

    /** The values of every declaration ({@code name: value;}) in the rule blocks, comments removed. */
    private static List<String> declarationValues(String css) {
        List<String> values = new ArrayList<>();
        for (String[] declaration : declarations(css)) {
            values.add(declaration[1]);
        }
        return values;
    }

    /** The looked-up colour names a stylesheet declares (properties that are not -fx- ones). */
    private static Set<String> declaredNames(String css) {
        return declarations(css).stream().map(declaration -> declaration[0])
                .filter(name -> name.startsWith("-") && !name.startsWith("-fx-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String[]> declarations(String css) {
        List<String[]> declarations = new ArrayList<>();
        Matcher block = BLOCK.matcher(COMMENT.matcher(css).replaceAll(" "));
        while (block.find()) {
            for (String declaration : block.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.add(new String[] {declaration.substring(0, colon).trim(),
                            declaration.substring(colon + 1).trim()});
                }
            }
        }
        return declarations;
    }

    private static List<Path> stylesheetsBesideTheTheme() throws IOException {
        return filesIn(FXML, ".css").stream().filter(path -> !path.getFileName().equals(THEME.getFileName())).toList();
    }

    private static List<Path> filesIn(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
