package duban.ui;

import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The one place secondary windows and dialogs get their manners: made over their owner with a
 * title and a minimum size, Esc closing them as their × does; windows kept one per owner (the
 * board window) are shown again or brought to the front, keeping their size, place and choices.
 */
public final class OwnedWindows {

    /** The main window's smallest size: the header figures, the toolbar and four readable columns. */
    public static final double MAIN_MIN_WIDTH = 960;
    public static final double MAIN_MIN_HEIGHT = 600;
    /** A resizable dialog shrinks at most to the size it opened at, and never needs to stay larger than this. */
    static final double DIALOG_MIN_WIDTH_CAP = 640;
    static final double DIALOG_MIN_HEIGHT_CAP = 420;

    private OwnedWindows() {
    }

    /**
     * A new, not yet shown window over {@code owner} (none if {@code null}) titled {@code title},
     * that cannot be made smaller than {@code minWidth} × {@code minHeight} and that Esc closes as
     * its × does. Every secondary window of the application is made here.
     */
    public static Stage newWindow(Window owner, String title, double minWidth, double minHeight) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        if (title != null) {
            stage.setTitle(title);
        }
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        closeOnEscape(stage);
        return stage;
    }

    /** The main window: no smaller than {@link #MAIN_MIN_WIDTH} × {@link #MAIN_MIN_HEIGHT}. Esc stays the board's. */
    public static void mainWindow(Stage stage) {
        stage.setMinWidth(MAIN_MIN_WIDTH);
        stage.setMinHeight(MAIN_MIN_HEIGHT);
    }

    /**
     * Gives {@code dialog} the windows' manners: Esc does what its × does (cancels, or asks first
     * where the dialog asks before throwing away input), and, resizable, it cannot be made smaller
     * than it opened (up to 640 × 420). Call it once its dialog pane is final; returns the dialog.
     */
    public static <D extends Dialog<?>> D dialog(D dialog) {
        Node pane = dialog.getDialogPane();
        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && pane.getScene() != null && pane.getScene().getWindow() != null) {
                event.consume();
                requestClose(pane.getScene().getWindow());
            }
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            if (dialog.isResizable() && pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
                stage.setMinWidth(Math.min(stage.getWidth(), DIALOG_MIN_WIDTH_CAP));
                stage.setMinHeight(Math.min(stage.getHeight(), DIALOG_MIN_HEIGHT_CAP));
            }
        });
        return dialog;
    }

    /**
     * Esc closes {@code window} as its × does, when nothing inside used the key first (an open
     * drop-down list, a table cell being edited, a search field clearing itself): a handler, not a
     * filter, so those keep their Esc.
     */
    public static void closeOnEscape(Window window) {
        window.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                requestClose(window);
            }
        });
    }

    /**
     * What the window's × does: the close request goes to the window's own handlers (a form with
     * unsaved input may ask, or refuse), and the window closes unless one of them consumed it.
     */
    public static void requestClose(Window window) {
        Event.fireEvent(window, new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Shows the window {@code owner} keeps under {@code key}, or the one {@code create} makes (then
     * kept for next time); returns it. Without an owner a new window is made each time.
     */
    public static Stage showOne(Window owner, String key, Supplier<Stage> create) {
        if (owner != null && owner.getProperties().get(key) instanceof Stage open) {
            open.show();
            open.toFront();
            return open;
        }
        Stage stage = create.get();
        if (owner != null) {
            // Closed, the window is only hidden: shown again, it keeps its size, place and scope.
            owner.getProperties().put(key, stage);
        }
        stage.show();
        return stage;
    }
}
