package duban.board;

import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.StyleClasses;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** One column of the board: its name and count over a virtualized list of cards. */
final class ColumnView extends VBox {

    private final ListView<Card> list = new ListView<>();

    ColumnView(Status status, ObservableList<Card> cards, ObservableValue<String> count,
               Callback<ListView<Card>, ListCell<Card>> cellFactory) {
        getStyleClass().addAll(StyleClasses.BOARD_COLUMN, "column-" + status.name().toLowerCase().replace('_', '-'));

        Label title = new Label(status.label());
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

    /** Scrolls so that the card at {@code index} is shown, if it is not already. */
    void scrollIntoView(int index) {
        if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(index); // scrolls only as far as needed, unlike ListView.scrollTo
        } else {
            list.scrollTo(index);
        }
    }
}
