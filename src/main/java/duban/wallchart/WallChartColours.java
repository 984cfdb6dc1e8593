package duban.wallchart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The board's colours for the printed wall chart, read from theme.css's palette (the one place
 * colours are named), so that paper and screen agree. Printed in the normal palette: the high-
 * contrast one is for screens.
 */
final class WallChartColours {

    private static final Pattern NAMED = Pattern.compile("(-duban-[a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");
    private static final Map<String, Integer> PALETTE = read();

    private WallChartColours() {
    }

    /** The colour theme.css names {@code -duban-<name>}, as 0xRRGGBB. */
    static int named(String name) {
        Integer colour = PALETTE.get("-duban-" + name);
        if (colour == null) {
            throw new IllegalArgumentException("theme.css names no colour -duban-" + name);
        }
        return colour;
    }

    private static Map<String, Integer> read() {
        try (InputStream in = WallChartColours.class.getResourceAsStream("/theme.css")) {
            if (in == null) {
                throw new IllegalStateException("theme.css is not on the class path");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = css.indexOf(".root {");
            String root = css.substring(start, css.indexOf('}', start));
            Map<String, Integer> palette = new HashMap<>();
            Matcher named = NAMED.matcher(root);
            while (named.find()) {
                palette.put(named.group(1), Integer.parseInt(named.group(2), 16));
            }
            return Map.copyOf(palette);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
