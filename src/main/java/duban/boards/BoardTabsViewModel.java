package duban.boards;

import duban.domain.Source;
import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tabs above the board: 全部事项 and the office's saved boards, which one is chosen, and the
 * gestures on them (保存为看板, rename, new scope, delete, move, the four usual boards in one go).
 * The chosen board's {@link #chosenScopeProperty() scope} is what the board, its header, 单位统计,
 * the projector and the ledger follow.
 */
public final class BoardTabsViewModel {

    private final SavedBoardsPort port;
    private final TaskRunner tasks;
    private final Supplier<BoardScope> currentFilter;
    private final Runnable clearFilter;
    private final Consumer<String> messages;

    private final ObservableList<SavedBoard> boards = FXCollections.observableArrayList();
    private final ObservableList<SavedBoard> readOnlyBoards = FXCollections.unmodifiableObservableList(boards);
    /** The chosen board; {@code null} for 全部事项. */
    private final ObjectProperty<SavedBoard> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObjectBinding<BoardScope> chosenScope =
            Bindings.createObjectBinding(() -> chosen.get() == null ? BoardScope.ALL : chosen.get().scope(), chosen);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanBinding offerUsual = loaded.and(Bindings.isEmpty(boards));

    /**
     * @param port          the saved boards in the store
     * @param tasks         runs the store's work off the FX thread
     * @param currentFilter the filter bar's criteria as a scope (what 保存为看板 saves)
     * @param clearFilter   clears the filter bar once its criteria live in a saved board
     * @param messages      shows a sentence in the board's message bar
     */
    public BoardTabsViewModel(SavedBoardsPort port, TaskRunner tasks, Supplier<BoardScope> currentFilter,
                              Runnable clearFilter, Consumer<String> messages) {
        this.port = Objects.requireNonNull(port, "port");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.currentFilter = Objects.requireNonNull(currentFilter, "currentFilter");
        this.clearFilter = Objects.requireNonNull(clearFilter, "clearFilter");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Reads the saved boards again (at start, and when another PC changed them); the chosen one stays chosen. */
    public void reload() {
        tasks.run(port::list, this::showBoards,
                failure -> messages.accept(Messages.get("boards.loadFailed", FailureText.describe(failure))));
    }

    private void showBoards(List<SavedBoard> list) {
        Long chosenId = chosen.get() == null ? null : chosen.get().id();
        if (!boards.equals(list)) {
            boards.setAll(list); // unchanged (most reads of the board): the tabs stay as they are
        }
        loaded.set(true);
        // The chosen board, as now saved (its scope may have changed); gone elsewhere: 全部事项.
        chosen.set(chosenId == null ? null : find(chosenId).orElse(null));
    }

    private Optional<SavedBoard> find(long id) {
        return boards.stream().filter(board -> board.id() == id).findFirst();
    }

    /** Shows {@code board}'s items ({@code null}: 全部事项). */
    public void choose(SavedBoard board) {
        chosen.set(board);
    }

    /**
     * 保存为看板: saves the filter bar's criteria (within the chosen board's) as a board named
     * {@code name}, chooses it, and clears the filter bar, whose criteria the board now holds.
     */
    public void saveAs(String name) {
        BoardScope scope = chosenScope.get().and(currentFilter.get());
        tasks.run(() -> port.create(name, scope), created -> {
            boards.add(created);
            clearFilter.run();
            chosen.set(created);
            messages.accept(Messages.get("boards.saved", created.name()));
        }, this::refused);
    }

    /** Gives {@code board} a new name. */
    public void rename(SavedBoard board, String newName) {
        tasks.run(() -> port.rename(board.id(), newName), this::replace, this::refused);
    }

    /** Gives {@code board} a new scope. */
    public void updateScope(SavedBoard board, BoardScope scope) {
        tasks.run(() -> port.updateScope(board.id(), scope), this::replace, this::refused);
    }

    private void replace(SavedBoard changed) {
        find(changed.id()).ifPresent(old -> boards.set(boards.indexOf(old), changed));
        if (chosen.get() != null && chosen.get().id() == changed.id()) {
            chosen.set(changed);
        }
    }

    /** Deletes {@code board} (the view only; no item changes); the board shows 全部事项 if it was chosen. */
    public void delete(SavedBoard board) {
        tasks.run(() -> {
            port.delete(board.id());
            return board;
        }, deleted -> {
            boards.removeIf(each -> each.id() == deleted.id());
            if (chosen.get() != null && chosen.get().id() == deleted.id()) {
                chosen.set(null);
            }
            messages.accept(Messages.get("boards.deleted", deleted.name()));
        }, this::refused);
    }

    /** Moves {@code board}'s tab {@code steps} places (negative: left). */
    public void move(SavedBoard board, int steps) {
        List<Long> ids = new ArrayList<>(boards.stream().map(SavedBoard::id).toList());
        int from = ids.indexOf(board.id());
        int to = Math.max(0, Math.min(ids.size() - 1, from + steps));
        if (from < 0 || from == to) {
            return;
        }
        ids.add(to, ids.remove(from));
        tasks.run(() -> port.reorder(ids), this::showBoards, this::refused);
    }

    /** 建立常用看板: 2026年政府工作报告, 领导批示件, 建议提案 and 信访件, in one go. */
    public void createUsualBoards() {
        tasks.run(() -> port.createAll(usualBoards()), made -> {
            reload();
            messages.accept(Messages.get("boards.created", made.size()));
        }, this::refused);
    }

    /** The four boards offices usually keep, by their 事项来源. */
    public static List<SavedBoard> usualBoards() {
        return List.of(
                usual("boards.usual.workReport", BoardScope.ofSources(Source.WORK_REPORT)),
                usual("boards.usual.instructions", BoardScope.ofSources(Source.LEADER_INSTRUCTION)),
                usual("boards.usual.proposals", BoardScope.ofSources(Source.NPC_SUGGESTION, Source.CPPCC_PROPOSAL)),
                usual("boards.usual.petitions", BoardScope.ofSources(Source.PETITION)));
    }

    private static SavedBoard usual(String nameKey, BoardScope scope) {
        return new SavedBoard(0, Messages.get(nameKey), scope, 0);
    }

    private void refused(Throwable failure) {
        messages.accept(Messages.get("boards.failed", FailureText.describe(failure)));
    }

    /** The 事项来源 a new item gets by default: the chosen board's, when it keeps exactly one. */
    public Optional<Source> defaultSource() {
        return chosenScope.get().singleSource();
    }

    /** The saved boards, in tab order. */
    public ObservableList<SavedBoard> boards() {
        return readOnlyBoards;
    }

    /** The chosen board, {@code null} for 全部事项; set it to choose another. */
    public ObjectProperty<SavedBoard> chosenProperty() {
        return chosen;
    }

    /** Which items the chosen board shows ({@link BoardScope#ALL} for 全部事项). */
    public ObjectBinding<BoardScope> chosenScopeProperty() {
        return chosenScope;
    }

    /** True once read and no board is saved: the tabs then offer the four usual boards. */
    public BooleanBinding offerUsualProperty() {
        return offerUsual;
    }
}
