package duban.projector;

import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.ScreenMemory;
import duban.ui.WindowPlacement;
import duban.ui.OwnedWindows;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.event.Event;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The projector view in a full-screen window of its own: with two screens, on the one the board is
 * not on (issue 18), else on the board's. Esc closes it and the board is there again; while it is
 * hidden the view model stands still.
 */
public final class ProjectorWindow {

    private ProjectorWindow() {
    }

    /** Opens the projector for {@code viewModel} full screen over {@code owner}'s screen; returns its window. */
    public static Stage show(Window owner, ProjectorViewModel viewModel) {
        return show(owner, viewModel, ScreenMemory.none());
    }

    /**
     * Opens the projector full screen on a screen other than {@code owner}'s when there are two or
     * more (the one {@code screen} remembers, when still there); the screen it ends up on, also
     * after the user moves it, is remembered for the next meeting. Returns its window.
     */
    public static Stage show(Window owner, ProjectorViewModel viewModel, ScreenMemory screen) {
        Stage stage = create(owner, viewModel, screen);
        stage.show();
        return stage;
    }

    /** A new, not yet shown full-screen window; the view model runs while it is showing. */
    static Stage create(Window owner, ProjectorViewModel viewModel) {
        return create(owner, viewModel, ScreenMemory.none());
    }

    private static Stage create(Window owner, ProjectorViewModel viewModel, ScreenMemory memory) {
        Objects.requireNonNull(viewModel, "viewModel");
        Stage stage = OwnedWindows.newWindow(owner, Messages.get("projector.windowTitle"), 640, 360);
        List<Screen> screens = screensPrimaryFirst();
        List<Rectangle2D> bounds = screens.stream().map(Screen::getBounds).toList();
        Optional<Rectangle2D> board = Optional.empty();
        if (owner != null) {
            board = Optional.of(new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight())));
        }
        Rectangle2D chosen = bounds.get(ProjectorScreen.choose(bounds, board, memory.remembered()));
        stage.setX(chosen.getMinX());
        stage.setY(chosen.getMinY());
        stage.setScene(scene(viewModel, chosen.getWidth(), chosen.getHeight()));
        stage.setFullScreenExitHint(Messages.get("projector.exitHint"));
        // Esc closes the projector (back to the board) instead of only leaving full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnShown(event -> {
            viewModel.start();
            rememberScreen(stage, memory);
        });
        stage.setOnHidden(event -> viewModel.stop());
        // Moved to another screen (by the window manager's keys, or out of full screen and dragged).
        javafx.beans.InvalidationListener moved = observable -> {
            if (stage.isShowing()) {
                rememberScreen(stage, memory);
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        return stage;
    }

    /** With two or more screens, the one {@code stage} is (mostly) on is remembered; with one there is no choice. */
    private static void rememberScreen(Stage stage, ScreenMemory memory) {
        List<Rectangle2D> bounds = screensPrimaryFirst().stream().map(Screen::getBounds).toList();
        if (bounds.size() < 2) {
            return;
        }
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight()));
        WindowPlacement.screenOf(window, bounds).ifPresent(memory::remember);
    }

    private static List<Screen> screensPrimaryFirst() {
        List<Screen> screens = new java.util.ArrayList<>(List.of(Screen.getPrimary()));
        Screen.getScreens().stream().filter(screen -> !screen.equals(Screen.getPrimary())).forEach(screens::add);
        return screens;
    }

    /**
     * A scene of the given size showing {@code projector.fxml} (its stylesheets are the palette's,
     * the board's and the projector's) with the CJK font; Esc hides its window, the other keys go
     * to the view, and no context menu can open.
     */
    public static Scene scene(ProjectorViewModel viewModel, double width, double height) {
        FXMLLoader loaded = Fxml.load("projector.fxml", type -> new ProjectorView(viewModel));
        ProjectorView view = loaded.getController();
        StackPane root = loaded.getRoot();
        CjkFonts.apply(root);
        Scene scene = new Scene(root, width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (scene.getWindow() != null) {
                    scene.getWindow().hide();
                }
            } else {
                view.handleKey(event);
            }
        });
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, Event::consume);
        return scene;
    }
}
