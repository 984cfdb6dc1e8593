package duban.split;

import duban.domain.Item;
import duban.domain.Unit;
import duban.ui.Buttons;
import duban.ui.Fxml;
import duban.ui.TaskRunner;
import duban.ui.forms.FormDialog;
import java.time.Clock;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.stage.Window;

/**
 * 分解…: {@code split-dialog.fxml} in a dialog with 保存 and 取消. 保存 stays disabled while a row
 * is invalid; pressing it splits the item through the view model and closes the dialog once the
 * sub-items are in the database, with them as result. A refused save keeps every row as typed.
 */
public final class SplitDialog extends FormDialog<List<Item>> {

    private final SplitViewModel viewModel;

    public SplitDialog(Window owner, Item parent, List<Unit> units, Clock clock, SplitStore store, TaskRunner tasks) {
        this(owner, new SplitViewModel(parent, units, clock, store, tasks));
    }

    private SplitDialog(Window owner, SplitViewModel viewModel) {
        this(owner, viewModel, new SplitView(viewModel));
    }

    private SplitDialog(Window owner, SplitViewModel viewModel, SplitView view) {
        super(owner, viewModel.windowTitle(), "split", Buttons.SAVE, Fxml.root("split-dialog.fxml", Fxml.controller(view)),
                "/split.css");
        this.viewModel = viewModel;
        setResizable(true);
        Button save = acceptButton();
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        // Closes once the store has the sub-items, not on the press itself.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(this::setResult);
        });
        cancelButton().disableProperty().bind(viewModel.savingProperty());
        setOnCloseRequest(event -> {
            if (viewModel.savingProperty().get()) {
                event.consume();
            }
        });
        focusWhenShown(view.firstField());
    }

    /** The state behind the form. */
    public SplitViewModel viewModel() {
        return viewModel;
    }
}
