package duban.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Every text/background pair of the board passes WCAG AA (4.5:1, large text 3:1) in the normal and
 * in the high-contrast palette, computed from the colours theme.css names; and every text colour
 * board.css uses is among the pairs checked, so a new one cannot slip past.
 */
class ContrastTest {

    private static final Path THEME = Path.of("fxml", "theme.css");
    private static final Path BOARD = Path.of("fxml", "board.css");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile("(-duban-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Pattern TEXT_FILL = Pattern.compile("-fx-text-fill\\s*:\\s*(-duban-[a-z-]+)");

    /** Text on a background where the board shows it; large: bold 14 pt or more (the header's figures). */
    record Pair(String text, String background, boolean large, String where) {
    }

    static final List<Pair> BOARD_PAIRS = List.of(
            pair("ink", "paper", "card title, header, status bar, toolbar"),
            pair("ink", "column", "column title"),
            pair("ink", "overdue-soft", "title of an overdue card"),
            pair("ink", "due-soon-soft", "title of a due-soon card, message bar, read-only banner"),
            pair("ink", "control", "toolbar buttons"),
            pair("ink-muted", "paper", "card meta, deadline, marker, figure captions, file name"),
            pair("ink-muted", "column", "empty column's 暂无事项"),
            pair("ink-muted", "canvas", "card tag, column count"),
            pair("ink-muted", "overdue-soft", "meta of an overdue card"),
            pair("ink-muted", "due-soon-soft", "meta of a due-soon card"),
            pair("ink-muted", "closed-soft", "title and meta of a closed card"),
            pair("on-strong", "key", "重点 tag"),
            pair("on-strong", "urgent", "急 tag"),
            pair("on-strong", "overdue", "逾期 badge"),
            pair("on-strong", "due-soon", "临期 badge, 进展滞后 marker"),
            pair("normal", "paper", "on-time deadline, structure markers"),
            pair("normal", "normal-soft", "blue 催办 marker"),
            pair("due-soon", "due-soon-pale", "yellow 催办 marker"),
            pair("overdue", "overdue-soft", "red 催办 marker, late sub-items, offline mark"),
            pair("closed", "closed-soft", "closed card's 办结 word"),
            pair("overdue", "closed-soft", "closed late"),
            pair("key", "paper", "延期 marker"),
            pair("urgent", "paper", "退回 marker"),
            large("accent", "paper", "app title, 办结率, 按期办结率"),
            large("overdue", "paper", "逾期 figure"),
            large("due-soon", "paper", "临期 figure"),
            large("ink-muted", "paper", "column counts in the header, zero figures"));

    private static Pair pair(String text, String background, String where) {
        return new Pair(text, background, false, where);
    }

    private static Pair large(String text, String background, String where) {
        return new Pair(text, background, true, where);
    }

    @Test
    void theHighContrastPaletteReadsForEveryPairOfTheBoard() throws IOException {
        assertThat(failures(palette(true))).isEmpty();
    }

    @Test
    void theNormalPaletteReadsForEveryPairOfTheBoardToo() throws IOException {
        assertThat(failures(palette(false))).isEmpty();
    }

    @Test
    void theHighContrastPaletteIsAtLeastAsStrongAsTheNormalOneEverywhere() throws IOException {
        Map<String, Color> normal = palette(false);
        Map<String, Color> high = palette(true);
        for (Pair pair : BOARD_PAIRS) {
            assertThat(ratio(high, pair)).as(pair.where()).isGreaterThanOrEqualTo(ratio(normal, pair));
        }
    }

    @Test
    void everyTextColourOfTheBoardIsAmongThePairs() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher fill = TEXT_FILL.matcher(css(BOARD));
        while (fill.find()) {
            used.add(fill.group(1).substring("-duban-".length()));
        }
        Set<String> checked = new TreeSet<>();
        BOARD_PAIRS.forEach(pair -> checked.add(pair.text()));
        assertThat(used).isNotEmpty();
        assertThat(checked).containsAll(used);
    }

    @Test
    void theRatioIsWcags() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contrast(Color.web("#777777"), Color.WHITE)).isBetween(4.47, 4.48);
    }

    private static List<String> failures(Map<String, Color> palette) {
        List<String> failures = new ArrayList<>();
        for (Pair pair : BOARD_PAIRS) {
            double ratio = ratio(palette, pair);
            if (ratio < (pair.large() ? 3.0 : 4.5)) {
                failures.add(String.format("%s on %s (%s): %.2f", pair.text(), pair.background(), pair.where(), ratio));
            }
        }
        return failures;
    }

    private static double ratio(Map<String, Color> palette, Pair pair) {
        Color text = palette.get("-duban-" + pair.text());
        Color background = palette.get("-duban-" + pair.background());
        assertThat(text).as(pair.text()).isNotNull();
        assertThat(background).as(pair.background()).isNotNull();
        return contrast(text, background);
    }

    /** theme.css's named colours: the {@code .root} block, overridden by {@code .root.high-contrast} when asked. */
    static Map<String, Color> palette(boolean highContrast) throws IOException {
        String css = css(THEME);
        Map<String, Color> palette = new LinkedHashMap<>(names(block(css, ".root {")));
        if (highContrast) {
            Map<String, Color> overrides = names(block(css, ".root.high-contrast {"));
            assertThat(overrides).as("the high-contrast palette").isNotEmpty();
            palette.putAll(overrides);
        }
        return palette;
    }

    private static String block(String css, String opening) {
        int start = css.indexOf(opening);
        assertThat(start).as(opening + " in theme.css").isNotNegative();
        return css.substring(start, css.indexOf('}', start));
    }

    private static Map<String, Color> names(String block) {
        Map<String, Color> names = new LinkedHashMap<>();
        Matcher named = NAMED.matcher(block);
        while (named.find()) {
            names.put(named.group(1), Color.web(named.group(2)));
        }
        return names;
    }

    /** WCAG 2's contrast ratio: (lighter + 0.05) / (darker + 0.05) of the relative luminances. */
    static double contrast(Color a, Color b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String css(Path file) throws IOException {
        return COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
    }
}
