package duban.workflow;

import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.ui.forms.DateField;
import duban.ui.forms.FieldRules;
import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a 催办 asks: 催办日期 (today by default, not in the future, not before the 交办日期),
 * 催办方式 (督办单 by default), the 督办单 colour (the suggested one by default, with the reason
 * for it) and an optional 备注. No nodes, no stores: the board saves the {@link ReminderInput}.
 */
public final class ReminderViewModel implements FormModel<ReminderInput> {

    private final ReminderDue assessment;
    private final LocalDate today;
    private final DateField remindedOn;
    private final ObjectProperty<ReminderMethod> method =
            new SimpleObjectProperty<>(this, "method", ReminderMethod.SUPERVISION_NOTICE);
    private final ObjectProperty<ReminderLevel> level = new SimpleObjectProperty<>(this, "level");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final ReadOnlyStringWrapper methodError = new ReadOnlyStringWrapper(this, "methodError", "");
    private final ReadOnlyStringWrapper levelError = new ReadOnlyStringWrapper(this, "levelError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** The item judged by {@code queue} (its deadlines, cadences and today). */
    public ReminderViewModel(Item item, ReminderQueue queue) {
        this.assessment = queue.assess(item);
        this.today = queue.today();
        this.remindedOn = new DateField(today);
        level.set(assessment.suggestedLevel());
        remindedOn.dateProperty().addListener((observable, before, now) -> validate());
        remindedOn.malformedProperty().addListener((observable, before, now) -> validate());
        method.addListener((observable, before, now) -> validate());
        level.addListener((observable, before, now) -> validate());
        validate();
    }

    private void validate() {
        dateError.set(FieldRules.pastDate(remindedOn, Messages.get("reminder.field.date"), today,
                assessment.item().assignedOn()));
        methodError.set(method.get() == null ? Messages.get("workflow.form.choose", Messages.get("reminder.field.method")) : "");
        levelError.set(level.get() == null ? Messages.get("workflow.form.choose", Messages.get("reminder.field.level")) : "");
        valid.set(dateError.get().isEmpty() && methodError.get().isEmpty() && levelError.get().isEmpty());
    }

    /** 催办: “item title”. */
    public String windowTitle() {
        return Messages.get("reminder.windowTitle", item().title());
    }

    /** The item, its lead unit and 责任人, and how it stands (逾期 3 天、进展逾期 5 天; 已催办 2 次). */
    public String subject() {
        Item item = item();
        String standing = assessment.isDue() ? assessment.reasonText() : assessment.state().label();
        return Messages.get("reminder.subject", item.title(), item.leadUnit().name(), item.owner(), standing,
                String.valueOf(assessment.reminderCount()));
    }

    public Item item() {
        return assessment.item();
    }

    /** The item as judged for this reminder. */
    public ReminderDue assessment() {
        return assessment;
    }

    /** The colour {@link ReminderLevel#suggest} gives; the level starts there. */
    public ReminderLevel suggestedLevel() {
        return assessment.suggestedLevel();
    }

    /** Why that colour: 已逾期 3 天, 建议红色督办单. */
    public String suggestionText() {
        return assessment.suggestionText();
    }

    /** The reminder to save; a blank 备注 is none. */
    public ReminderInput toInput() {
        if (!isValid()) {
            throw new IllegalStateException("the reminder has invalid fields");
        }
        String text = note.get();
        return new ReminderInput(remindedOn.getDate(), method.get(), level.get(),
                FieldRules.isBlank(text) ? null : text.strip());
    }

    /** 催办日期. */
    public DateField remindedOn() {
        return remindedOn;
    }

    /** 催办方式. */
    public ObjectProperty<ReminderMethod> methodProperty() {
        return method;
    }

    /** 督办单颜色. */
    public ObjectProperty<ReminderLevel> levelProperty() {
        return level;
    }

    /** 备注, optional. */
    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty methodErrorProperty() {
        return methodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelErrorProperty() {
        return levelError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
