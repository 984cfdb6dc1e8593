package duban.app;

import duban.ui.ScreenMemory;
import duban.ui.WindowMemory;
import duban.ui.WindowStateFile;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The main window as this user left it (issue 18), from the {@link ConfigFolder}'s state file:
 * maximised the first time, then its size, position, screen, maximised or not and the board's
 * dividers as they were; and the projector's screen. An application embedded in a test without
 * {@code -Dduban.config.dir} keeps nothing and opens as before (1280 × 800).
 */
final class MainWindowState {

    /** The main window's name in the state file. */
    static final String MAIN = "main";
    /** The projector's screen's name in the state file. */
    static final String PROJECTOR = "projector";

    private final WindowStateFile state;
    private WindowMemory main;

    private MainWindowState(WindowStateFile state) {
        this.state = state;
    }

    /** The state of this run ({@code embedded}: started by a test rather than launched). */
    static MainWindowState forRun(boolean embedded) {
        return new MainWindowState(ConfigFolder.windowState(embedded));
    }

    /** Places the board's window, not yet shown, where the user left it (the first time: maximised). */
    void place(Stage stage) {
        if (state.file().isPresent()) {
            main = WindowMemory.restore(stage, state, MAIN, stage.getScene().getWidth(), stage.getScene().getHeight());
        }
    }

    /** Once the window shows: the dividers where they were left. */
    void shown() {
        if (main != null) {
            Platform.runLater(main::restoreDividers);
        }
    }

    /** The chosen saved board and the filter on {@code database}, as the user left them with {@code window}. */
    void followBoard(String database, duban.boards.BoardTabsViewModel tabs, duban.filter.FilterViewModel filters,
                     javafx.stage.Window window) {
        if (state.file().isPresent()) {
            BoardMemory.follow(state, database, tabs, filters, window);
        }
    }

    /** The projector's screen, remembered in the same file. */
    ScreenMemory projectorScreen() {
        return state.file().isPresent() ? state.screenMemory(PROJECTOR) : ScreenMemory.none();
    }
}
