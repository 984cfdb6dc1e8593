package duban.details;

import duban.i18n.Messages;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The details panel's 事项分解 section: one clickable line per item of the tree, the shown one marked. */
final class ItemTreeLines {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass CHILD = PseudoClass.getPseudoClass("child");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private ItemTreeLines() {
    }

    static void bind(DetailsViewModel viewModel, Label heading, VBox box) {
        heading.managedProperty().bind(heading.visibleProperty());
        box.managedProperty().bind(box.visibleProperty());
        Runnable show = () -> {
            List<ItemTreeRows.Row> rows = viewModel.tree();
            heading.setVisible(!rows.isEmpty());
            box.setVisible(!rows.isEmpty());
            box.getChildren().setAll(rows.stream().map(row -> line(viewModel, row)).toList());
        };
        viewModel.tree().addListener((ListChangeListener<ItemTreeRows.Row>) change -> show.run());
        show.run();
    }

    private static VBox line(DetailsViewModel viewModel, ItemTreeRows.Row row) {
        Label title = new Label((row.child() ? "└ " : "") + row.title());
        title.getStyleClass().add("details-tree-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label detail = new Label(row.line());
        detail.getStyleClass().add("details-tree-line");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox line = new VBox(title, detail);
        line.getStyleClass().add("details-tree-row");
        line.getProperties().put("duban.details.treeItemId", row.itemId());
        line.pseudoClassStateChanged(CURRENT, row.current());
        line.pseudoClassStateChanged(CHILD, row.child());
        detail.pseudoClassStateChanged(OVERDUE, row.overdue());
        if (!row.current()) {
            line.setOnMouseClicked(event -> viewModel.chooseItem(row.itemId()));
            line.setAccessibleHelp(Messages.get("details.tree.open"));
        }
        return line;
    }
}
