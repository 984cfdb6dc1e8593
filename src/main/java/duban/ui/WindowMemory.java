package duban.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A window that opens where the user left it (issue 18): its size, position, screen, whether it
 * was maximised and its split panes' dividers, kept in a {@link WindowStateFile} under a name of
 * its own. The first time, it opens maximised; a place on a screen that is gone becomes the
 * middle of the primary screen. The place is saved when the window closes.
 */
public final class WindowMemory {

    private final Stage stage;
    private final WindowStateFile state;
    private final String name;
    /** The window's bounds when last neither maximised, full screen nor minimised. */
    private Rectangle2D normal;

    private WindowMemory(Stage stage, WindowStateFile state, String name, Rectangle2D normal) {
        this.stage = stage;
        this.state = state;
        this.name = name;
        this.normal = normal;
    }

    /**
     * Places {@code stage} (not yet shown) as {@code state} remembers {@code name}, or, the first
     * time, maximised over a window of {@code firstWidth} × {@code firstHeight} in the middle of the
     * primary screen; follows its place from now on, and saves it when it closes.
     */
    public static WindowMemory restore(Stage stage, WindowStateFile state, String name, double firstWidth,
                                       double firstHeight) {
        Objects.requireNonNull(stage, "stage");
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> screens = screens();
        WindowPlacement placement = state.placement(name)
                .map(remembered -> remembered.placedOn(screens, primary))
                .orElseGet(() -> new WindowPlacement(new Rectangle2D(0, 0, firstWidth, firstHeight), true, primary)
                        .placedOn(List.of(), primary));
        Rectangle2D bounds = placement.bounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(placement.maximized());
        // A scene made with a size gives the window that size when it first shows: the size again, once shown.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                // After the showing is through (a sizeToScene asked for before it is applied last).
                Platform.runLater(() -> {
                    if (!stage.isMaximized()) {
                        stage.setWidth(bounds.getWidth());
                        stage.setHeight(bounds.getHeight());
                        stage.setX(bounds.getMinX());
                        stage.setY(bounds.getMinY());
                    }
                });
            }
        });
        WindowMemory memory = new WindowMemory(stage, state, name, bounds);
        memory.follow();
        return memory;
    }

    /** The visual bounds of every screen there is now, the primary first. */
    public static List<Rectangle2D> screens() {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        return screens;
    }

    private void follow() {
        // Read after the event: while maximising, the new size can arrive before the maximised flag.
        javafx.beans.InvalidationListener moved = observable -> Platform.runLater(this::noteNormalBounds);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            if (event.getTarget() == stage) {
                remember();
                state.save();
            }
        });
    }

    private void noteNormalBounds() {
        if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified() && stage.getWidth() > 0
                && stage.getHeight() > 0) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    /** Puts the window's place and dividers into the state (saved when the window closes). */
    public void remember() {
        noteNormalBounds();
        Rectangle2D now = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        Rectangle2D screen = WindowPlacement.screenOf(now, screens()).orElse(Screen.getPrimary().getVisualBounds());
        state.putPlacement(name, new WindowPlacement(normal, stage.isMaximized(), screen));
        List<SplitPane> panes = splitPanes();
        for (int i = 0; i < panes.size(); i++) {
            List<Double> positions = new ArrayList<>();
            for (double position : panes.get(i).getDividerPositions()) {
                positions.add(position);
            }
            state.putDividers(name + ".split" + i, positions);
        }
    }

    /**
     * Moves the dividers of the window's split panes to where they were left; call once the
     * window shows (a pane laid out at its final size keeps them).
     */
    public void restoreDividers() {
        if (stage.getScene() != null) {
            // Laid out at the window's own size first: a pane resized later moves its dividers again.
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        }
        List<SplitPane> panes = splitPanes();
        for (int i = 0; i < panes.size(); i++) {
            List<Double> positions = state.dividers(name + ".split" + i);
            SplitPane pane = panes.get(i);
            if (!positions.isEmpty() && positions.size() == pane.getDividers().size()) {
                pane.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
    }

    private List<SplitPane> splitPanes() {
        if (stage.getScene() == null || stage.getScene().getRoot() == null) {
            return List.of();
        }
        List<SplitPane> panes = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(".split-pane")) {
            if (node instanceof SplitPane pane) {
                panes.add(pane);
            }
        }
        return panes;
    }
}
