package duban.editor;

import duban.ui.Buttons;
import duban.ui.forms.FormDialog;
import duban.ui.TaskRunner;
import duban.domain.Item;
import duban.domain.Unit;
import duban.domain.office.OfficeSettings;
import duban.ui.Fxml;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The item editor's window: {@code editor.fxml} in a {@link FormDialog} with 保存 and 取消. 保存
 * stays disabled while a field is invalid; pressing it saves through the view model and closes the
 * dialog only when the item is in the database, with the saved {@link Item} as result. A failed save keeps the dialog
 * open with everything typed and says why under the form.
 */
public final class EditorDialog extends FormDialog<Item> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;
    /** 取消. */
    public static final ButtonType CANCEL = Buttons.CANCEL;

    private final EditorViewModel viewModel;

    private EditorDialog(Window owner, EditorViewModel viewModel) {
        this(owner, viewModel, new EditorView(viewModel));
    }

    private EditorDialog(Window owner, EditorViewModel viewModel, EditorView view) {
        super(owner, viewModel.windowTitle(), "editor", SAVE, Fxml.root("editor.fxml", Fxml.controller(view)));
        this.viewModel = viewModel;
        setResizable(true);

        Button save = acceptButton();
        save.setId("editor-save");
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        // The dialog must not close on 保存 by itself: it closes once the store has the item.
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(this::setResult, message -> { });
        });
        // 取消 and closing the window give no result. Not while saving: the item would be in the
        // database while the board was told that nothing was saved.
        cancelButton().disableProperty().bind(viewModel.savingProperty());
        setOnCloseRequest(event -> {
            if (viewModel.savingProperty().get()) {
                event.consume();
            }
        });
        focusWhenShown(view.firstField());
        // The save failure's message adds a line under the form: grow the window so that the
        // buttons stay in view.
        DialogPane pane = getDialogPane();
        ChangeListener<String> growForMessage = (observable, before, now) -> Platform.runLater(() -> {
            if (isShowing()) {
                pane.getScene().getWindow().sizeToScene();
            }
        });
        viewModel.saveErrorProperty().addListener(growForMessage);
        // So does the provisional-calendar warning under 办理时限.
        viewModel.deadlineRule().warningProperty().addListener(growForMessage);
    }

    /**
     * The editor of a new item, for the board's 新建 command: deadlines counted by the office's
     * holiday calendar, and the default limit of the source and category picked, from {@code settings}.
     */
    public static EditorDialog forNew(Window owner, List<Unit> units, Clock clock, OfficeSettings settings,
                                      EditorStore store, TaskRunner tasks) {
        return new EditorDialog(owner, EditorViewModel.forNew(units, clock, settings, store, tasks));
    }

    /** The editor of a new item with the {@linkplain OfficeSettings#defaults() default settings}. */
    public static EditorDialog forNew(Window owner, List<Unit> units, Clock clock, EditorStore store, TaskRunner tasks) {
        return forNew(owner, units, clock, OfficeSettings.defaults(), store, tasks);
    }

    /**
     * The editor of an existing item, filled with its fields; saving checks its version. A deadline
     * rule typed is counted by {@code settings}' holiday calendar.
     */
    public static EditorDialog forItem(Window owner, Item item, List<Unit> units, Clock clock, OfficeSettings settings,
                                       EditorStore store, TaskRunner tasks) {
        return new EditorDialog(owner, EditorViewModel.forItem(item, units, clock, settings, store, tasks));
    }

    /** The editor of an existing item with the {@linkplain OfficeSettings#defaults() default settings}. */
    public static EditorDialog forItem(Window owner, Item item, List<Unit> units, Clock clock, EditorStore store,
                                       TaskRunner tasks) {
        return forItem(owner, item, units, clock, OfficeSettings.defaults(), store, tasks);
    }

    /** The state behind the form. */
    public EditorViewModel viewModel() {
        return viewModel;
    }
}
