package duban.details;

import duban.i18n.FailureText;

import duban.ui.TaskRunner;
import duban.domain.Card;
import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Unit;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the details side panel: the selected item's fields as text, where it stands
 * against its deadline, and its 办理记录 read in the background. Only the latest request counts:
 * a slow history read for an item no longer shown is dropped.
 */
public final class DetailsViewModel {

    private final LongFunction<List<ItemEvent>> historyLoader;
    private final TaskRunner tasks;
    private final Deadlines deadlines;

    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyObjectWrapper<DeadlineState> deadlineState = new ReadOnlyObjectWrapper<>(this, "deadlineState");
    private final ReadOnlyBooleanWrapper withdrawn = new ReadOnlyBooleanWrapper(this, "withdrawn");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    // Kept, not made per call: an unmodifiable view listens weakly, so a dropped one loses its listeners.
    private final ObservableList<DetailField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<HistoryEntry> readOnlyHistory = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyStringWrapper historyMessage = new ReadOnlyStringWrapper(this, "historyMessage", "");
    private final ReadOnlyBooleanWrapper loadingHistory = new ReadOnlyBooleanWrapper(this, "loadingHistory");
    private final ReadOnlyBooleanWrapper historyFailed = new ReadOnlyBooleanWrapper(this, "historyFailed");

    // 事项分解 (issue 17): the shown item's tree, from the board's items; a row's click asks the board to show it.
    private final ObservableList<ItemTreeRows.Row> tree = FXCollections.observableArrayList();
    private List<Item> boardItems = List.of();
    private java.util.function.LongConsumer chooseItem = id -> { };

    /** Identifies the latest history request; a result carrying another one is stale. */
    private Object currentRequest;

    /**
     * @param historyLoader reads an item's events oldest first, such as {@code itemStore::history};
     *                      called through {@code tasks}, never on the FX thread
     */
    public DetailsViewModel(LongFunction<List<ItemEvent>> historyLoader, TaskRunner tasks, Deadlines deadlines) {
        this.historyLoader = Objects.requireNonNull(historyLoader, "historyLoader");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Shows {@code shown}: its fields at once, its history when the background read returns. */
    public void show(Item shown) {
        Objects.requireNonNull(shown, "shown");
        Item previous = item.get();
        boolean sameItem = previous != null && previous.id() == shown.id();
        item.set(shown);
        title.set(shown.title());
        withdrawn.set(shown.withdrawn());
        if (shown.withdrawn()) {
            deadlineState.set(null);
            statusText.set(Messages.get("details.statusLine", shown.status().label(), Messages.get("details.withdrawn")));
        } else {
            Card card = Card.of(shown, deadlines);
            deadlineState.set(card.deadlineState());
            statusText.set(Messages.get("details.statusLine", shown.status().label(), card.dueText()));
        }
        List<DetailField> shownFields = fieldsOf(shown);
        if (!fields.equals(shownFields)) {
            fields.setAll(shownFields);
        }
        if (!sameItem) {
            // Another item's history must not linger under this one; the same item's (re-shown
            // after an edit) stays until the fresh read replaces it, so the panel does not flicker.
            // Loading is said first: the panel then keeps its lines, hidden, for the coming history.
            loadingHistory.set(true);
            history.clear();
            historyMessage.set(Messages.get("details.historyLoading"));
        }
        loadHistory(shown.id());
        showTree();
    }

    /** The board's items changed: the tree of the shown item is drawn from them again. */
    public void setBoardItems(List<Item> items) {
        boardItems = List.copyOf(items);
        showTree();
    }

    /** What a click on a line of the tree does (the board selects that item). */
    public void setOnChooseItem(java.util.function.LongConsumer choose) {
        chooseItem = Objects.requireNonNull(choose, "choose");
    }

    void chooseItem(long itemId) {
        chooseItem.accept(itemId);
    }

    private void showTree() {
        List<ItemTreeRows.Row> rows = item.get() == null ? List.of() : ItemTreeRows.of(item.get(), boardItems, deadlines);
        if (!tree.equals(rows)) {
            tree.setAll(rows);
        }
    }

    /** 事项分解: the parent and its sub-items, when the shown item belongs to a tree. */
    ObservableList<ItemTreeRows.Row> tree() {
        return tree;
    }

    /** Nothing is selected: the panel shows its hint instead of an item. */
    public void clear() {
        currentRequest = null;
        item.set(null);
        title.set("");
        statusText.set("");
        deadlineState.set(null);
        withdrawn.set(false);
        fields.clear();
        tree.clear();
        history.clear();
        historyMessage.set("");
        loadingHistory.set(false);
        historyFailed.set(false);
    }

    private void loadHistory(long itemId) {
        Object request = new Object();
        currentRequest = request;
        loadingHistory.set(true);
        historyFailed.set(false);
        tasks.run(() -> historyLoader.apply(itemId),
                events -> {
                    if (request != currentRequest) {
                        return;
                    }
                    List<HistoryEntry> entries = HistoryFormatter.newestFirst(events);
                    if (!history.equals(entries)) {
                        history.setAll(entries);
                    }
                    historyMessage.set(events.isEmpty() ? Messages.get("details.historyEmpty") : "");
                    loadingHistory.set(false);
                },
                failure -> {
                    if (request != currentRequest) {
                        return;
                    }
                    history.clear();
                    historyMessage.set(Messages.get("details.historyFailed", describe(failure)));
                    historyFailed.set(true);
                    loadingHistory.set(false);
                });
    }

    private static List<DetailField> fieldsOf(Item item) {
        List<DetailField> rows = new ArrayList<>();
        String dash = Messages.get("details.value.dash");
        rows.add(new DetailField("source", Messages.get("details.field.source"), item.source().label()));
        rows.add(new DetailField("category", Messages.get("details.field.category"), item.category().label()));
        rows.add(new DetailField("leadUnit", Messages.get("details.field.leadUnit"), item.leadUnit().name()));
        String assists = item.assistUnits().isEmpty()
                ? Messages.get("details.value.noUnits")
                : item.assistUnits().stream().map(Unit::name).collect(Collectors.joining("、"));
        rows.add(new DetailField("assistUnits", Messages.get("details.field.assistUnits"), assists));
        rows.add(new DetailField("owner", Messages.get("details.field.owner"), textOr(item.owner(), dash)));
        rows.add(new DetailField("leader", Messages.get("details.field.leader"), item.leaderName().orElse(dash)));
        rows.add(new DetailField("assignedOn", Messages.get("details.field.assignedOn"), dateOr(item.assignedOn(), dash)));
        rows.add(new DetailField("deadline", Messages.get("details.field.deadline"), dateOr(item.deadline(), dash)));
        // The workflow around the item: extension, returns, reminders, the latest report.
        if (item.isExtended()) {
            rows.add(new DetailField("workingDeadline", Messages.get("details.field.workingDeadline"),
                    item.currentDeadline().toString()));
            if (!item.assessmentDeadline().equals(item.currentDeadline())) {
                rows.add(new DetailField("assessedDeadline", Messages.get("details.field.assessedDeadline"),
                        item.assessmentDeadline().toString()));
            }
        }
        if (item.returnCount() > 0) {
            rows.add(new DetailField("returnCount", Messages.get("details.field.returnCount"),
                    Messages.get("details.value.times", item.returnCount())));
        }
        if (item.activity().reminderCount() > 0) {
            rows.add(new DetailField("reminders", Messages.get("details.field.reminders"),
                    Messages.get("details.value.reminders", item.activity().reminderCount(),
                            item.activity().lastReminderLevel() == null ? "" : item.activity().lastReminderLevel().label())));
        }
        rows.add(new DetailField("lastReport", Messages.get("details.field.lastReport"),
                item.activity().lastReportOn() == null ? Messages.get("details.value.noReport")
                        : Messages.get("details.value.reports", item.activity().lastReportOn().toString(),
                        item.activity().reportCount())));
        // Closing and withdrawal fields only exist for items that were closed or withdrawn.
        if (item.closedOn() != null) {
            rows.add(new DetailField("closedOn", Messages.get("details.field.closedOn"), item.closedOn().toString()));
        }
        if (isPresent(item.closingNote())) {
            rows.add(new DetailField("closingNote", Messages.get("details.field.closingNote"), item.closingNote().strip()));
        }
        if (item.withdrawn() && isPresent(item.withdrawnReason())) {
            rows.add(new DetailField("withdrawnReason", Messages.get("details.field.withdrawnReason"),
                    item.withdrawnReason().strip()));
        }
        if (isPresent(item.details())) {
            rows.add(new DetailField("details", Messages.get("details.field.details"), item.details().strip()));
        }
        return rows;
    }

    private static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }

    private static String textOr(String text, String fallback) {
        return isPresent(text) ? text.strip() : fallback;
    }

    private static String dateOr(LocalDate date, String fallback) {
        return date == null ? fallback : date.toString();
    }

    private static String describe(Throwable failure) {
        return FailureText.describe(failure);
    }

    /** The item shown, or {@code null} when nothing is selected. */
    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** 督办事项, the panel's heading. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The column and where the item stands, e.g. {@code 办理中 · 逾期 3 天}. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Where the item stands against its deadline, or {@code null} when nothing is shown or it is withdrawn. */
    public ReadOnlyObjectProperty<DeadlineState> deadlineStateProperty() {
        return deadlineState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty withdrawnProperty() {
        return withdrawn.getReadOnlyProperty();
    }

    /** The field rows, in the order of the 台账 (optional ones left out when empty). */
    public ObservableList<DetailField> fields() {
        return readOnlyFields;
    }

    /** The 办理记录, newest first. */
    public ObservableList<HistoryEntry> history() {
        return readOnlyHistory;
    }

    /** What to say instead of (or above) the history: loading, none yet, or why it failed; else empty. */
    public ReadOnlyStringProperty historyMessageProperty() {
        return historyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingHistoryProperty() {
        return loadingHistory.getReadOnlyProperty();
    }

    /** Whether the last history read failed ({@link #historyMessageProperty} says why). */
    public ReadOnlyBooleanProperty historyFailedProperty() {
        return historyFailed.getReadOnlyProperty();
    }
}
