package duban.units;

import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The 单位统计 view in a window of its own beside the board, non-modal so that the board stays
 * usable and the figures follow it live. One such window per board window: asking again shows
 * the same window again, or brings it to the front.
 */
public final class UnitStatsWindow {

    /** The window's size: the whole table at 1280 × 800 with room beside it for the board's edge. */
    static final double WIDTH = 1200;
    static final double HEIGHT = 640;

    /** Where the window, once created, is kept among its owner's properties. */
    private static final String OPEN_WINDOW = UnitStatsWindow.class.getName();

    private UnitStatsWindow() {
    }

    /**
     * Shows the 单位统计 window of {@code owner} for {@code viewModel}, creating it on first use
     * and bringing it to the front afterwards; returns the window.
     */
    public static Stage show(Window owner, UnitStatsViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        return OwnedWindows.showOne(owner, OPEN_WINDOW, () -> create(owner, viewModel));
    }

    /** A scene of the given size showing {@code unit-stats.fxml} (it loads its stylesheets) with the CJK font. */
    static Scene scene(UnitStatsViewModel viewModel, double width, double height) {
        Parent root = Fxml.load("unit-stats.fxml", type -> new UnitStatsView(viewModel)).getRoot();
        CjkFonts.apply(root);
        return new Scene(root, width, height);
    }

    /** A new, not yet shown window for {@code viewModel}. */
    static Stage create(Window owner, UnitStatsViewModel viewModel) {
        Stage stage = OwnedWindows.newWindow(owner, Messages.get("units.windowTitle"), 960, 360);
        stage.setScene(scene(viewModel, WIDTH, HEIGHT));
        return stage;
    }
}
