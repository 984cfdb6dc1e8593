package duban.ui;

import duban.ui.files.SafeFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * One officer's reading preferences: the text size and high contrast. They belong to the person at
 * this PC, not to the office's data, so they live in a small file in the user's folder
 * ({@code display.properties} in the per-user config folder, beside the window state), never in the database.
 *
 * @param textSize     the size of all text in every window
 * @param highContrast dark text on white and strong state colours (high-contrast.css)
 */
public record ReadingPreferences(TextSize textSize, boolean highContrast) {

    /** 100 %, the normal colours. */
    public static final ReadingPreferences DEFAULT = new ReadingPreferences(TextSize.PERCENT_100, false);

    /** The file's name in the user's folder. */
    public static final String FILE_NAME = "display.properties";

    static final String TEXT_SIZE_KEY = "textSize";
    static final String HIGH_CONTRAST_KEY = "highContrast";

    public ReadingPreferences {
        Objects.requireNonNull(textSize, "textSize");
    }

    public ReadingPreferences withTextSize(TextSize size) {
        return new ReadingPreferences(size, highContrast);
    }

    public ReadingPreferences withHighContrast(boolean on) {
        return new ReadingPreferences(textSize, on);
    }

    /**
     * The preferences stored in {@code file}; the defaults when there is none or it cannot be read
     * (a damaged or hand-edited file never stops the board from opening).
     */
    public static ReadingPreferences load(Path file) {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (NoSuchFileException e) {
            return DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            System.getLogger(ReadingPreferences.class.getName()).log(System.Logger.Level.WARNING,
                    "reading preferences unreadable, using the defaults: " + file, e);
            return DEFAULT;
        }
        return new ReadingPreferences(TextSize.parse(values.getProperty(TEXT_SIZE_KEY)),
                Boolean.parseBoolean(values.getProperty(HIGH_CONTRAST_KEY, "false").trim()));
    }

    /** Writes these preferences to {@code file}, complete or not at all. */
    public void save(Path file) throws IOException {
        Properties values = new Properties();
        values.setProperty(TEXT_SIZE_KEY, textSize.name());
        values.setProperty(HIGH_CONTRAST_KEY, Boolean.toString(highContrast));
        SafeFiles.writeAtomically(file, temporary -> {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "督办看板: text size and high contrast of this user");
            }
        });
    }
}
