package duban.ui;

import duban.ui.files.SafeFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * How the user left the windows (issue 18), per user and outside the database: a small properties
 * file in the user's configuration folder. A missing, unreadable or damaged file, or a value that
 * does not parse, gives the defaults, never a failure; the file is written whole (a temporary file
 * beside it, then moved over it), so a crash while saving leaves the previous one.
 */
public final class WindowStateFile {

    /** The file's name in the configuration folder. */
    public static final String FILE_NAME = "window-state.properties";

    private final Path file;
    private final Properties values = new Properties();

    private WindowStateFile(Path file) {
        this.file = file;
    }

    /** The state kept in {@code folder} (read now; the folder is made when first saved). */
    public static WindowStateFile in(Path folder) {
        WindowStateFile state = new WindowStateFile(folder.resolve(FILE_NAME));
        state.read();
        return state;
    }

    /** A state that remembers nothing: an application embedded in a test, or no folder to keep it in. */
    public static WindowStateFile none() {
        return new WindowStateFile(null);
    }

    /** Where the state is kept; empty when it is not kept. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(reader);
        } catch (IOException | RuntimeException e) {
            // Damaged (not text, a broken \\u escape) or unreadable: the defaults, as on a first start.
            System.getLogger(WindowStateFile.class.getName()).log(System.Logger.Level.INFO,
                    "window state not read, defaults used: " + file, e);
            return;
        }
        values.putAll(read);
    }

    /** Writes the state now; a failure is logged, never shown: the user loses only a window's place. */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            SafeFiles.writeAtomically(file, temporary -> {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    values.store(writer, "督办看板: how the windows were left (safe to delete)");
                }
            });
        } catch (IOException | RuntimeException e) {
            System.getLogger(WindowStateFile.class.getName()).log(System.Logger.Level.WARNING,
                    "window state not saved: " + file, e);
        }
    }

    /** A remembered text, e.g. the chosen board; empty when none. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    /** Remembers {@code value} under {@code key} ({@code null} forgets it), until {@link #save()}. */
    public void putText(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Where {@code window} was left; empty on a first start or when what was kept does not parse. */
    public Optional<WindowPlacement> placement(String window) {
        Optional<Rectangle2D> bounds = rectangle(window + ".bounds");
        Optional<Rectangle2D> screen = rectangle(window + ".screen");
        if (bounds.isEmpty() || screen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(bounds.get(), "true".equals(values.getProperty(window + ".maximized")),
                screen.get()));
    }

    public void putPlacement(String window, WindowPlacement placement) {
        putRectangle(window + ".bounds", placement.bounds());
        putRectangle(window + ".screen", placement.screen());
        values.setProperty(window + ".maximized", Boolean.toString(placement.maximized()));
    }

    /** A remembered screen (its bounds), e.g. the projector's; empty when none. */
    public Optional<Rectangle2D> screen(String key) {
        return rectangle(key + ".screen");
    }

    public void putScreen(String key, Rectangle2D screen) {
        putRectangle(key + ".screen", screen);
    }

    /** The screen kept under {@code key}, saved as soon as it changes. */
    public ScreenMemory screenMemory(String key) {
        return new ScreenMemory() {
            @Override
            public Optional<Rectangle2D> remembered() {
                return screen(key);
            }

            @Override
            public void remember(Rectangle2D screen) {
                if (!screen(key).equals(Optional.of(screen))) {
                    putScreen(key, screen);
                    save();
                }
            }
        };
    }

    /** The divider positions of {@code window}'s split panes, in order; empty when none or damaged. */
    public List<Double> dividers(String window) {
        return numbers(values.getProperty(window + ".dividers", "")).stream()
                .filter(position -> position >= 0 && position <= 1).toList();
    }

    public void putDividers(String window, List<Double> positions) {
        values.setProperty(window + ".dividers", String.join(",", positions.stream().map(String::valueOf).toList()));
    }

    private Optional<Rectangle2D> rectangle(String key) {
        List<Double> numbers = numbers(values.getProperty(key, ""));
        if (numbers.size() != 4 || numbers.get(2) <= 0 || numbers.get(3) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3)));
    }

    private void putRectangle(String key, Rectangle2D rectangle) {
        values.setProperty(key, rectangle.getMinX() + "," + rectangle.getMinY() + "," + rectangle.getWidth() + ","
                + rectangle.getHeight());
    }

    /** The comma-separated finite numbers of {@code text}; empty when any part is not one. */
    private static List<Double> numbers(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<Double> numbers = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                double number = Double.parseDouble(part.strip());
                if (!Double.isFinite(number)) {
                    return List.of();
                }
                numbers.add(number);
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return numbers;
    }
}
