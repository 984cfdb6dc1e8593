package duban.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Keeps a window on its screen when its content grows (a larger text size, a longer message). */
public final class ScreenFit {

    private ScreenFit() {
    }

    /**
     * Gives {@code window} the size its scene asks for, but never larger than the visible part of
     * the screen it is on, and moves it so that all of it, its buttons too, stays on that screen.
     */
    public static void sizeToSceneWithinScreen(Window window) {
        window.sizeToScene();
        Rectangle2D bounds = screenOf(window).getVisualBounds();
        if (window.getWidth() > bounds.getWidth()) {
            window.setWidth(bounds.getWidth());
        }
        if (window.getHeight() > bounds.getHeight()) {
            window.setHeight(bounds.getHeight());
        }
        window.setX(Math.max(bounds.getMinX(), Math.min(window.getX(), bounds.getMaxX() - window.getWidth())));
        window.setY(Math.max(bounds.getMinY(), Math.min(window.getY(), bounds.getMaxY() - window.getHeight())));
    }

    private static Screen screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }
}
