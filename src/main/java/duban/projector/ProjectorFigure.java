package duban.projector;

import java.util.List;
import javafx.beans.NamedArg;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One figure of the projector's header: caption above, big value, detail beside it (projector.fxml). */
public final class ProjectorFigure extends VBox {

    /** A value of 0 (逾期 0, 临期 0): good news, shown in the neutral ink rather than the alarm colour. */
    static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");

    private final Label value = new Label();
    private final Label detail = new Label();

    public ProjectorFigure(@NamedArg("caption") String caption) {
        getStyleClass().add(ProjectorStyles.FIGURE);
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add(ProjectorStyles.FIGURE_CAPTION);
        value.getStyleClass().add(ProjectorStyles.FIGURE_VALUE);
        detail.getStyleClass().add(ProjectorStyles.FIGURE_DETAIL);
        detail.managedProperty().bind(detail.visibleProperty());
        for (Label label : List.of(captionLabel, value, detail)) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox line = new HBox(value, detail);
        line.getStyleClass().add(ProjectorStyles.FIGURE_LINE);
        setMinWidth(Region.USE_PREF_SIZE);
        setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(this, Priority.ALWAYS);
        getChildren().setAll(captionLabel, line);
    }

    /** Shows {@code valueText}, and {@code detailText} beside it unless it is empty. */
    void show(String valueText, String detailText) {
        value.setText(valueText);
        value.pseudoClassStateChanged(ZERO, "0".equals(valueText.strip()));
        detail.setText(detailText);
        detail.setVisible(!detailText.isEmpty());
    }
}
