package duban.workflow;

import duban.domain.Item;
import duban.ui.Buttons;
import java.time.Clock;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * 延期: approves a new deadline for an item, showing the deadline in force and, as the approval
 * date is typed, whether the new deadline will count for assessment ({@code extension-dialog.fxml}).
 * The result is the {@link ExtensionInput} for {@code WorkflowStore.extend}; 取消 gives none. It
 * writes nothing itself.
 */
public final class ExtensionDialog extends WorkflowDialog<ExtensionInput> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;

    private final ExtensionViewModel viewModel;

    /** @param owner the board's window, or {@code null} */
    public ExtensionDialog(Window owner, Item item, Clock clock) {
        this(owner, new ExtensionView(new ExtensionViewModel(item, clock)));
    }

    private ExtensionDialog(Window owner, ExtensionView view) {
        super(owner, "extension", "/extension-dialog.fxml", view);
        this.viewModel = view.viewModel();
    }

    public ExtensionViewModel viewModel() {
        return viewModel;
    }
}
