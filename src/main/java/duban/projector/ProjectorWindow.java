package duban.projector;

import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.List;
import java.util.Objects;
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
 * The projector view in a full-screen window of its own, on the screen the board is on. Esc
 * closes it and the board is there again; while it is hidden the view model stands still.
 */
public final class ProjectorWindow {

    private ProjectorWindow() {
    }

    /** Opens the projector for {@code viewModel} full screen over {@code owner}'s screen; returns its window. */
    public static Stage show(Window owner, ProjectorViewModel viewModel) {
        Stage stage = create(owner, viewModel);
        stage.show();
        return stage;
    }

    /** A new, not yet shown full-screen window; the view model runs while it is showing. */
    static Stage create(Window owner, ProjectorViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        Stage stage = OwnedWindows.newWindow(owner, Messages.get("projector.windowTitle"), 640, 360);
        Screen screen = Screen.getPrimary();
        if (owner != null) {
            // Full screen on the display the board is on (the projector, when the board was moved there).
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                    Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
            screen = screens.isEmpty() ? screen : screens.get(0);
        }
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setScene(scene(viewModel, bounds.getWidth(), bounds.getHeight()));
        stage.setFullScreenExitHint(Messages.get("projector.exitHint"));
        // Esc closes the projector (back to the board) instead of only leaving full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnShown(event -> viewModel.start());
        stage.setOnHidden(event -> viewModel.stop());
        return stage;
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
