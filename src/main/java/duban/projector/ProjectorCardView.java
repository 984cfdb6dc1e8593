package duban.projector;

import duban.domain.DeadlineState;
import duban.ui.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One card as read from across the room: title (two lines at most), 牵头单位, the deadline state in
 * words on a coloured badge, and the since-last-meeting markers. Shows, never edits: it has no
 * handlers at all.
 */
final class ProjectorCardView extends VBox {

    private final Label title = new Label();
    private final Label unit = new Label();
    private final Label state = new Label();
    private final Label key = new Label();
    private final HBox markers = new HBox();
    private ProjectorCard shown;

    ProjectorCardView() {
        getStyleClass().addAll(StyleClasses.ITEM_CARD, ProjectorStyles.CARD);
        title.getStyleClass().add(ProjectorStyles.CARD_TITLE);
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMaxWidth(Double.MAX_VALUE);
        unit.getStyleClass().add(ProjectorStyles.CARD_UNIT);
        unit.setMaxWidth(Double.MAX_VALUE);
        state.getStyleClass().add(ProjectorStyles.CARD_STATE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        key.getStyleClass().addAll(ProjectorStyles.BADGE, ProjectorStyles.KEY);
        key.setMinWidth(Region.USE_PREF_SIZE);
        key.managedProperty().bind(key.visibleProperty());
        key.setText(duban.i18n.Messages.get("projector.key"));
        markers.getStyleClass().add(ProjectorStyles.MARKERS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(markers, Priority.SOMETIMES);
        HBox bottom = new HBox(state, spacer, markers, key);
        bottom.getStyleClass().add(ProjectorStyles.CARD_BOTTOM);
        // A card taller than its text keeps the unit and the state at its foot, the title at its head.
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        getChildren().setAll(title, gap, unit, bottom);
    }

    /** Shows {@code card}; an equal card leaves the nodes alone. */
    ProjectorCardView show(ProjectorCard card) {
        if (card.equals(shown)) {
            return this;
        }
        shown = card;
        setId(StyleClasses.cardId(card.id()));
        title.setText(card.title());
        unit.setText(card.leadUnit());
        state.setText(card.stateText());
        key.setVisible(card.key());
        markers.getChildren().setAll(card.markers().stream().map(marker -> {
            Label label = new Label(marker.text());
            label.getStyleClass().addAll(ProjectorStyles.BADGE, marker.styleClass());
            label.setMinWidth(Region.USE_PREF_SIZE);
            return label;
        }).toList());
        DeadlineState deadlineState = card.state();
        pseudoClassStateChanged(StyleClasses.OVERDUE, deadlineState == DeadlineState.OVERDUE);
        pseudoClassStateChanged(StyleClasses.DUE_SOON, deadlineState == DeadlineState.DUE_SOON);
        pseudoClassStateChanged(StyleClasses.CLOSED, deadlineState.isClosed());
        pseudoClassStateChanged(StyleClasses.CLOSED_LATE, deadlineState == DeadlineState.CLOSED_LATE);
        pseudoClassStateChanged(StyleClasses.KEY, card.key());
        return this;
    }

    ProjectorCard card() {
        return shown;
    }
}
