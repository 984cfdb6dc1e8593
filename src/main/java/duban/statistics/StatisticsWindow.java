package duban.statistics;

import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The 统计 view in a non-modal window of its own beside the board, one per board window: asking
 * again brings it to the front. Each time it is shown it reads the figures afresh; Esc closes it.
 */
public final class StatisticsWindow {

    /** Room for 16 units' bars beside two trend charts of a quarter's 13 weeks. */
    static final double WIDTH = 1240;
    static final double HEIGHT = 780;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 600;

    /** Where the window, once created, is kept among its owner's properties. */
    private static final String OPEN_WINDOW = StatisticsWindow.class.getName();

    private StatisticsWindow() {
    }

    /** Shows the 统计 window of {@code owner}, creating it on first use; returns it. */
    public static Stage show(Window owner, StatisticsViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        return OwnedWindows.showOne(owner, OPEN_WINDOW, () -> create(owner, viewModel));
    }

    /** A scene of the given size showing {@code statistics.fxml} with the CJK font; Esc closes its window. */
    static Scene scene(StatisticsViewModel viewModel, double width, double height) {
        Parent root = Fxml.root("statistics.fxml", type -> new StatisticsView(viewModel));
        CjkFonts.apply(root);
        Scene scene = new Scene(root, width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && scene.getWindow() != null) {
                event.consume();
                scene.getWindow().hide();
            }
        });
        return scene;
    }

    /** A new, not yet shown window; shown, it reads the figures of the chosen period. */
    static Stage create(Window owner, StatisticsViewModel viewModel) {
        Stage stage = OwnedWindows.newWindow(owner, Messages.get("statistics.windowTitle"), MIN_WIDTH, MIN_HEIGHT);
        stage.setScene(scene(viewModel, WIDTH, HEIGHT));
        stage.setOnHidden(event -> viewModel.setShowing(false));
        stage.setOnShown(event -> {
            viewModel.setShowing(true);
            // Shown again after a while, it reads afresh what it showed.
            if (viewModel.stateProperty().get() == StatisticsViewModel.State.IDLE) {
                viewModel.apply();
            } else {
                viewModel.refresh();
            }
        });
        return stage;
    }
}
