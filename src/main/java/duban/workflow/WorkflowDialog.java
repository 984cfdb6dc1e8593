package duban.workflow;

import duban.ui.Buttons;
import duban.ui.forms.FormDialog;
import duban.ui.forms.FormView;
import javafx.stage.Window;

/**
 * A workflow form in a dialog (办理进展, 催办, 延期): {@link FormDialog} with 保存, workflow.css and
 * the workflow's own dialog class, which names the three 督办单 colours.
 */
abstract class WorkflowDialog<R> extends FormDialog<R> {

    /** The stylesheet of the workflow dialogs and the 今日待催办 list, at the root of the class path. */
    static final String STYLESHEET = "/workflow.css";

    /** @param fxml the form, a class-path name such as {@code /report-dialog.fxml}, whose controller is {@code view} */
    WorkflowDialog(Window owner, String idPrefix, String fxml, FormView<R> view) {
        super(owner, idPrefix, Buttons.SAVE, fxml, view, STYLESHEET);
    }
}
