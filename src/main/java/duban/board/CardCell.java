package duban.board;

import duban.ui.StyleClasses;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;

/** A cell of a virtualized column: one reused {@link CardView} for whichever card it shows. */
final class CardCell extends ListCell<Card> {

    private final CardView view = new CardView();

    CardCell() {
        getStyleClass().add(StyleClasses.CARD_CELL);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Let the column's width, not the card's unwrapped text, decide the cell's width,
        // so titles wrap instead of pushing out a horizontal scroll bar.
        setPrefWidth(0);
        view.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
    }

    @Override
    protected void updateItem(Card card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        setGraphic(empty || card == null ? null : view.show(card));
    }
}
