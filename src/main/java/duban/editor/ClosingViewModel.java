package duban.editor;

import duban.ui.forms.DateField;
import duban.ui.forms.FieldRules;
import duban.ui.forms.FormModel;
import duban.domain.Item;
import duban.i18n.Messages;
import duban.domain.Closing;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What closing an item (办结销号) asks: 办结情况, required, and 办结日期, today by default, not
 * in the future and not before the item's 交办日期. No nodes, no stores: the board makes the move.
 */
public final class ClosingViewModel implements FormModel<Closing> {

    private final Item item;
    private final LocalDate today;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final DateField closedOn;
    private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper(this, "noteError", "");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    /** Why a parent is crossed off while some of its sub-items are still open (事项分解). */
    private final StringProperty openSubItemsReason = new SimpleStringProperty(this, "openSubItemsReason", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    /** Issue 17: the category requires 佐证材料 and the item has none yet (the store refuses too). */
    private final ReadOnlyStringWrapper evidenceMessage = new ReadOnlyStringWrapper(this, "evidenceMessage", "");
    private java.util.function.BiConsumer<javafx.stage.Window, Runnable> evidenceAdder;

    public ClosingViewModel(Item item, Clock clock) {
        this.item = item;
        this.today = LocalDate.now(clock);
        this.closedOn = new DateField(today);
        // Change listeners, not invalidation listeners: those stop firing for a value nobody reads.
        // The parsed state, not the text: the text's listeners may run before the parse.
        note.addListener((observable, before, now) -> validate());
        closedOn.dateProperty().addListener((observable, before, now) -> validate());
        closedOn.malformedProperty().addListener((observable, before, now) -> validate());
        openSubItemsReason.addListener((observable, before, now) -> validate());
        validate();
    }

    private void validate() {
        noteError.set(FieldRules.required(note.get(), Messages.get("closing.field.note")));
        dateError.set(FieldRules.pastDate(closedOn, Messages.get("closing.field.date"), today, item.assignedOn()));
        reasonError.set(asksOpenSubItemsReason()
                ? FieldRules.required(openSubItemsReason.get(), Messages.get("closing.field.openSubItemsReason")) : "");
        valid.set(noteError.get().isEmpty() && dateError.get().isEmpty() && reasonError.get().isEmpty()
                && evidenceAdder == null);
    }

    /**
     * The item's category requires 佐证材料 before closing: when it has none, the form says so and
     * cannot be confirmed until {@code adder} (添加佐证材料…) has stored one and calls back.
     */
    public void requireEvidence(java.util.function.BiConsumer<javafx.stage.Window, Runnable> adder) {
        if (item.links().evidenceCount() == 0) {
            evidenceAdder = adder;
            evidenceMessage.set(Messages.get("closing.evidenceMissing", item.category().label()));
            validate();
        }
    }

    /** 添加佐证材料…, over {@code owner}. */
    public void addEvidence(javafx.stage.Window owner) {
        if (evidenceAdder != null) {
            evidenceAdder.accept(owner, () -> {
                evidenceAdder = null;
                evidenceMessage.set(Messages.get("closing.evidenceAdded"));
                validate();
            });
        }
    }

    /** Why the item cannot be closed yet for want of 佐证材料 (or that one was added); else empty. */
    public ReadOnlyStringProperty evidenceMessageProperty() {
        return evidenceMessage.getReadOnlyProperty();
    }

    /** Whether 添加佐证材料… is still needed. */
    public boolean needsEvidence() {
        return evidenceAdder != null;
    }

    /** The sub-items of this item not yet crossed off, as the board last read them. */
    public int openSubItems() {
        return item.links().openChildCount();
    }

    /** Whether the form asks why the item is crossed off with sub-items still open. */
    public boolean asksOpenSubItemsReason() {
        return openSubItems() > 0;
    }

    /** 办结销号: “item title”. */
    @Override
    public String windowTitle() {
        return Messages.get("closing.windowTitle", item.title());
    }

    public Item item() {
        return item;
    }

    /**
     * The closing the board moves the item with (the store's move): the date and the trimmed note.
     *
     * @throws IllegalStateException when a field is invalid
     */
    @Override
    public Closing toInput() {
        if (!valid.get()) {
            throw new IllegalStateException("the closing has invalid fields");
        }
        return new Closing(closedOn.getDate(), note.get().strip(),
                asksOpenSubItemsReason() ? openSubItemsReason.get().strip() : null);
    }

    /** 办结情况. */
    public StringProperty noteProperty() {
        return note;
    }

    /** 办结日期. */
    public DateField closedOn() {
        return closedOn;
    }

    /** 未办结子事项的销号理由: required while sub-items are open. */
    public StringProperty openSubItemsReasonProperty() {
        return openSubItemsReason;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteErrorProperty() {
        return noteError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
