package duban.ledger.view;

import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The 督办台账 in a window of its own beside the board, non-modal so that the board stays usable
 * and the ledger follows it. One such window per board window: asking again brings it to the front.
 */
public final class LedgerWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 760;

    /** Where the window, once created, is kept among its owner's properties. */
    private static final String OPEN_WINDOW = LedgerWindow.class.getName();

    private LedgerWindow() {
    }

    /**
     * Shows the ledger window of {@code owner} for {@code view}'s view model, creating it on
     * first use and bringing it to the front afterwards; the items are read afresh each time.
     */
    public static Stage show(Window owner, LedgerView view, LedgerViewModel viewModel) {
        Objects.requireNonNull(view, "view");
        viewModel.reload();
        if (owner != null && owner.getProperties().get(OPEN_WINDOW) instanceof Stage open) {
            open.show();
            open.toFront();
            return open;
        }
        Stage stage = OwnedWindows.newWindow(owner, null, 960, 480);
        if (owner != null) {
            owner.getProperties().put(OPEN_WINDOW, stage);
        }
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene(view, WIDTH, HEIGHT));
        stage.show();
        return stage;
    }

    /** A scene of the given size showing the view, with Ctrl+P for the print preview. */
    public static Scene scene(LedgerView view, double width, double height) {
        CjkFonts.apply(view);
        Scene scene = view.getScene() != null ? view.getScene() : new Scene(view, width, height);
        scene.getStylesheets().setAll(Objects.requireNonNull(LedgerWindow.class.getResource("/theme.css"))
                .toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                view::openPrintPreview);
        return scene;
    }
}
