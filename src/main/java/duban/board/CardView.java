package duban.board;

import duban.domain.Card;

import static duban.ui.StyleClasses.CARD_DEADLINE;
import static duban.ui.StyleClasses.CARD_DUE;
import static duban.ui.StyleClasses.CARD_META;
import static duban.ui.StyleClasses.CARD_TAG;
import static duban.ui.StyleClasses.CARD_TITLE;

import duban.domain.Category;
import duban.domain.DeadlineState;
import duban.domain.Unit;
import duban.ui.Icons;
import duban.ui.StyleClasses;
import duban.ui.WidthKeyedLabel;
import duban.ui.WidthKeyedVBox;
import duban.ui.text.LineBreakRule;
import duban.ui.text.RuleWrapping;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The node of one card: source and category, title, 责任人 and 牵头单位, deadline and where it
 * stands. Reused by the cell for whichever card it shows; the deadline state is a pseudo-class,
 * and is always spelled out in words too, so colour is never the only signal.
 */
final class CardView extends WidthKeyedVBox {

    private final Label source = new Label();
    private final Label category = new Label();
    // Laid out once per width: the list asks each card for its heights three times a layout.
    private final Label title = new WidthKeyedLabel();
    private final Label owner = new WidthKeyedLabel();
    private final Label assist = new WidthKeyedLabel();
    private final FlowPane markers = new FlowPane();
    private final Label deadline = new Label();
    private final Label originalDeadline = new Label();
    private final Label due = new Label();
    private final FontIcon dueIcon = Icons.icon(Icons.deadline(DeadlineState.OVERDUE));
    private List<Card.Marker> shownMarkers = List.of();
    /** The card shown now, or null: a card shown again unchanged is not laid out again. */
    private Card shownCard;
    /** Title and unit lines break by the shared rule, never inside a unit's name or a date (县生态环境/局). */
    private final RuleWrapping titleLines = RuleWrapping.of(title);
    private final RuleWrapping ownerLines = RuleWrapping.of(owner);
    private final RuleWrapping assistLines = RuleWrapping.of(assist);

    CardView() {
        getStyleClass().add(StyleClasses.ITEM_CARD);
        createView();
    }

    private void createView() {
        source.getStyleClass().add(CARD_META);
        category.getStyleClass().add(CARD_TAG);
        category.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(source, spacer, category);
        top.getStyleClass().add(BoardStyleClasses.CARD_TOP);

        title.getStyleClass().add(CARD_TITLE);
        owner.getStyleClass().add(CARD_META);
        assist.getStyleClass().add(CARD_META);
        assist.managedProperty().bind(assist.visibleProperty());

        deadline.getStyleClass().add(CARD_DEADLINE);
        deadline.setMinWidth(Region.USE_PREF_SIZE);
        due.getStyleClass().add(CARD_DUE);
        due.setMinWidth(Region.USE_PREF_SIZE);
        // The deadline and where it stands are never cut off: in a narrow column the state
        // moves to a line of its own instead.
        originalDeadline.getStyleClass().add(CARD_DEADLINE);
        originalDeadline.setMinWidth(Region.USE_PREF_SIZE);
        originalDeadline.managedProperty().bind(originalDeadline.visibleProperty());
        FlowPane bottom = new FlowPane(deadline, originalDeadline, due);
        bottom.setHgap(10);
        bottom.setVgap(2);
        bottom.prefWrapLengthProperty().bind(widthProperty().subtract(24));
        bottom.getStyleClass().add(BoardStyleClasses.CARD_BOTTOM);

        markers.getStyleClass().add(BoardStyleClasses.CARD_MARKERS);
        markers.setHgap(4);
        markers.setVgap(3);
        markers.managedProperty().bind(markers.visibleProperty());
        markers.prefWrapLengthProperty().bind(widthProperty().subtract(24));

        getChildren().setAll(top, title, owner, assist, markers, bottom);
    }

    /**
     * Shows the markers in the labels already there, adding or dropping labels only when the
     * count differs: new labels need skins and styles, and a cell shows card after card.
     */
    private void showMarkers(List<Card.Marker> shown) {
        if (shown.equals(shownMarkers)) {
            return;
        }
        javafx.collections.ObservableList<javafx.scene.Node> labels = markers.getChildren();
        if (labels.size() > shown.size()) {
            labels.remove(shown.size(), labels.size());
        }
        for (int i = 0; i < shown.size(); i++) {
            Card.Marker marker = shown.get(i);
            if (i < labels.size()) {
                Label label = (Label) labels.get(i);
                label.setText(marker.text());
                // "label", "card-marker", then the kind's class (set only when it differs: a
                // changed style class restyles the label), and its icon with it.
                if (!label.getStyleClass().get(2).equals(marker.kind().styleClass())) {
                    label.getStyleClass().set(2, marker.kind().styleClass());
                    ((FontIcon) label.getGraphic()).setIconLiteral(Icons.marker(marker.kind()));
                }
            } else {
                labels.add(markerLabel(marker));
            }
        }
        markers.setVisible(!shown.isEmpty());
        shownMarkers = shown;
    }

    private static Label markerLabel(Card.Marker marker) {
        Label label = new Label(marker.text(), Icons.icon(Icons.marker(marker.kind())));
        label.getStyleClass().addAll(BoardStyleClasses.CARD_MARKER, marker.kind().styleClass());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The icon before 逾期, 临期 and 办结; none for an item with time left. */
    private void showDueIcon(String code) {
        if (code == null) {
            due.setGraphic(null);
            return;
        }
        if (!code.equals(dueIcon.getIconLiteral())) {
            dueIcon.setIconLiteral(code);
        }
        due.setGraphic(dueIcon);
    }

    /** Shows no card (an empty cell): the node keeps its last card's words but not its item id. */
    void clear() {
        shownCard = null;
        getProperties().remove(StyleClasses.CARD_ITEM_ID);
    }

    /** Shows {@code card} in this node and returns it, as a cell's graphic. */
    CardView show(Card card) {
        return show(card, card.markers());
    }

    /**
     * Shows {@code card} with {@code markers} (the board's, with the tree's words) and returns it.
     * The same card with the same markers is left as it is: a list gives a cell its card again
     * whenever the cell moves to another index (every card below a dropped one does) or the list
     * changes elsewhere, and breaking the lines again would be the whole cost.
     */
    CardView show(Card card, List<Card.Marker> markers) {
        if (card == shownCard && markers.equals(shownMarkers)) {
            return this;
        }
        shownCard = card;
        getProperties().put(StyleClasses.CARD_ITEM_ID, card.id());
        source.setText(card.item().source().label());
        category.setText(card.item().category().label());
        LineBreakRule breaks = LineBreakRule.STANDARD.withTerms(Stream.concat(Stream.of(card.item().leadUnit()),
                card.item().assistUnits().stream()).map(Unit::name).toList());
        titleLines.show(breaks, card.title());
        ownerLines.show(breaks, card.ownerLine());
        String assistText = card.assistLine();
        assistLines.show(breaks, assistText);
        assist.setVisible(!assistText.isEmpty());
        showMarkers(markers);
        deadline.setText(card.deadlineText());
        originalDeadline.setText(card.originalDeadlineText());
        originalDeadline.setVisible(!card.originalDeadlineText().isEmpty());
        due.setText(card.dueText());

        DeadlineState state = card.deadlineState();
        showDueIcon(Icons.deadline(state));
        pseudoClassStateChanged(StyleClasses.OVERDUE, state == DeadlineState.OVERDUE);
        pseudoClassStateChanged(StyleClasses.DUE_SOON, state == DeadlineState.DUE_SOON);
        pseudoClassStateChanged(StyleClasses.CLOSED, state.isClosed());
        pseudoClassStateChanged(StyleClasses.CLOSED_LATE, state == DeadlineState.CLOSED_LATE);
        pseudoClassStateChanged(StyleClasses.KEY, card.item().category() == Category.KEY);
        pseudoClassStateChanged(StyleClasses.URGENT, card.item().category() == Category.URGENT);
        return this;
    }
}
