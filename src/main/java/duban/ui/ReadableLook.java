package duban.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Applies the officer's {@link ReadingPreferences} to every window of the application, those open
 * and those opened later (the board, dialogs, the ledger, 设置 …), and again at once when they
 * change: no window has to know. The text size is a stylesheet that sets the root font size every
 * em follows ({@code text-size-125.css}); high contrast is the style class {@value #HIGH_CONTRAST}
 * on the root, whose palette theme.css declares. At 100 % with normal colours nothing is added.
 * Popups (menus, tooltips) inherit from the node that owns them. FX thread only.
 */
public final class ReadableLook {

    /** The root's style class that switches theme.css to its high-contrast palette. */
    public static final String HIGH_CONTRAST = "high-contrast";
    /** Marks a window or scene that is already followed, so that showing it again adds no listener. */
    private static final String FOLLOWED = ReadableLook.class.getName() + ".followed";

    private static final ReadOnlyObjectWrapper<ReadingPreferences> PREFERENCES =
            new ReadOnlyObjectWrapper<>(ReadingPreferences.DEFAULT);
    private static boolean watching;
    /** Where {@link #keep} remembers the preferences; null until {@link #install(Path)}. */
    private static Path file;

    private ReadableLook() {
    }

    /**
     * Starts following every window with the preferences remembered in {@code preferencesFile}
     * (the defaults when there is none), which {@link #keep} will write.
     */
    public static void install(Path preferencesFile) {
        Objects.requireNonNull(preferencesFile, "preferencesFile");
        install(ReadingPreferences.load(preferencesFile));
        file = preferencesFile;
    }

    /**
     * Starts following every window with {@code preferences}, remembered nowhere ({@link #keep}
     * only applies them); calling it again only changes them.
     */
    public static void install(ReadingPreferences preferences) {
        file = null;
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(ReadableLook::follow);
                }
            });
            List.copyOf(Window.getWindows()).forEach(ReadableLook::follow);
        }
        apply(preferences);
    }

    /** Changes the preferences: every open window follows at once. */
    public static void apply(ReadingPreferences preferences) {
        PREFERENCES.set(Objects.requireNonNull(preferences, "preferences"));
        List.copyOf(Window.getWindows()).forEach(window -> style(window.getScene()));
    }

    /**
     * Applies {@code preferences} and remembers them for the next start (in the file given to
     * {@link #install(Path)}; nowhere before that). They are applied even when writing fails.
     *
     * @throws IOException when the file cannot be written
     */
    public static void keep(ReadingPreferences preferences) throws IOException {
        apply(preferences);
        if (file != null) {
            preferences.save(file);
        }
    }

    /** The preferences in force. */
    public static ReadingPreferences current() {
        return PREFERENCES.get();
    }

    public static ReadOnlyObjectProperty<ReadingPreferences> preferencesProperty() {
        return PREFERENCES.getReadOnlyProperty();
    }

    /**
     * Styles {@code root} as the preferences say: the text size's stylesheet last among its
     * stylesheets (so that it overrides theme.css's root size), the high-contrast class on or off.
     * For a node shown outside any window, such as a page laid out for a screenshot.
     */
    public static void style(Parent root) {
        if (root == null) {
            return;
        }
        ReadingPreferences preferences = PREFERENCES.get();
        List<String> sheets = root.getStylesheets();
        String wanted = stylesheetUrl(preferences.textSize());
        List<String> ours = new ArrayList<>();
        for (TextSize size : TextSize.values()) {
            String url = stylesheetUrl(size);
            if (url != null && !url.equals(wanted)) {
                ours.add(url);
            }
        }
        if (sheets.stream().anyMatch(ours::contains)) {
            sheets.removeAll(ours);
        }
        if (wanted != null && (sheets.isEmpty() || !wanted.equals(sheets.get(sheets.size() - 1)))) {
            sheets.remove(wanted);
            sheets.add(wanted);
        }
        boolean marked = root.getStyleClass().contains(HIGH_CONTRAST);
        if (preferences.highContrast() && !marked) {
            root.getStyleClass().add(HIGH_CONTRAST);
        } else if (!preferences.highContrast() && marked) {
            root.getStyleClass().removeAll(HIGH_CONTRAST);
        }
    }

    private static void follow(Window window) {
        if (window instanceof PopupWindow) {
            return;
        }
        style(window.getScene());
        if (window.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((observable, old, scene) -> style(scene));
        }
    }

    private static void style(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((observable, old, root) -> style(root));
        }
        style(scene.getRoot());
    }

    private static String stylesheetUrl(TextSize size) {
        String name = size.stylesheet();
        if (name == null) {
            return null;
        }
        URL url = Objects.requireNonNull(ReadableLook.class.getResource(name), name);
        return url.toExternalForm();
    }
}
