package duban.ui;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The application's icon (the red 督 of the menu entry and the installers, drawn by
 * src/main/package/make-icons.sh) on a window, in the sizes the desktop picks from for the title
 * bar, the task bar and the window switcher.
 */
public final class AppIcon {

    private static final int[] SIZES = {16, 32, 64, 256};

    private AppIcon() {
    }

    /**
     * Sets the icon on {@code stage}, in place of any it had (a stage shown again keeps one set);
     * a missing picture only leaves the desktop's default icon.
     */
    public static void addTo(Stage stage) {
        java.util.List<Image> icons = new java.util.ArrayList<>();
        for (int size : SIZES) {
            try (InputStream png = AppIcon.class.getResourceAsStream("/duban/app/icons/duban-board-" + size + ".png")) {
                if (png != null) {
                    icons.add(new Image(png));
                }
            } catch (java.io.IOException e) {
                // An unreadable picture in our own jar: the window keeps the default icon.
            }
        }
        stage.getIcons().setAll(icons);
    }
}
