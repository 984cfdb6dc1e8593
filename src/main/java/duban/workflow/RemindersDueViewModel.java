package duban.workflow;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ReportCadence;
import duban.i18n.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of 今日待催办: the board's items that need chasing today, most urgent first. The
 * board hands it its items whenever they change ({@link #setItems}); nothing here reads a store.
 */
public final class RemindersDueViewModel {

    private final ObservableList<ReminderDue> rows = FXCollections.observableArrayList();
    private final ObservableList<ReminderDue> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ObservableValue<String> title =
            Bindings.createStringBinding(() -> Messages.get("reminders.title", String.valueOf(count.get())), count);
    private ReminderQueue queue;
    private List<Item> items = List.of();

    /** @param cadences the reporting cadence per 督办类别 from the settings; missing ones use the defaults */
    public RemindersDueViewModel(Deadlines deadlines, Map<Category, ReportCadence> cadences) {
        this.queue = new ReminderQueue(deadlines, cadences);
    }

    /** With the default cadences ({@link ReportCadence#defaultFor}). */
    public RemindersDueViewModel(Deadlines deadlines) {
        this(deadlines, Map.of());
    }

    /** Recomputes the rows from the board's items (all of them; closed and withdrawn ones are left out). */
    public void setItems(Collection<Item> boardItems) {
        this.items = List.copyOf(boardItems);
        refresh();
    }

    /** New rules from the settings (临期 threshold, cadences): recomputes the rows. */
    public void setRules(Deadlines deadlines, Map<Category, ReportCadence> cadences) {
        this.queue = new ReminderQueue(deadlines, cadences);
        refresh();
    }

    /** Recomputes the rows as of the clock's today, for instance after midnight. */
    public void refresh() {
        rows.setAll(queue.due(items));
        count.set(rows.size());
    }

    /** The items to chase, most urgent first. */
    public ObservableList<ReminderDue> rows() {
        return readOnlyRows;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** 今日待催办 (5). */
    public ObservableValue<String> titleText() {
        return title;
    }

    /** Today's rules, for {@link ReminderDialog}. */
    public ReminderQueue queue() {
        return queue;
    }

    /** The row of item {@code itemId}, if it is on the list. */
    public Optional<ReminderDue> rowOf(long itemId) {
        return rows.stream().filter(row -> row.item().id() == itemId).findFirst();
    }

    /** The item as the list judges it, on the list or not. */
    public ReminderDue assess(Item item) {
        return queue.assess(Objects.requireNonNull(item, "item"));
    }
}
