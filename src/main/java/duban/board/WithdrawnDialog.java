package duban.board;

import duban.ui.CjkFonts;
import duban.domain.Item;
import duban.i18n.Messages;
import duban.ui.Buttons;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/** Lists the withdrawn items (已撤销) and returns the one the user chose to restore. */
final class WithdrawnDialog extends Dialog<Item> {

    static final ButtonType RESTORE = new ButtonType(Messages.get("withdrawn.restore"), ButtonBar.ButtonData.OK_DONE);

    private final ListView<Item> list = new ListView<>();

    WithdrawnDialog(Window owner, List<Item> withdrawn) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("withdrawn.title"));
        setHeaderText(Messages.get("withdrawn.header"));
        list.setId("withdrawn-list");
        list.getItems().setAll(withdrawn);
        list.setPrefSize(560, 320);
        list.setPlaceholder(new Label(Messages.get("withdrawn.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("withdrawn.entry", item.title(),
                        item.leadUnit().name(), item.withdrawnReason()));
            }
        });
        getDialogPane().setContent(list);
        getDialogPane().getButtonTypes().setAll(RESTORE, Buttons.CLOSE);
        getDialogPane().lookupButton(RESTORE).setId("restore-item");
        getDialogPane().lookupButton(RESTORE).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        CjkFonts.apply(getDialogPane());
        setResultConverter(button -> button == RESTORE ? list.getSelectionModel().getSelectedItem() : null);
    }

    /** Shows the dialog and waits; the item to restore, or empty. */
    Optional<Item> choose() {
        return showAndWait();
    }
}
