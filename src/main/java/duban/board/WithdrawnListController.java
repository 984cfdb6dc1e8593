package duban.board;

import duban.domain.Item;
import duban.i18n.Messages;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The controller of {@code withdrawn.fxml}: lists the withdrawn items, each with its unit and reason. */
public final class WithdrawnListController {

    private final List<Item> withdrawn;

    @FXML
    private ListView<Item> list;

    /** Made by the FXML loader's controller factory, with the items to list. */
    public WithdrawnListController(List<Item> withdrawn) {
        this.withdrawn = List.copyOf(withdrawn);
    }

    @FXML
    private void initialize() {
        list.getItems().setAll(withdrawn);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("withdrawn.entry", item.title(),
                        item.leadUnit().name(), item.withdrawnReason()));
            }
        });
    }

    /** True while no item is chosen: 恢复 is then disabled. */
    BooleanBinding noneChosen() {
        return list.getSelectionModel().selectedItemProperty().isNull();
    }

    /** The chosen item, or null. */
    Item chosen() {
        return list.getSelectionModel().getSelectedItem();
    }
}
