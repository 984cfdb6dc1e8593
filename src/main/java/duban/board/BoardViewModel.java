package duban.board;

import duban.domain.BoardStats;
import duban.domain.Card;
import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ReportCadence;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import duban.domain.ItemLinks;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board's state and gestures, the one class the view talks to. It coordinates the columns
 * ({@link BoardColumns}), the gestures on cards ({@link CardMoves}), the writes and their undo
 * ({@link BoardWrites}, {@link UndoHistory}), the header's figures ({@link HeaderFigures}) and
 * 只读模式 ({@link ReadOnlyMode}). Only it and its parts talk to the store, through its port and
 * the task runner; the view only binds to it and forwards gestures.
 *
 * <p>Gestures show at once: a dropped card moves in its list before the store answers, and if
 * the store refuses (another window changed the item), the board is read again and says why.
 */
public final class BoardViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter OFFLINE_SINCE = DateTimeFormatter.ofPattern("HH:mm");

    private final BoardStore store;
    private final TaskRunner tasks;
    private Deadlines deadlines;
    private Function<Category, ReportCadence> cadences = ReportCadence::defaultFor;

    private final BoardColumns columns = new BoardColumns(this::card);
    private final UndoHistory history = new UndoHistory();
    private final HeaderFigures figures = new HeaderFigures(columns.statsProperty());
    private final ReadOnlyMode readOnly = new ReadOnlyMode();
    private final BoardWrites writes;
    private final CardMoves moves;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** Whether a read of the board has succeeded (issue 18: only then can an empty board be told apart). */
    private final ReadOnlyBooleanWrapper readOnce = new ReadOnlyBooleanWrapper(this, "read");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper offline = new ReadOnlyStringWrapper(this, "offline");
    /** The notice a failed read left, cleared by the next read that succeeds. */
    private String lastLoadFailure;
    /** When the board was last read (the status bar's time), or {@code null} before the first read. */
    private String loadedAt;

    public BoardViewModel(BoardStore store, TaskRunner tasks, Deadlines deadlines) {
        this.store = store;
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.writes = new BoardWrites(store, tasks, columns, history, this::showMessage, this::reload);
        this.moves = new CardMoves(columns, store, history, writes::save, this::showMessage);
        columns.statsProperty().addListener((observable, old, stats) -> showSummary());
    }

    /** Installs the window's dialogs for gestures that need an answer first. */
    public void setPrompts(BoardPrompts prompts) {
        moves.setPrompts(prompts);
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
        moves.setReportRequiredBeforeClosing(newReportRequired);
        columns.rejudge();
    }

    /** The cadence of reporting for a category, as the settings say. */
    public ReportCadence cadenceFor(Category category) {
        return cadences.apply(category);
    }

    /**
     * 事项分解: shows the sub-items just split off {@code parent} at the bottom of 交办, and the
     * parent's 子事项 a/b 办结 counting them (new sub-items are open), without reading the board again.
     */
    public void subItemsCreated(Item parent, List<Item> created) {
        for (Item child : created) {
            history.noteOwnVersion(child);
            columns.show(child);
        }
        ItemLinks links = findCard(parent.id()).map(card -> card.item().links()).orElse(parent.links());
        ItemLinks counted = new ItemLinks(links.parentId(), links.childCount() + created.size(),
                links.closedChildCount(), links.seriesId(), links.recurrenceRule(), links.seriesEnded(),
                links.attachmentCount(), links.evidenceCount());
        findCard(parent.id()).ifPresent(card -> columns.show(card.item().withLinks(counted)));
    }

    /** 事项分解: the cards of {@code parentId}'s sub-items on the board, in the order they were split off. */
    public List<Card> subItemCards(long parentId) {
        return itemsProperty().get().stream()
                .filter(item -> item.links().parentId() != null && item.links().parentId() == parentId)
                .sorted(java.util.Comparator.comparingLong(Item::id))
                .map(this::card).toList();
    }

    /** Selects the card of {@code itemId} (the details panel shows it), when it is on the board. */
    public void selectItem(long itemId) {
        columns.select(itemId);
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
            columns.showAll(snapshot.items());
            if (notice.get() != null && notice.get().equals(lastLoadFailure)) {
                notice.set(""); // read again (the server is back): the failure no longer holds
            }
            loading.set(false);
            readOnce.set(true);
            loadedAt = LocalTime.now(deadlines.clock()).format(TIME);
            showSummary();
        }, failure -> {
            loading.set(false);
            summary.set("");
            // A gesture shown before a write that failed must not stay on the board as if saved.
            columns.showConfirmed();
            lastLoadFailure = Messages.get("statusbar.loadFailed", FailureText.describe(failure));
            notice.set(lastLoadFailure);
        });
    }

    /** 共 N 项督办事项 · the time of the last read: kept current as items are added, moved or withdrawn. */
    private void showSummary() {
        if (loadedAt != null && !loading.get()) {
            summary.set(Messages.get("statusbar.loaded", columns.statsProperty().get().total(), loadedAt));
        }
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

    /** The visible cards of one column, top to bottom (the filter applied). */
    public ObservableList<Card> cards(Status status) {
        return columns.cards(status);
    }

    /** Every card of one column, whether the filter shows it or not. */
    public ObservableList<Card> allCards(Status status) {
        return columns.allCards(status);
    }

    public Optional<Card> findCard(long itemId) {
        return columns.findCard(itemId);
    }

    // ---- moving ----------------------------------------------------------------------------

    /**
     * Moves a card to column {@code to}, in front of the card now shown at
     * {@code insertionIndex} of that column (the column's size: at the bottom). The index counts
     * the column as shown, the moving card included, as a drop indicator does.
     */
    public void moveCard(long itemId, Status to, int insertionIndex) {
        if (!refusedAsReadOnly()) {
            moves.moveCard(itemId, to, insertionIndex);
        }
    }

    /** Moves the selected card to the next (+1) or previous (-1) column, at the bottom. */
    public void moveSelectedToAdjacentColumn(int direction) {
        if (!refusedAsReadOnly()) {
            moves.moveSelectedToAdjacentColumn(direction);
        }
    }

    /** Moves the selected card one place up (-1) or down (+1) in its column. */
    public void moveSelectedWithinColumn(int direction) {
        if (!refusedAsReadOnly()) {
            moves.moveSelectedWithinColumn(direction);
        }
    }

    /** Withdraws the selected card (撤销督办) after asking why. */
    public void withdrawCard(long itemId) {
        if (!refusedAsReadOnly()) {
            moves.withdrawCard(itemId);
        }
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
        writes.record(write, doneMessage);
    }

    /** Reads the withdrawn items (已撤销) in the background, for the restore list. */
    public void loadWithdrawn(Consumer<List<Item>> onLoaded) {
        tasks.run(store::loadWithdrawn, onLoaded, failure -> showMessage(BoardWrites.userMessage(failure)));
    }

    /** Puts a withdrawn item back on the board, at the bottom of the column it left. */
    public void restoreItem(Item withdrawn) {
        if (refusedAsReadOnly()) {
            return;
        }
        writes.save(new BoardChange.Restore(withdrawn), () -> store.restore(withdrawn.id(),
                history.expectedVersion(withdrawn.id(), withdrawn.version()), null));
    }

    /** Records an item the editor has just registered: it appears in 交办 and can be undone. */
    public void itemCreated(Item created) {
        history.noteOwnVersion(created);
        columns.show(created);
        writes.remember(new BoardChange.Create(created));
        columns.select(created.id());
    }

    /** Records an edit the editor has just saved: the card shows it and it can be undone. */
    public void itemEdited(Item before, Item after) {
        history.noteOwnVersion(after);
        columns.show(after);
        if (after.version() != before.version()) {
            writes.remember(new BoardChange.Edit(before, after));
        }
        columns.select(after.id());
    }

    // ---- undo and redo ---------------------------------------------------------------------

    public void undo() {
        if (!refusedAsReadOnly()) {
            writes.undo();
        }
    }

    public void redo() {
        if (!refusedAsReadOnly()) {
            writes.redo();
        }
    }

    /** The undo button's name for the next undo, such as 撤销: 移动“…”到办理中; null when none. */
    public ReadOnlyObjectProperty<String> undoDescriptionProperty() {
        return writes.undoDescriptionProperty();
    }

    public ReadOnlyObjectProperty<String> redoDescriptionProperty() {
        return writes.redoDescriptionProperty();
    }

    // ---- what the view binds to ------------------------------------------------------------

    /**
     * Every item on the board, set once per change (a reload, a move, an edit), for the views
     * that follow the board: filter choices, 单位统计, 今日待催办. Listeners hear of a change only
     * when the items differ.
     */
    public ReadOnlyObjectProperty<List<Item>> itemsProperty() {
        return columns.itemsProperty();
    }

    /**
     * Whether a card is being taken from one column to another right now: a column's selection
     * that changes meanwhile follows the edit of its list, not the user.
     */
    boolean isPlacingCard() {
        return columns.isPlacing();
    }

    /** The card the user selected on the board, or null. */
    public ObjectProperty<Card> selectedCardProperty() {
        return columns.selectedCardProperty();
    }

    /** Which cards the columns show; null shows all. The header's figures stay the whole board's. */
    public ObjectProperty<Predicate<Card>> cardFilterProperty() {
        return columns.cardFilterProperty();
    }

    /**
     * The chosen saved board's items ({@code null}: 全部事项). The columns, the header's figures and
     * {@link #itemsProperty()} (and so 单位统计 and the projector) keep to it; the filter narrows it further.
     */
    public ObjectProperty<Predicate<Item>> boardScopeProperty() {
        return columns.boardScopeProperty();
    }

    /** The figures of the cards the filter shows. */
    public ReadOnlyObjectProperty<BoardStats> filteredStatsProperty() {
        return columns.filteredStatsProperty();
    }

    public ReadOnlyObjectProperty<BoardStats> statsProperty() {
        return columns.statsProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a read of the board has succeeded: before it, an empty board is merely not read yet. */
    public ReadOnlyBooleanProperty readProperty() {
        return readOnce.getReadOnlyProperty();
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
        readOnly.set(reason);
    }

    public boolean isReadOnly() {
        return readOnly.isOn();
    }

    /** Why the board is read-only, or {@code null}. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnly.reasonProperty();
    }

    /** In 只读模式, says so (with the reason) and returns true: the caller then changes nothing. */
    public boolean refusedAsReadOnly() {
        Optional<String> refusal = readOnly.refusal();
        refusal.ifPresent(this::showMessage);
        return refusal.isPresent();
    }

    /**
     * The shared database cannot be reached since {@code since}: the status bar says so until
     * {@link #showOnline()}. The board keeps what it shows; a write meanwhile fails with its own
     * message and changes nothing.
     */
    public void showOffline(LocalTime since) {
        offline.set(Messages.get("live.offline", since.format(OFFLINE_SINCE)));
    }

    /** The shared database answers again (a full read follows). */
    public void showOnline() {
        offline.set(null);
    }

    /** What the status bar says while the shared database cannot be reached, or {@code null}. */
    public ReadOnlyStringProperty offlineProperty() {
        return offline.getReadOnlyProperty();
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
        return figures.completionRateText();
    }

    /** The counts behind 办结率, e.g. {@code 14 / 46 项}. */
    public ObservableValue<String> completionDetailText() {
        return figures.completionDetailText();
    }

    public ObservableValue<String> onTimeRateText() {
        return figures.onTimeRateText();
    }

    public ObservableValue<String> onTimeDetailText() {
        return figures.onTimeDetailText();
    }

    public ObservableValue<String> overdueText() {
        return figures.overdueText();
    }

    public ObservableValue<String> dueSoonText() {
        return figures.dueSoonText();
    }

    /** A column's badge: its card count, or "shown/all" while the filter hides some. */
    public ObservableValue<String> columnCountText(Status status) {
        return columns.columnCountText(status);
    }

    public ObservableValue<String> countText(Status status) {
        return figures.countText(status);
    }

    /** For tests: the ids of a column's visible cards in order. */
    List<Long> idsIn(Status status) {
        return cards(status).stream().map(Card::id).toList();
    }
}
