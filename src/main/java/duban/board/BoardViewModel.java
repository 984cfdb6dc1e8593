package duban.board;

import duban.app.TaskRunner;
import duban.domain.BoardStats;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Status;
import duban.i18n.Messages;
import duban.store.ItemStore;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the board: the cards of each column and the header's figures. It alone talks to
 * the store (through the task runner); the view only binds to it.
 */
public final class BoardViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ItemStore store;
    private final TaskRunner tasks;
    private final Deadlines deadlines;

    private final Map<Status, ObservableList<Card>> columns = new EnumMap<>(Status.class);
    private final Map<Status, ObservableList<Card>> readOnlyColumns = new EnumMap<>(Status.class);
    private final ReadOnlyObjectWrapper<BoardStats> stats = new ReadOnlyObjectWrapper<>(this, "stats", BoardStats.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public BoardViewModel(ItemStore store, TaskRunner tasks, Deadlines deadlines) {
        this.store = store;
        this.tasks = tasks;
        this.deadlines = deadlines;
        for (Status status : Status.values()) {
            ObservableList<Card> cards = FXCollections.observableArrayList();
            columns.put(status, cards);
            readOnlyColumns.put(status, FXCollections.unmodifiableObservableList(cards));
        }
    }

    /** Reads the whole board from the store in the background and shows it. */
    public void reload() {
        loading.set(true);
        summary.set(Messages.get("statusbar.loading"));
        tasks.run(store::loadBoard, this::show, failure -> {
            loading.set(false);
            summary.set("");
            notice.set(Messages.get("statusbar.loadFailed", describe(failure)));
        });
    }

    private void show(List<Item> items) {
        Map<Status, List<Card>> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        // The store returns items by column and position: keep that order.
        for (Item item : items) {
            byStatus.get(item.status()).add(Card.of(item, deadlines));
        }
        byStatus.forEach((status, cards) -> columns.get(status).setAll(cards));
        BoardStats figures = BoardStats.of(items, deadlines);
        stats.set(figures);
        loading.set(false);
        summary.set(Messages.get("statusbar.loaded", figures.total(), LocalTime.now(deadlines.clock()).format(TIME)));
    }

    /** The cards of one column, top to bottom. */
    public ObservableList<Card> cards(Status status) {
        return readOnlyColumns.get(status);
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

    public void showNotice(String text) {
        notice.set(text);
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

    public ObservableValue<String> countText(Status status) {
        return stats.map(s -> Integer.toString(s.count(status)));
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** For tests: the ids of a column's cards in order. */
    List<Long> idsIn(Status status) {
        return Collections.unmodifiableList(columns.get(status).stream().map(Card::id).toList());
    }
}
