package duban.workflow;

import duban.domain.Item;
import duban.ui.Buttons;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * 催办: records a chase of an item with the colour of its 督办单, preselected to the suggested
 * escalation with the reason under it ({@code reminder-dialog.fxml}). The result is the
 * {@link ReminderInput} for {@code WorkflowStore.addReminder}; 取消 gives none. It writes nothing itself.
 */
public final class ReminderDialog extends WorkflowDialog<ReminderInput> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;

    private final ReminderViewModel viewModel;

    /**
     * @param owner the board's window, or {@code null}
     * @param queue today's rules (deadlines, cadences), as the 今日待催办 list uses them
     */
    public ReminderDialog(Window owner, Item item, ReminderQueue queue) {
        this(owner, new ReminderView(new ReminderViewModel(item, queue)));
    }

    private ReminderDialog(Window owner, ReminderView view) {
        super(owner, "reminder", "/reminder-dialog.fxml", view);
        this.viewModel = view.viewModel();
    }

    public ReminderViewModel viewModel() {
        return viewModel;
    }
}
