package duban.board;

import duban.domain.Card;

import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.Frames;
import duban.ui.Icons;
import duban.ui.StyleClasses;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** One column of the board: its name and count over a virtualized list of cards. */
final class ColumnView extends VBox {

    /** How many frames a card scrolled to may take to settle in view (see settle). */
    private static final int SETTLING_FRAMES = 5;

    private final ListView<Card> list = new ListView<>();

    ColumnView(Status status, ObservableList<Card> cards, ObservableValue<String> count,
               Callback<ListView<Card>, ListCell<Card>> cellFactory) {
        getStyleClass().addAll(StyleClasses.BOARD_COLUMN, BoardStyleClasses.column(status));

        Label title = new Label(status.label(), Icons.icon(Icons.status(status)));
        title.getStyleClass().add(StyleClasses.COLUMN_TITLE);
        Label countBadge = new Label();
        countBadge.getStyleClass().add(StyleClasses.COLUMN_COUNT);
        countBadge.textProperty().bind(count);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, countBadge);
        header.getStyleClass().add(StyleClasses.COLUMN_HEADER);

        list.setId(StyleClasses.columnId(status));
        list.getStyleClass().add(StyleClasses.COLUMN_LIST);
        list.setItems(cards);
        list.setCellFactory(cellFactory);
        list.setSkin(new CardListSkin(list));
        list.setFocusTraversable(true);
        Label placeholder = new Label(Messages.get("column.empty"));
        placeholder.getStyleClass().add(StyleClasses.PLACEHOLDER);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().setAll(header, list);
    }

    ListView<Card> list() {
        return list;
    }

    /** Scrolls so that the card at {@code index} is shown whole, if it is not already. */
    void scrollIntoView(int index) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            list.scrollTo(index);
            return;
        }
        flow.scrollTo(index); // scrolls only as far as needed, unlike ListView.scrollTo
        Scene scene = list.getScene();
        if (scene != null) {
            settle(scene, flow, index, SETTLING_FRAMES);
        }
    }

    /**
     * A card that has just joined the list (moved here by key) is placed from estimates of the
     * heights of cards not laid out yet, and can end up below the view. After each of the next
     * few frames, once laid out, it is scrolled by its real position until it is in view whole.
     */
    private void settle(Scene scene, VirtualFlow<?> flow, int index, int framesLeft) {
        Frames.afterNextLayout(scene, () -> {
            if (index >= list.getItems().size() || shownWhole(flow, index) || framesLeft <= 1) {
                return;
            }
            scrollTo(flow, index);
            settle(scene, flow, index, framesLeft - 1);
        });
    }

    private static <C extends IndexedCell<?>> boolean shownWhole(VirtualFlow<C> flow, int index) {
        C cell = flow.getVisibleCell(index);
        return cell != null && cell.getLayoutY() >= 0 && cell.getLayoutY() + cell.getHeight() <= flow.getHeight();
    }

    /** By the laid-out cell's real place and height when it is on screen, else by the flow's estimate. */
    private static <C extends IndexedCell<?>> void scrollTo(VirtualFlow<C> flow, int index) {
        C cell = flow.getVisibleCell(index);
        if (cell != null) {
            flow.scrollTo(cell);
        } else {
            flow.scrollTo(index);
        }
    }
}
