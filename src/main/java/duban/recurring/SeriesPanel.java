package duban.recurring;

import duban.ui.Fxml;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The 定期督办 section of the details panel ({@code series-panel.fxml}, whose root is this node):
 * shown only for an occurrence of a series, bound to its {@link SeriesViewModel}.
 */
public final class SeriesPanel extends VBox {

    private final SeriesViewModel viewModel;

    @FXML private Label heading;
    @FXML private VBox occurrences;

    public SeriesPanel(SeriesViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this, "series-panel.fxml", type -> this);
    }

    @FXML
    private void initialize() {
        visibleProperty().bind(viewModel.shownProperty());
        managedProperty().bind(viewModel.shownProperty());
        heading.textProperty().bind(viewModel.headingProperty());
        viewModel.lines().addListener((ListChangeListener<String>) change -> showLines());
        showLines();
    }

    private void showLines() {
        occurrences.getChildren().setAll(viewModel.lines().stream().map(text -> {
            Label line = new Label(text);
            line.getStyleClass().add("series-occurrence");
            line.setWrapText(true);
            return line;
        }).toList());
    }
}
