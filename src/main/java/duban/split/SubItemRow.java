package duban.split;

import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.ui.forms.DateField;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One sub-item in the 分解 form: 事项名称, 牵头单位, 协办单位 (optional), 责任人 and 办理时限. The
 * name follows the unit chosen ("parent title（unit）") until the officer types one of her own.
 */
public final class SubItemRow {

    private final Item parent;
    private final LocalDate today;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Unit> leadUnit = new SimpleObjectProperty<>(this, "leadUnit");
    private final ObjectProperty<Unit> assistUnit = new SimpleObjectProperty<>(this, "assistUnit");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final DateField deadline;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The name this row last offered; a name still equal to it follows the next unit chosen. */
    private String offeredTitle;

    SubItemRow(Item parent, LocalDate today) {
        this.parent = parent;
        this.today = today;
        this.deadline = new DateField(parent.currentDeadline());
        offeredTitle = parent.title();
        title.set(offeredTitle);
        leadUnit.addListener((observable, before, unit) -> {
            if (title.get().strip().equals(offeredTitle)) {
                offeredTitle = unit == null ? parent.title()
                        : Messages.get("split.defaultTitle", parent.title(), unit.name());
                title.set(offeredTitle);
            }
        });
    }

    /** What is wrong with this row, in one Chinese sentence, or an empty string. */
    String validate() {
        String message;
        if (title.get().isBlank()) {
            message = Messages.get("split.error.title");
        } else if (leadUnit.get() == null) {
            message = Messages.get("split.error.unit");
        } else if (assistUnit.get() != null && assistUnit.get().equals(leadUnit.get())) {
            message = Messages.get("split.error.assistIsLead");
        } else if (owner.get().isBlank()) {
            message = Messages.get("split.error.owner");
        } else if (deadline.getDate() == null) {
            message = Messages.get("split.error.deadline");
        } else if (deadline.getDate().isBefore(today)) {
            message = Messages.get("split.error.deadlinePast");
        } else {
            message = "";
        }
        error.set(message);
        return message;
    }

    /** The sub-item's draft: the parent's source, category, 责任领导 and details, assigned today. */
    ItemDraft toDraft() {
        List<Long> assist = assistUnit.get() == null ? List.of() : List.of(assistUnit.get().id());
        return new ItemDraft(title.get().strip(), parent.details(), parent.source(), parent.category(),
                leadUnit.get().id(), assist, owner.get().strip(), parent.leader(), today, deadline.getDate());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Unit> leadUnitProperty() {
        return leadUnit;
    }

    public ObjectProperty<Unit> assistUnitProperty() {
        return assistUnit;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public DateField deadline() {
        return deadline;
    }

    /** The row's message, shown under it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
