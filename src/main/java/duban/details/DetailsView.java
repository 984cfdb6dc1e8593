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
        controller = Fxml.loadInto(this, "details.fxml", type -> new DetailsController(viewModel));
    }

    /** Adds a section of another feature's (such as 定期督办) above the 办理记录. */
    public void addSection(javafx.scene.Node section) {
        controller.addSection(section);
    }
}
