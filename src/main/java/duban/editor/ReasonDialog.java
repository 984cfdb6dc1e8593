package duban.editor;

import duban.domain.Item;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.ui.forms.FormDialog;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks for a required reason ({@code reason-dialog.fxml}): 撤销督办 (撤销原因), 重办 out of 办结销号
 * (重办原因), 退回重办. The result is the trimmed reason; 取消 gives none. It writes nothing itself.
 */
public final class ReasonDialog extends FormDialog<String> {

    /** 确定. */
    public static final ButtonType OK = FormDialog.CONFIRM;

    private final ReasonViewModel viewModel;

    /**
     * @param title       the window title, such as 撤销督办
     * @param headerText  what is about to happen, naming the item
     * @param promptLabel the field's label, such as 撤销原因
     */
    public ReasonDialog(String title, String headerText, String promptLabel) {
        this(null, title, headerText, promptLabel);
    }

    private ReasonDialog(Window owner, String title, String headerText, String promptLabel) {
        this(owner, new ReasonView(new ReasonViewModel(title, headerText, promptLabel)));
    }

    private ReasonDialog(Window owner, ReasonView view) {
        super(owner, "reason", OK, "/reason-dialog.fxml", view);
        this.viewModel = view.viewModel();
    }

    /** A required reason asked over {@code owner} (移除附件 and the like). */
    public static ReasonDialog of(Window owner, String title, String headerText, String promptLabel) {
        return new ReasonDialog(owner, title, headerText, promptLabel);
    }

    /** 撤销督办: the item leaves the board but stays in the ledger and its history. */
    public static ReasonDialog forWithdraw(Window owner, Item item) {
        return new ReasonDialog(owner, Messages.get("reason.withdraw.title"),
                Messages.get("reason.withdraw.header", item.title()), Messages.get("reason.withdraw.prompt"));
    }

    /** 重办: a closed item is taken out of 办结销号 and moved back to column {@code to}. */
    public static ReasonDialog forReopen(Window owner, Item item, Status to) {
        return new ReasonDialog(owner, Messages.get("reason.reopen.title"),
                Messages.get("reason.reopen.header", item.title(), to.label()), Messages.get("reason.reopen.prompt"));
    }

    /** 退回重办: a report that does not hold goes back from 待反馈 to 办理中. */
    public static ReasonDialog forSendBack(Window owner, Item item) {
        return new ReasonDialog(owner, Messages.get("reason.sendBack.title"),
                Messages.get("reason.sendBack.header", item.title()), Messages.get("reason.sendBack.prompt"));
    }

    /** The state behind the form. */
    public ReasonViewModel viewModel() {
        return viewModel;
    }
}
