package duban.board;

import duban.domain.Item;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.CjkFonts;
import duban.ui.Fxml;
import duban.ui.OwnedWindows;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Lists the withdrawn items (已撤销) and returns the one the user chose to restore. */
final class WithdrawnDialog extends Dialog<Item> {

    static final ButtonType RESTORE = new ButtonType(Messages.get("withdrawn.restore"), ButtonBar.ButtonData.OK_DONE);

    WithdrawnDialog(Window owner, List<Item> withdrawn) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("withdrawn.title"));
        WithdrawnListController list = Fxml.loadInto(getDialogPane(), "withdrawn.fxml",
                type -> new WithdrawnListController(withdrawn));
        getDialogPane().getButtonTypes().setAll(RESTORE, Buttons.CLOSE);
        getDialogPane().lookupButton(RESTORE).setId("restore-item");
        getDialogPane().lookupButton(RESTORE).disableProperty().bind(list.noneChosen());
        CjkFonts.apply(getDialogPane());
        OwnedWindows.dialog(this);
        setResultConverter(button -> button == RESTORE ? list.chosen() : null);
    }

    /** Shows the dialog and waits; the item to restore, or empty. */
    Optional<Item> choose() {
        return showAndWait();
    }
}
