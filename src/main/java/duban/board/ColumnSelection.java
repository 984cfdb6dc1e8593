package duban.board;

import duban.domain.Card;
import duban.domain.Status;
import duban.ui.Frames;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The board's one selection across its four column lists, and the keys that move it: selecting
 * in one column clears the others, the view model's selected card is shown (and scrolled to) in
 * its column, ← and → go to the neighbouring column, Ctrl with an arrow moves the card, Enter
 * opens it.
 */
final class ColumnSelection {

    private final BoardViewModel viewModel;
    private final Map<Status, ColumnView> columnViews;
    private final Runnable editSelected;
    private boolean syncingSelection;

    /** Over {@code columnViews} (filled when the columns are made); {@code editSelected} is what Enter does. */
    ColumnSelection(BoardViewModel viewModel, Map<Status, ColumnView> columnViews, Runnable editSelected) {
        this.viewModel = viewModel;
        this.columnViews = columnViews;
        this.editSelected = editSelected;
    }

    /** One selection for the whole board: selecting in one column clears the others. */
    void bind() {
        columnViews.forEach((status, column) -> column.list().getSelectionModel().selectedItemProperty()
                .addListener((observable, old, card) -> {
                    // A dropped card leaves its list, which selects the next card: followed, the
                    // details panel showed that card and then the dropped one again, reading and
                    // rebuilding its whole history twice in the drop's frame.
                    if (syncingSelection || card == null || viewModel.isPlacingCard()) {
                        return;
                    }
                    viewModel.selectedCardProperty().set(card);
                }));
        viewModel.selectedCardProperty().addListener((observable, old, card) -> showSelection(card));
    }

    private void showSelection(Card card) {
        syncingSelection = true;
        try {
            columnViews.forEach((status, column) -> {
                ListView<Card> list = column.list();
                int index = card == null || card.item().status() != status ? -1 : list.getItems().indexOf(card);
                if (index < 0) {
                    list.getSelectionModel().clearSelection();
                } else if (list.getSelectionModel().getSelectedIndex() != index) {
                    list.getSelectionModel().clearAndSelect(index);
                    list.getFocusModel().focus(index);
                    column.scrollIntoView(index);
                }
            });
        } finally {
            syncingSelection = false;
        }
        if (card != null) {
            ColumnView column = columnViews.get(card.item().status());
            if (columnViews.values().stream().anyMatch(other -> other.list().isFocused())
                    && !column.list().isFocused()) {
                focusAfterThisFrame(column.list());
            }
        }
    }

    /**
     * Moves the keyboard focus to {@code list} once the coming frame is laid out. Focus passing
     * from one column to another restyles every cell of both (the selected cell's colours depend
     * on its list's :focused), and after a drop that work doubled the frame that shows the card
     * in its new place; one frame later nobody sees the difference.
     */
    private static void focusAfterThisFrame(ListView<Card> list) {
        Scene scene = list.getScene();
        if (scene == null) {
            list.requestFocus();
            return;
        }
        Frames.afterNextLayout(scene, list::requestFocus);
    }

    /** Keys on a focused column: the list moves the selection up and down by itself. */
    void onColumnKey(Status status, KeyEvent event) {
        boolean shortcut = event.isShortcutDown();
        switch (event.getCode()) {
            case RIGHT, LEFT -> {
                int direction = event.getCode() == KeyCode.RIGHT ? 1 : -1;
                if (shortcut) {
                    viewModel.moveSelectedToAdjacentColumn(direction);
                } else {
                    selectInNeighbourColumn(status, direction);
                }
                event.consume();
            }
            case UP, DOWN -> {
                if (shortcut) {
                    viewModel.moveSelectedWithinColumn(event.getCode() == KeyCode.UP ? -1 : 1);
                    event.consume();
                }
            }
            case ENTER -> {
                editSelected.run();
                event.consume();
            }
            default -> { }
        }
    }

    /** ← and →: the card at about the same height in the next column that has cards. */
    private void selectInNeighbourColumn(Status status, int direction) {
        int row = Math.max(0, columnViews.get(status).list().getSelectionModel().getSelectedIndex());
        for (int i = status.ordinal() + direction; i >= 0 && i < Status.values().length; i += direction) {
            ColumnView column = columnViews.get(Status.values()[i]);
            List<Card> cards = column.list().getItems();
            if (!cards.isEmpty()) {
                column.list().requestFocus();
                viewModel.selectedCardProperty().set(cards.get(Math.min(row, cards.size() - 1)));
                return;
            }
        }
    }
}
