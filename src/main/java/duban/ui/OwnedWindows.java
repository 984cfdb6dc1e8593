package duban.ui;

import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
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
    /** The smallest a resizable dialog can be made, unless it opens smaller or its own layout needs more. */
    public static final double DIALOG_MIN_WIDTH = 480;
    public static final double DIALOG_MIN_HEIGHT = 320;

    /** Marks a window whose Esc is already wired, so that a dialog shown again is not wired twice. */
    private static final String ESCAPE_CLOSES = "duban.window.escapeCloses";
    /** Marks a dialog's window whose minimum size is already kept. */
    private static final String MINIMUM_KEPT = "duban.window.minimumKept";

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
        stage.getProperties().put(ESCAPE_CLOSES, Boolean.TRUE);
        return stage;
    }

    /** The main window: no smaller than {@link #MAIN_MIN_WIDTH} × {@link #MAIN_MIN_HEIGHT}. Esc stays the board's. */
    public static void mainWindow(Stage stage) {
        stage.setMinWidth(MAIN_MIN_WIDTH);
        stage.setMinHeight(MAIN_MIN_HEIGHT);
    }

    /** A second board window (查看示例's demo board): a main window's manners, Esc stays the board's. */
    public static Stage newBoardWindow() {
        Stage stage = new Stage();
        mainWindow(stage);
        return stage;
    }

    /**
     * Gives {@code dialog} the windows' manners: Esc does what its × does (cancels, or asks first
     * where the dialog asks before throwing away input), and a resizable dialog cannot be made
     * smaller than {@link #keepDialogMinimum its minimum}. Returns the dialog.
     */
    public static <D extends Dialog<?>> D dialog(D dialog) {
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage
                && stage.getProperties().putIfAbsent(MINIMUM_KEPT, Boolean.TRUE) == null) {
            // On the window's own WINDOW_SHOWN: showAndWait fires DIALOG_SHOWN before the window is shown
            // and laid out, and the size to start from is known only once it is.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> keepDialogMinimum(dialog, stage));
        }
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            if (dialog.getDialogPane().getScene() == null
                    || !(dialog.getDialogPane().getScene().getWindow() instanceof Stage stage)) {
                return;
            }
            if (stage.getProperties().putIfAbsent(ESCAPE_CLOSES, Boolean.TRUE) == null) {
                closeOnEscape(stage);
            }
        });
        return dialog;
    }

    /**
     * The minimum size of a resizable dialog, set on its window once shown: the dialog pane's own
     * minimum (its fields, labels and buttons not cut) plus the window's frame, and at least
     * {@link #DIALOG_MIN_WIDTH} × {@link #DIALOG_MIN_HEIGHT} (a pane around a scrolling list or tabs
     * says it fits in 240 × 90, which shows nothing). Never more than the size it opened at, so that
     * setting it makes nothing jump. A dialog that is not resizable keeps the size it has.
     */
    static void keepDialogMinimum(Dialog<?> dialog, Stage stage) {
        if (!stage.isResizable() || stage.getScene() == null) {
            return;
        }
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        double frameWidth = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        double paneWidth = pane.minWidth(-1);
        double paneHeight = pane.minHeight(paneWidth);
        stage.setMinWidth(Math.min(stage.getWidth(), Math.max(DIALOG_MIN_WIDTH, paneWidth + frameWidth)));
        stage.setMinHeight(Math.min(stage.getHeight(), Math.max(DIALOG_MIN_HEIGHT, paneHeight + frameHeight)));
    }

    /**
     * Esc closes {@code window} as its × does, wherever the focus is (a table takes Esc for
     * itself even when nothing is being edited, which is why 设置 never closed), except while the
     * focused control is in the middle of something Esc ends: a cell being edited, an open
     * drop-down list.
     */
    public static void closeOnEscape(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && window.getScene() != null
                    && !endsSomethingInside(window.getScene().getFocusOwner())) {
                event.consume();
                requestClose(window);
            }
        });
    }

    /** Whether Esc at {@code focused} ends an edit or closes a list rather than the window. */
    static boolean endsSomethingInside(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            boolean busy = node instanceof ComboBoxBase<?> box && box.isShowing()
                    || node instanceof ChoiceBox<?> choice && choice.isShowing()
                    || node instanceof MenuButton menu && menu.isShowing()
                    || node instanceof TableView<?> table && table.getEditingCell() != null
                    || node instanceof TreeTableView<?> tree && tree.getEditingCell() != null
                    || node instanceof ListView<?> list && list.getEditingIndex() >= 0
                    || node instanceof TreeView<?> tree && tree.getEditingItem() != null;
            if (busy) {
                return true;
            }
        }
        return false;
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
