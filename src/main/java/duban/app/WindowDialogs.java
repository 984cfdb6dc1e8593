package duban.app;

import duban.domain.Closing;
import duban.board.BoardPrompts;
import duban.board.BoardViewModel;
import duban.board.ItemDialogs;
import duban.domain.Item;
import duban.domain.Source;
import duban.domain.Status;
import duban.editor.ClosingDialog;
import duban.editor.EditorDialog;
import duban.editor.EditorStore;
import duban.editor.ReasonDialog;
import duban.domain.office.OfficeSettings;
import duban.ui.TaskRunner;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The board window's dialogs: what a gesture asks before it is saved (办结销号, 重办 and 撤销 reasons)
 * and the item editor. Each dialog is modal over the board window.
 */
final class WindowDialogs implements BoardPrompts, ItemDialogs {

    private final Supplier<Window> window;
    private final BoardViewModel board;
    private final EditorStore editorStore;
    private final TaskRunner tasks;
    private final Clock clock;
    private OfficeSettings settings = OfficeSettings.defaults();
    /** The 事项来源 a new item starts with: the chosen saved board's, when it keeps one. */
    private Supplier<Optional<Source>> defaultSource = Optional::empty;

    WindowDialogs(Supplier<Window> window, BoardViewModel board, EditorStore editorStore, TaskRunner tasks, Clock clock) {
        this.window = window;
        this.board = board;
        this.editorStore = editorStore;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The office's settings the editor works with (default limits, holiday calendar). */
    void setSettings(OfficeSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Closing> askClosing(Item item) {
        return new ClosingDialog(window.get(), item, clock).showAndWait();
    }

    @Override
    public Optional<String> askReopenReason(Item item, Status to) {
        return ReasonDialog.forReopen(window.get(), item, to).showAndWait();
    }

    @Override
    public Optional<String> askReturnReason(Item item) {
        return ReasonDialog.forSendBack(window.get(), item).showAndWait();
    }

    @Override
    public Optional<String> askWithdrawReason(Item item) {
        return ReasonDialog.forWithdraw(window.get(), item).showAndWait();
    }

    /** Where a new item's default 事项来源 comes from (the chosen saved board). */
    void setDefaultSource(Supplier<Optional<Source>> source) {
        this.defaultSource = source;
    }

    @Override
    public Optional<Item> createItem(Window owner) {
        EditorDialog editor = EditorDialog.forNew(owner, board.units(), clock, settings, editorStore, tasks);
        defaultSource.get().ifPresent(editor.viewModel().sourceProperty()::set);
        return editor.showAndWait();
    }

    @Override
    public Optional<Item> editItem(Window owner, Item item) {
        return EditorDialog.forItem(owner, item, board.units(), clock, settings, editorStore, tasks).showAndWait();
    }
}
