package duban.board;

import duban.domain.Closing;
import duban.i18n.FailureText;

import duban.domain.Card;

import duban.ui.TaskRunner;
import duban.domain.BoardStats;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.MoveRules;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.domain.ConcurrentChangeException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The state of the board: the cards of each column, the selection, the header's figures, and
 * the changes this window made, for undo and redo. It alone talks to the store (through the task
 * runner); the view only binds to it and forwards gestures.
 *
 * <p>Gestures show at once: a dropped card moves in its list before the store answers, and if
 * the store refuses (another window changed the item), the board is read again and says why.
 */
public final class BoardViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BoardStore store;
    private final TaskRunner tasks;
    private Deadlines deadlines;
    private Function<Category, ReportCadence> cadences = ReportCadence::defaultFor;
    private Set<Category> reportRequiredBeforeClosing = EnumSet.of(Category.KEY);
    private BoardPrompts prompts = BoardPrompts.CANCEL_ALL;

    private final Map<Status, ObservableList<Card>> columns = new EnumMap<>(Status.class);
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final Map<Status, FilteredList<Card>> visibleColumns = new EnumMap<>(Status.class);
    /** Held, not made per call: an unmodifiable view only weakly listens to its list. */
    private final Map<Status, ObservableList<Card>> readOnlyColumns = new EnumMap<>(Status.class);
    private final ObjectProperty<Predicate<Card>> cardFilter = new SimpleObjectProperty<>(this, "cardFilter");
    private final ObjectProperty<Card> selectedCard = new SimpleObjectProperty<>(this, "selectedCard");
    private final ReadOnlyObjectWrapper<BoardStats> stats = new ReadOnlyObjectWrapper<>(this, "stats", BoardStats.EMPTY);
    private final ReadOnlyObjectWrapper<List<Item>> items = new ReadOnlyObjectWrapper<>(this, "items", List.of());
    private final ReadOnlyObjectWrapper<BoardStats> filteredStats = new ReadOnlyObjectWrapper<>(this, "filteredStats", BoardStats.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** Why the board cannot be changed (只读模式), or {@code null} when it can. */
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper(this, "readOnlyReason");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    private final Deque<BoardChange> undoStack = new ArrayDeque<>();
    private final Deque<BoardChange> redoStack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<String> undoDescription = new ReadOnlyObjectWrapper<>(this, "undoDescription");
    private final ReadOnlyObjectWrapper<String> redoDescription = new ReadOnlyObjectWrapper<>(this, "redoDescription");
    /**
     * The version of each item as this window last wrote it, kept on the store thread. Undo and
     * redo expect exactly this version, so that they fail, rather than overwrite, when the item
     * was changed elsewhere meanwhile.
     */
    private final Map<Long, Integer> ownVersions = new ConcurrentHashMap<>();

    public BoardViewModel(BoardStore store, TaskRunner tasks, Deadlines deadlines) {
        this.store = store;
        this.tasks = tasks;
        this.deadlines = deadlines;
        for (Status status : Status.values()) {
            ObservableList<Card> cards = FXCollections.observableArrayList();
            columns.put(status, cards);
            readOnlyColumns.put(status, FXCollections.unmodifiableObservableList(cards));
            FilteredList<Card> visible = new FilteredList<>(cards);
            visible.predicateProperty().bind(cardFilter);
            visibleColumns.put(status, visible);
        }
        // A new filter changes what is shown, not the board: only the filtered figures change.
        cardFilter.addListener((observable, old, filter) -> filteredStats.set(statsOf(shownCards())));
    }

    /** Installs the window's dialogs for gestures that need an answer first. */
    public void setPrompts(BoardPrompts prompts) {
        this.prompts = Objects.requireNonNull(prompts);
    }

    /**
     * Applies the office's settings: the 临期 threshold (in {@code deadlines}), the reporting
     * cadence per category, and which categories need a progress report before closing. The
     * cards are judged afresh at once.
     */
    public void applySettings(Deadlines newDeadlines, Function<Category, ReportCadence> newCadences,
                              Set<Category> newReportRequired) {
        this.deadlines = Objects.requireNonNull(newDeadlines);
        this.cadences = Objects.requireNonNull(newCadences);
        this.reportRequiredBeforeClosing = newReportRequired.isEmpty()
                ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(newReportRequired);
        for (ObservableList<Card> cards : columns.values()) {
            cards.replaceAll(card -> card(card.item()));
        }
        updateStats();
    }

    /** The cadence of reporting for a category, as the settings say. */
    public ReportCadence cadenceFor(Category category) {
        return cadences.apply(category);
    }

    private Card card(Item item) {
        return Card.of(item, deadlines, cadences);
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    // ---- reading ---------------------------------------------------------------------------

    /** Reads the whole board from the store in the background and shows it. */
    public void reload() {
        reload(() -> Snapshot.read(store));
    }

    /**
     * Shows the board as {@code read} gives it, on the background thread: a read begun earlier
     * (at start-up, while the window was being built) or a fresh one.
     */
    public void reload(Callable<Snapshot> read) {
        loading.set(true);
        summary.set(Messages.get("statusbar.loading"));
        tasks.run(read, snapshot -> {
            units.setAll(snapshot.units());
            show(snapshot.items());
        }, failure -> {
            loading.set(false);
            summary.set("");
            notice.set(Messages.get("statusbar.loadFailed", describe(failure)));
        });
    }

    /** What one read of the file gives the board. */
    public record Snapshot(List<Item> items, List<Unit> units) {

        /** Reads the board's items and units; on the store's thread. */
        public static Snapshot read(BoardStore store) {
            return new Snapshot(store.loadBoard(), store.units());
        }
    }

    /** Every unit, in display order, as of the last read (for the editor's choices). */
    public ObservableList<Unit> units() {
        return FXCollections.unmodifiableObservableList(units);
    }

    private void show(List<Item> items) {
        Map<Status, List<Card>> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        // The store returns items by column and position: keep that order.
        for (Item item : items) {
            byStatus.get(item.status()).add(card(item));
        }
        Long selectedId = selectedCard.get() == null ? null : selectedCard.get().id();
        byStatus.forEach((status, cards) -> columns.get(status).setAll(cards));
        loading.set(false);
        updateStats();
        summary.set(Messages.get("statusbar.loaded", stats.get().total(), LocalTime.now(deadlines.clock()).format(TIME)));
        selectedCard.set(selectedId == null ? null : findCard(selectedId).orElse(null));
    }

    /** The visible cards of one column, top to bottom (the filter applied). */
    public ObservableList<Card> cards(Status status) {
        return visibleColumns.get(status);
    }

    /** Every card of one column, whether the filter shows it or not. */
    public ObservableList<Card> allCards(Status status) {
        return readOnlyColumns.get(status);
    }

    public Optional<Card> findCard(long itemId) {
        for (ObservableList<Card> cards : columns.values()) {
            for (Card card : cards) {
                if (card.id() == itemId) {
                    return Optional.of(card);
                }
            }
        }
        return Optional.empty();
    }

    // ---- moving ----------------------------------------------------------------------------

    /**
     * Moves a card to column {@code to}, in front of the card now shown at
     * {@code insertionIndex} of that column (the column's size: at the bottom). The index counts
     * the column as shown, the moving card included, as a drop indicator does.
     */
    public void moveCard(long itemId, Status to, int insertionIndex) {
        if (refusedAsReadOnly()) {
            return;
        }
        Optional<Card> found = findCard(itemId);
        if (found.isEmpty()) {
            return;
        }
        Card card = found.get();
        Item item = card.item();
        Status from = item.status();
        Optional<String> refusal = MoveRules.refusal(item, to, reportRequiredBeforeClosing);
        if (refusal.isPresent()) {
            showMessage(refusal.get());
            return;
        }
        List<Card> target = new ArrayList<>(cards(to));
        int current = indexOf(target, itemId);
        int index = Math.max(0, Math.min(insertionIndex, target.size()));
        if (current >= 0) {
            target.remove(current);
            if (index > current) {
                index--;
            }
        }
        if (from == to && index == current) {
            return; // dropped where it was
        }
        Long previousId = index > 0 ? target.get(index - 1).id() : null;
        Long nextId = index < target.size() ? target.get(index).id() : null;

        List<Card> source = columns.get(from);
        int sourceIndex = indexOf(source, itemId);
        Long fromPreviousId = sourceIndex > 0 ? source.get(sourceIndex - 1).id() : null;
        Long fromNextId = sourceIndex + 1 < source.size() ? source.get(sourceIndex + 1).id() : null;
        int seenVersion = item.version();

        if (MoveRules.returns(from, to)) {
            Optional<String> reason = prompts.askReturnReason(item);
            if (reason.isEmpty()) {
                return;
            }
            place(card(item.movedTo(to, null, null)), previousId, nextId);
            save(new BoardChange.Return(item, fromPreviousId, fromNextId, previousId, nextId, reason.get()),
                    () -> store.sendBack(itemId, Math.max(seenVersion, ownVersions.getOrDefault(itemId, 0)),
                            previousId, nextId, reason.get()));
            return;
        }

        Closing closing = null;
        String note = null;
        if (MoveRules.closes(from, to)) {
            closing = prompts.askClosing(item).orElse(null);
            if (closing == null) {
                return;
            }
        }
        if (MoveRules.reopens(from, to)) {
            note = prompts.askReopenReason(item, to).orElse(null);
            if (note == null) {
                return;
            }
        }
        BoardChange.Move change = new BoardChange.Move(item, fromPreviousId, fromNextId, to, previousId, nextId,
                closing, note);

        Item provisional = item.movedTo(to, closing == null ? null : closing.closedOn(),
                closing == null ? null : closing.note());
        place(card(provisional), previousId, nextId);

        Closing closingToSave = closing;
        String noteToSave = note;
        save(change, () -> store.moveBetween(itemId, Math.max(seenVersion, ownVersions.getOrDefault(itemId, 0)),
                to, previousId, nextId, closingToSave, noteToSave));
    }

    /** Moves the selected card to the next (+1) or previous (-1) column, at the bottom. */
    public void moveSelectedToAdjacentColumn(int direction) {
        if (refusedAsReadOnly()) {
            return;
        }
        Card card = selectedCard.get();
        if (card == null) {
            return;
        }
        int target = card.item().status().ordinal() + direction;
        if (target < 0 || target >= Status.values().length) {
            return;
        }
        Status to = Status.values()[target];
        moveCard(card.id(), to, cards(to).size());
    }

    /** Moves the selected card one place up (-1) or down (+1) in its column. */
    public void moveSelectedWithinColumn(int direction) {
        if (refusedAsReadOnly()) {
            return;
        }
        Card card = selectedCard.get();
        if (card == null) {
            return;
        }
        Status status = card.item().status();
        int index = indexOf(cards(status), card.id());
        if (index < 0) {
            return;
        }
        // The insertion index counts the card itself: one down means in front of the card after next.
        int insertion = direction < 0 ? index - 1 : index + 2;
        if (insertion < 0 || insertion > cards(status).size()) {
            return;
        }
        moveCard(card.id(), status, insertion);
    }

    /** Withdraws the selected card (撤销督办) after asking why. */
    public void withdrawCard(long itemId) {
        if (refusedAsReadOnly()) {
            return;
        }
        Optional<Card> found = findCard(itemId);
        if (found.isEmpty()) {
            return;
        }
        Item item = found.get().item();
        Optional<String> reason = prompts.askWithdrawReason(item);
        if (reason.isEmpty()) {
            return;
        }
        BoardChange.Withdraw change = new BoardChange.Withdraw(item, reason.get());
        columns.get(item.status()).removeIf(card -> card.id() == itemId);
        updateStats();
        int seenVersion = item.version();
        save(change, () -> store.withdraw(itemId, Math.max(seenVersion, ownVersions.getOrDefault(itemId, 0)),
                reason.get()));
    }

    /**
     * Saves a workflow record (办理进展, 催办, 延期) through {@code write}; the card then shows it.
     * These are additions to the item's record, not undoable gestures: a mistaken one is
     * corrected by a further record, and all stay in the history.
     */
    public void recordWorkflow(long itemId, Callable<Item> write, String doneMessage) {
        if (refusedAsReadOnly()) {
            return;
        }
        tasks.run(remembered(write), saved -> {
            show(saved);
            showMessage(doneMessage);
        }, failure -> {
            showMessage(userMessage(failure));
            reload();
        });
    }

    /** Reads the withdrawn items (已撤销) in the background, for the restore list. */
    public void loadWithdrawn(java.util.function.Consumer<List<Item>> onLoaded) {
        tasks.run(store::loadWithdrawn, onLoaded, failure -> showMessage(userMessage(failure)));
    }

    /** Puts a withdrawn item back on the board, at the bottom of the column it left. */
    public void restoreItem(Item withdrawn) {
        if (refusedAsReadOnly()) {
            return;
        }
        save(new BoardChange.Restore(withdrawn), () -> store.restore(withdrawn.id(),
                Math.max(withdrawn.version(), ownVersions.getOrDefault(withdrawn.id(), 0)), null));
    }

    /** Records an item the editor has just registered: it appears in 交办 and can be undone. */
    public void itemCreated(Item created) {
        ownVersions.put(created.id(), created.version());
        show(created);
        remember(new BoardChange.Create(created));
        selectedCard.set(findCard(created.id()).orElse(null));
    }

    /** Records an edit the editor has just saved: the card shows it and it can be undone. */
    public void itemEdited(Item before, Item after) {
        ownVersions.put(after.id(), after.version());
        show(after);
        if (after.version() != before.version()) {
            remember(new BoardChange.Edit(before, after));
        }
        selectedCard.set(findCard(after.id()).orElse(null));
    }

    // ---- undo and redo ---------------------------------------------------------------------

    public void undo() {
        if (refusedAsReadOnly()) {
            return;
        }
        BoardChange change = undoStack.peek();
        if (change == null) {
            return;
        }
        replay(change, () -> change.undo(store, ownVersion(change)), () -> {
            undoStack.pop();
            redoStack.push(change);
            showMessage(Messages.get("undo.undone", change.description()));
        });
    }

    public void redo() {
        if (refusedAsReadOnly()) {
            return;
        }
        BoardChange change = redoStack.peek();
        if (change == null) {
            return;
        }
        replay(change, () -> change.redo(store, ownVersion(change)), () -> {
            redoStack.pop();
            undoStack.push(change);
            showMessage(Messages.get("redo.redone", change.description()));
        });
    }

    private int ownVersion(BoardChange change) {
        Integer version = ownVersions.get(change.itemId());
        if (version == null) {
            throw new ConcurrentChangeException(change.itemId(), change.description());
        }
        return version;
    }

    private void replay(BoardChange change, Callable<Item> write, Runnable onDone) {
        tasks.run(remembered(write), result -> {
            onDone.run();
            updateUndoDescriptions();
            // An undone move may have made the store lay the column out afresh: read it all again.
            reload();
        }, failure -> {
            showMessage(Messages.get("undo.failed", change.description(), userMessage(failure)));
            reload();
        });
    }

    /** The undo button's name for the next undo, such as 撤销: 移动“…”到办理中; null when none. */
    public ReadOnlyObjectProperty<String> undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    private void remember(BoardChange change) {
        undoStack.push(change);
        redoStack.clear();
        updateUndoDescriptions();
    }

    private void updateUndoDescriptions() {
        undoDescription.set(undoStack.isEmpty() ? null : undoStack.peek().description());
        redoDescription.set(redoStack.isEmpty() ? null : redoStack.peek().description());
    }

    // ---- saving ----------------------------------------------------------------------------

    /**
     * {@code write}, then the version it left noted as this window's own (on the store thread,
     * so that a gesture queued right behind it expects that version).
     */
    private Callable<Item> remembered(Callable<Item> write) {
        return () -> {
            Item saved = write.call();
            ownVersions.put(saved.id(), saved.version());
            return saved;
        };
    }

    /** Runs a write on the store thread; on success the change can be undone, on failure the board is read again. */
    private void save(BoardChange change, Callable<Item> write) {
        tasks.run(remembered(write), saved -> {
            show(saved);
            remember(change);
        }, failure -> {
            showMessage(userMessage(failure));
            reload();
        });
    }

    /** Shows a saved item in place of its card (or removes it when withdrawn). */
    private void show(Item saved) {
        for (ObservableList<Card> cards : columns.values()) {
            int index = indexOf(cards, saved.id());
            if (index >= 0) {
                if (saved.withdrawn() || cards != columns.get(saved.status())) {
                    cards.remove(index);
                } else {
                    Card card = card(saved);
                    cards.set(index, card);
                    if (selectedCard.get() != null && selectedCard.get().id() == saved.id()) {
                        selectedCard.set(card);
                    }
                    updateStats();
                    return;
                }
            }
        }
        if (!saved.withdrawn()) {
            columns.get(saved.status()).add(card(saved));
        }
        updateStats();
    }

    /** Puts a card into its column between two neighbours (by id), as the drop showed it. */
    private void place(Card card, Long previousId, Long nextId) {
        boolean wasSelected = selectedCard.get() != null && selectedCard.get().id() == card.id();
        // Found first, then removed by index: removeIf walks each column of thousands through
        // the observable list's change machinery, the columns' filtered lists and their cells.
        for (ObservableList<Card> cards : columns.values()) {
            int shownAt = indexOf(cards, card.id());
            if (shownAt >= 0) {
                cards.remove(shownAt);
            }
        }
        ObservableList<Card> target = columns.get(card.item().status());
        int index;
        if (previousId != null && indexOf(target, previousId) >= 0) {
            index = indexOf(target, previousId) + 1;
        } else if (nextId != null && indexOf(target, nextId) >= 0) {
            index = indexOf(target, nextId);
        } else {
            index = previousId == null ? 0 : target.size();
        }
        target.add(index, card);
        updateStats();
        if (wasSelected) {
            selectedCard.set(card);
        }
    }

    private void updateStats() {
        List<Card> all = new ArrayList<>();
        columns.values().forEach(all::addAll);
        items.set(all.stream().map(Card::item).toList());
        stats.set(statsOf(all));
        filteredStats.set(cardFilter.get() == null ? stats.get() : statsOf(shownCards()));
    }

    /** The cards the columns show, as the filter leaves them (the columns' own filtered lists). */
    private List<Card> shownCards() {
        List<Card> shown = new ArrayList<>();
        for (FilteredList<Card> cards : visibleColumns.values()) {
            shown.addAll(cards);
        }
        return shown;
    }

    /** The figures of cards, by the deadline state each card was judged with. */
    private static BoardStats statsOf(List<Card> cards) {
        return BoardStats.of(cards, Card::item, Card::deadlineState);
    }

    /**
     * Every item on the board, set once per change (a reload, a move, an edit), for the views
     * that follow the board: filter choices, 单位统计, 今日待催办. Listeners hear of a change only
     * when the items differ.
     */
    public ReadOnlyObjectProperty<List<Item>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    // ---- selection, filter, messages -------------------------------------------------------

    /** The card the user selected on the board, or null. */
    public ObjectProperty<Card> selectedCardProperty() {
        return selectedCard;
    }

    /** Which cards the columns show; null shows all. The header's figures stay the whole board's. */
    public ObjectProperty<Predicate<Card>> cardFilterProperty() {
        return cardFilter;
    }

    /** The figures of the cards the filter shows. */
    public ReadOnlyObjectProperty<BoardStats> filteredStatsProperty() {
        return filteredStats.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BoardStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The status bar's summary: how many items, when read. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A message for the user that stays until replaced (demo seeding, failures). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Puts the board in 只读模式 for {@code reason} (the file cannot be written): every change is
     * refused with that reason; looking, filtering, the ledger, exports and the projector still work.
     */
    public void setReadOnly(String reason) {
        readOnlyReason.set(reason);
    }

    public boolean isReadOnly() {
        return readOnlyReason.get() != null;
    }

    /** Why the board is read-only, or {@code null}. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /** In 只读模式, says so (with the reason) and returns true: the caller then changes nothing. */
    public boolean refusedAsReadOnly() {
        if (readOnlyReason.get() == null) {
            return false;
        }
        showMessage(Messages.get("readOnly.refused", readOnlyReason.get()));
        return true;
    }

    public void showNotice(String text) {
        notice.set(text);
    }

    /** The latest message about a gesture (refused, failed, undone), for the banner; null when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void showMessage(String text) {
        message.set(null); // the same text twice must show twice
        message.set(text);
    }

    public void dismissMessage() {
        message.set(null);
    }

    /** 办结率 as shown in the header, e.g. {@code 62.5%}. */
    public ObservableValue<String> completionRateText() {
        return stats.map(s -> s.completionRate().percentText());
    }

    /** The counts behind 办结率, e.g. {@code 14 / 46 项}. */
    public ObservableValue<String> completionDetailText() {
        return stats.map(s -> Messages.get("header.rateDetail", s.closed(), s.total()));
    }

    public ObservableValue<String> onTimeRateText() {
        return stats.map(s -> s.onTimeRate().percentText());
    }

    public ObservableValue<String> onTimeDetailText() {
        return stats.map(s -> Messages.get("header.rateDetail", s.closedOnTime(), s.closed()));
    }

    public ObservableValue<String> overdueText() {
        return stats.map(s -> Integer.toString(s.overdue()));
    }

    public ObservableValue<String> dueSoonText() {
        return stats.map(s -> Integer.toString(s.dueSoon()));
    }

    /** A column's badge: its card count, or "shown/all" while the filter hides some. */
    public ObservableValue<String> columnCountText(Status status) {
        ObservableList<Card> shown = visibleColumns.get(status);
        ObservableList<Card> all = columns.get(status);
        return javafx.beans.binding.Bindings.createStringBinding(() -> shown.size() == all.size()
                ? Integer.toString(all.size()) : shown.size() + "/" + all.size(), shown, all);
    }

    public ObservableValue<String> countText(Status status) {
        return stats.map(s -> Integer.toString(s.count(status)));
    }

    private static int indexOf(List<Card> cards, long itemId) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    static String userMessage(Throwable failure) {
        // A refusal (a rule, a change made elsewhere) is said as it is; a failure as a failed save.
        String told = describe(failure);
        return FailureText.isRefusal(failure) ? told : Messages.get("board.saveFailed", told);
    }

    private static String describe(Throwable failure) {
        return FailureText.describe(failure);
    }

    /** For tests: the ids of a column's visible cards in order. */
    List<Long> idsIn(Status status) {
        return cards(status).stream().map(Card::id).toList();
    }
}
