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
import duban.split.SplitDialog;
import duban.split.SplitStore;
import duban.domain.office.OfficeSettings;
import duban.ui.TaskRunner;
import java.time.Clock;
import java.util.List;
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
    /** Issue 17: which items need 佐证材料 before closing, and how the closing dialog adds it. */
    private java.util.function.Predicate<Item> evidenceRequired = item -> false;
    private duban.attachments.AttachmentActions attachments;
    /** 事项分解's writes; {@code null} until the composition root wires them. */
    private SplitStore splitStore;

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

    /** The closing dialog offers 添加佐证材料… where {@code required} says the item needs it. */
    void setEvidence(java.util.function.Predicate<Item> required, duban.attachments.AttachmentActions actions) {
        this.evidenceRequired = required;
        this.attachments = actions;
    }

    /** 分解… saves through {@code store}. */
    void enableSplitting(SplitStore store) {
        this.splitStore = store;
    }

    @Override
    public Optional<List<Item>> splitItem(Window owner, Item item) {
        if (splitStore == null) {
            return Optional.empty();
        }
        return new SplitDialog(owner, item, board.units(), clock, splitStore, tasks).showAndWait();
    }

    @Override
    public Optional<Closing> askClosing(Item item) {
        ClosingDialog dialog = new ClosingDialog(window.get(), item, clock);
        if (attachments != null && evidenceRequired.test(item)) {
            dialog.viewModel().requireEvidence((owner, added) -> attachments.addEvidence(owner, item, added));
        }
        return dialog.showAndWait();
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
