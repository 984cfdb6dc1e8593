package duban.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where a window was left: its normal (not maximised) bounds, whether it was maximised, and the
 * bounds of the screen it was on (screens have no names, their bounds tell them apart).
 *
 * @param bounds    the window's position and size when not maximised
 * @param maximized whether it was maximised
 * @param screen    the bounds of the screen it was on
 */
public record WindowPlacement(Rectangle2D bounds, boolean maximized, Rectangle2D screen) {

    /** The smallest size a remembered window is given back (a window shrunk to nothing is useless). */
    static final double MIN_SIDE = 200;

    public WindowPlacement {
        Objects.requireNonNull(bounds, "bounds");
        Objects.requireNonNull(screen, "screen");
    }

    /**
     * This placement on the screens there are now ({@code screens}, the first being primary
     * unless {@code primary} says otherwise): as it was when its screen is still there, else
     * centred on the primary screen; never larger than the screen it lands on.
     */
    public WindowPlacement placedOn(List<Rectangle2D> screens, Rectangle2D primary) {
        Optional<Rectangle2D> same = screens.stream().filter(screen::equals).findFirst();
        if (same.isPresent() && same.get().intersects(bounds)) {
            return new WindowPlacement(fitted(bounds, same.get(), false), maximized, same.get());
        }
        return new WindowPlacement(fitted(bounds, primary, true), maximized, primary);
    }

    /**
     * {@code window} no larger than {@code screen}, moved inside it when it sticks out (or, with
     * {@code centred}, put in its middle).
     */
    private static Rectangle2D fitted(Rectangle2D window, Rectangle2D screen, boolean centred) {
        double width = Math.max(Math.min(window.getWidth(), screen.getWidth()), Math.min(MIN_SIDE, screen.getWidth()));
        double height = Math.max(Math.min(window.getHeight(), screen.getHeight()),
                Math.min(MIN_SIDE, screen.getHeight()));
        double x;
        double y;
        if (centred) {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        } else {
            x = Math.min(Math.max(window.getMinX(), screen.getMinX()), screen.getMaxX() - width);
            y = Math.min(Math.max(window.getMinY(), screen.getMinY()), screen.getMaxY() - height);
        }
        return new Rectangle2D(x, y, width, height);
    }

    /** The screen among {@code screens} that holds most of {@code window}; empty when none touches it. */
    public static Optional<Rectangle2D> screenOf(Rectangle2D window, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D screen : screens) {
            double area = overlap(window, screen);
            if (area > bestArea) {
                best = screen;
                bestArea = area;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }
}
