package duban.board;

import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * 查看子事项…: a small window over the board listing a parent's sub-items with 牵头单位, 责任人,
 * the column each is in and where it stands; a double-click selects that card on the board.
 */
final class SubItemList {

    private final Card parent;
    private final List<Card> children;
    private final LongConsumer select;

    @FXML private Label heading;
    @FXML private TableView<Card> table;
    @FXML private TableColumn<Card, String> titleColumn;
    @FXML private TableColumn<Card, String> unitColumn;
    @FXML private TableColumn<Card, String> ownerColumn;
    @FXML private TableColumn<Card, String> statusColumn;
    @FXML private TableColumn<Card, String> dueColumn;

    private SubItemList(Card parent, List<Card> children, LongConsumer select) {
        this.parent = parent;
        this.children = children;
        this.select = select;
    }

    /** Opens the list of {@code parent}'s sub-items; {@code select} selects a card on the board. */
    static Dialog<Void> show(Window owner, Card parent, List<Card> children, LongConsumer select) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(Messages.get("subItems.windowTitle", parent.title()));
        dialog.getDialogPane().setId("sub-items-dialog");
        dialog.getDialogPane().setContent(Fxml.root("sub-items.fxml", type -> new SubItemList(parent, children, select)));
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.CLOSE);
        CjkFonts.apply(dialog.getDialogPane());
        OwnedWindows.dialog(dialog);
        dialog.show();
        return dialog;
    }

    @FXML
    private void initialize() {
        heading.setText(Messages.get("subItems.heading", parent.title(), parent.item().links().closedChildCount(),
                parent.item().links().childCount()));
        text(titleColumn, Card::title);
        text(unitColumn, card -> card.item().leadUnit().name());
        text(ownerColumn, card -> card.item().owner());
        text(statusColumn, card -> card.item().status().label());
        text(dueColumn, Card::dueText);
        dueColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String due, boolean empty) {
                super.updateItem(due, empty);
                setText(empty ? null : due);
                Card card = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().removeAll("sub-item-due-overdue", "sub-item-due-closed");
                if (card != null && card.deadlineState() == DeadlineState.OVERDUE) {
                    getStyleClass().add("sub-item-due-overdue");
                } else if (card != null && card.deadlineState().isClosed()) {
                    getStyleClass().add("sub-item-due-closed");
                }
            }
        });
        table.getItems().setAll(children);
        table.setPlaceholder(new Label(Messages.get("subItems.none")));
        table.setRowFactory(view -> {
            TableRow<Card> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    select.accept(row.getItem().id());
                }
            });
            return row;
        });
    }

    private static void text(TableColumn<Card, String> column, Function<Card, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
