package duban.details;

import duban.ui.Fxml;
import javafx.scene.layout.VBox;

/**
 * The details side panel (about 360 px wide, right of the board): the selected item's title,
 * where it stands, its fields and its 办理记录, newest first. Its layout is {@code details.fxml},
 * whose root is this node; {@link DetailsController} binds it to the {@link DetailsViewModel}.
 */
public final class DetailsView extends VBox {

    private final DetailsController controller;

    public DetailsView(DetailsViewModel viewModel) {
        this(viewModel, new javafx.scene.Node[0]);
    }

    /** With {@code sections} of other features (附件, 定期督办) between the fields and the history. */
    public DetailsView(DetailsViewModel viewModel, javafx.scene.Node... sections) {
        controller = Fxml.loadInto(this, "details.fxml", type -> new DetailsController(viewModel));
        controller.addSections(sections);
    }

    /** Adds a section of another feature's above the 办理记录, after the sections given at construction. */
    public void addSection(javafx.scene.Node section) {
        controller.addSections(section);
    }
}
