package duban.filter;

import duban.ui.Fxml;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * The filter bar above the board: a search field, drop-downs for 牵头单位, 责任人, 事项来源 and
 * 督办类别, the 逾期 and 临期 toggles, 清除筛选, and on the right the filtered figures that the
 * board writes into {@link #summaryLabel()}. Its layout is {@code filter-bar.fxml}, whose root is
 * this node; {@link FilterBarController} binds it to the {@link FilterViewModel}.
 */
public final class FilterBar extends HBox {

    /**
     * Ctrl+F (⌘F on a Mac), the key for {@link #focusSearch()}. The window binds it (BoardView's
     * {@code setFilterBar(bar, bar::focusSearch)}): a scene's accelerators have one owner.
     */
    public static final KeyCombination FOCUS_SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final FilterBarController controller;

    public FilterBar(FilterViewModel viewModel) {
        controller = Fxml.loadInto(this, "filter-bar.fxml", type -> new FilterBarController(viewModel));
    }

    /** Puts the caret in the search field with its text selected, ready to type over (Ctrl+F). */
    public void focusSearch() {
        controller.focusSearch();
    }

    /** The label on the right where the board shows the filtered figures ({@link FilteredFigures}). */
    public Label summaryLabel() {
        return controller.summaryLabel();
    }

    /** The search field, for the board's keyboard handling. */
    public TextField searchField() {
        return controller.searchField();
    }
}
