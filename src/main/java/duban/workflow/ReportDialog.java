package duban.workflow;

import duban.domain.Item;
import duban.ui.Buttons;
import java.time.Clock;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * 办理进展: records a dated progress report on an item ({@code report-dialog.fxml}). The result is
 * the {@link ReportInput} for {@code WorkflowStore.addReport}; 取消 gives none. It writes nothing itself.
 */
public final class ReportDialog extends WorkflowDialog<ReportInput> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;

    private final ReportViewModel viewModel;

    /** @param owner the board's window, or {@code null} */
    public ReportDialog(Window owner, Item item, Clock clock) {
        this(owner, new ReportView(new ReportViewModel(item, clock)));
    }

    private ReportDialog(Window owner, ReportView view) {
        super(owner, "report", "/report-dialog.fxml", view);
        this.viewModel = view.viewModel();
    }

    public ReportViewModel viewModel() {
        return viewModel;
    }
}
