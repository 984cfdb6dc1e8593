package duban.testing;

import duban.ui.CjkFonts;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A piece of a view alone in a window of its own, dressed as the application dresses it: its
 * class-path stylesheets (such as {@code /theme.css}, {@code /board.css}) and the Chinese font.
 */
public final class StyledStage {

    private StyledStage() {
    }

    /** Shows {@code root} with {@code stylesheets} in a new {@code width} × {@code height} window; returns it. */
    public static Stage show(Parent root, double width, double height, String... stylesheets) {
        for (String name : stylesheets) {
            root.getStylesheets().add(Objects.requireNonNull(StyledStage.class.getResource(name), name).toExternalForm());
        }
        CjkFonts.apply(root);
        Stage stage = new Stage();
        stage.setScene(new Scene(root, width, height));
        stage.show();
        return stage;
    }

    /** Closes {@code stage} on the FX thread (after each test). */
    public static void close(FxRobot robot, Stage stage) {
        robot.interact(stage::close);
    }
}
