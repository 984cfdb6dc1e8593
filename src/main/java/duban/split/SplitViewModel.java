package duban.split;

import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 分解: the rows of sub-items to split an item into, checked row by row, and the save through the
 * {@link SplitStore} on the store thread. No nodes: {@link SplitView} shows it.
 */
public final class SplitViewModel {

    private final Item parent;
    private final List<Unit> units;
    private final LocalDate today;
    private final SplitStore store;
    private final TaskRunner tasks;
    private final ObservableList<SubItemRow> rows = FXCollections.observableArrayList(row -> new Observable[] {
            row.titleProperty(), row.leadUnitProperty(), row.assistUnitProperty(), row.ownerProperty(),
            row.deadline().dateProperty(), row.deadline().malformedProperty()});
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");

    public SplitViewModel(Item parent, List<Unit> units, Clock clock, SplitStore store, TaskRunner tasks) {
        this.parent = parent;
        this.units = List.copyOf(units);
        this.today = LocalDate.now(clock);
        this.store = store;
        this.tasks = tasks;
        rows.addListener((javafx.collections.ListChangeListener<SubItemRow>) change -> validate());
        addRow();
    }

    private void validate() {
        boolean allValid = !rows.isEmpty();
        for (SubItemRow row : rows) {
            allValid &= row.validate().isEmpty();
        }
        valid.set(allValid);
    }

    /** 添加子事项: a new row with the parent's deadline. */
    public SubItemRow addRow() {
        SubItemRow row = new SubItemRow(parent, today);
        rows.add(row);
        return row;
    }

    /** 删除: drops {@code row}; the last row stays. */
    public void removeRow(SubItemRow row) {
        if (rows.size() > 1) {
            rows.remove(row);
        }
    }

    /**
     * 保存: splits the parent into the rows' sub-items on the store thread; {@code onSaved} gets the
     * new sub-items. A refusal or failure keeps every row as typed and says why in {@link #saveErrorProperty()}.
     */
    public void save(Consumer<List<Item>> onSaved) {
        if (!valid.get() || saving.get()) {
            return;
        }
        saving.set(true);
        saveError.set("");
        List<ItemDraft> drafts = rows.stream().map(SubItemRow::toDraft).toList();
        long parentId = parent.id();
        int version = parent.version();
        tasks.run(() -> store.split(parentId, version, drafts), created -> {
            saving.set(false);
            onSaved.accept(created);
        }, failure -> {
            saving.set(false);
            String told = FailureText.describe(failure);
            saveError.set(FailureText.isRefusal(failure) ? told : Messages.get("split.saveFailed", told));
        });
    }

    /** 分解事项: “parent title”. */
    public String windowTitle() {
        return Messages.get("split.windowTitle", parent.title());
    }

    public Item parent() {
        return parent;
    }

    /** The units a row may choose, in display order. */
    public List<Unit> units() {
        return units;
    }

    public ObservableList<SubItemRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
