package duban.projector;

import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.NamedArg;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One column of the projector (projector.fxml): its header with the name, the count and which of
 * its pages is shown, and the body holding this page's cards, id {@code column-<STATUS>}.
 */
public final class ProjectorColumnView extends VBox {

    private final VBox body = new VBox();
    private final Label count = new Label();
    private final Label slice = new Label();
    private final Label placeholder = new Label();
    private ProjectorColumn shown;

    public ProjectorColumnView(@NamedArg("status") Status status) {
        Label name = new Label(status.label());
        name.getStyleClass().add(ProjectorStyles.COLUMN_TITLE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        count.getStyleClass().add(ProjectorStyles.COLUMN_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        slice.getStyleClass().add(ProjectorStyles.COLUMN_SLICE);
        slice.setMinWidth(0);
        slice.managedProperty().bind(slice.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(name, count, spacer, slice);
        head.getStyleClass().add(ProjectorStyles.COLUMN_HEADER);
        placeholder.getStyleClass().add(ProjectorStyles.PLACEHOLDER);
        placeholder.setWrapText(true);
        body.setId(StyleClasses.columnId(status));
        body.getStyleClass().add(ProjectorStyles.COLUMN_BODY);
        body.setMinHeight(0);
        body.setPrefHeight(0);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(head, body);
        getStyleClass().addAll(ProjectorStyles.COLUMN,
                ProjectorStyles.COLUMN_PREFIX + status.name().toLowerCase(Locale.ROOT));
        setMinHeight(0);
        setMinWidth(0);
    }

    /** The box the cards are in; its height decides how many fit. */
    VBox body() {
        return body;
    }

    /** Shows {@code column}, each card as the node {@code cardNode} gives; an equal column leaves the cards alone. */
    void show(ProjectorColumn column, Function<ProjectorCard, Node> cardNode) {
        count.setText(Messages.get("projector.items", column.total()));
        slice.setText(Messages.get("projector.slice", Math.min(column.slice(), column.slices() - 1) + 1,
                column.slices()));
        slice.setVisible(column.slices() > 1);
        if (column.equals(shown)) {
            return;
        }
        shown = column;
        List<Node> nodes = new ArrayList<>();
        for (ProjectorCard card : column.cards()) {
            nodes.add(cardNode.apply(card));
        }
        if (column.cards().isEmpty()) {
            placeholder.setText(column.total() == 0 ? Messages.get("projector.empty")
                    : Messages.get("projector.exhausted", column.total()));
            nodes.add(placeholder);
        }
        if (!body.getChildren().equals(nodes)) {
            body.getChildren().setAll(nodes);
        }
    }
}
