package duban.editor;

import duban.domain.Closing;
import duban.domain.Item;
import duban.ui.forms.FormDialog;
import java.time.Clock;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * 办结销号: asks 办结情况 and 办结日期 before an item is closed ({@code closing-dialog.fxml}). The
 * result is the {@link Closing} to move the item with; 取消 gives none. It writes nothing itself.
 */
public final class ClosingDialog extends FormDialog<Closing> {

    /** 确定. */
    public static final ButtonType OK = FormDialog.CONFIRM;

    private final ClosingViewModel viewModel;

    public ClosingDialog(Window owner, Item item, Clock clock) {
        this(owner, new ClosingView(new ClosingViewModel(item, clock)));
    }

    private ClosingDialog(Window owner, ClosingView view) {
        super(owner, "closing", OK, "/closing-dialog.fxml", view);
        this.viewModel = view.viewModel();
    }

    public ClosingViewModel viewModel() {
        return viewModel;
    }
}
