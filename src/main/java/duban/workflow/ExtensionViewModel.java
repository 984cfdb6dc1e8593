package duban.workflow;

import duban.domain.Extension;
import duban.domain.Item;
import duban.ui.forms.DateField;
import duban.ui.forms.FieldRules;
import duban.ui.forms.DateText;
import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a 延期 asks: 新的办理时限 (after the deadline the unit works to now), 延期原因, 批准人 (the
 * 责任领导 by default) and 批准日期 (today by default, not in the future, not before the 交办日期),
 * all required; and, as the user types, what the approval date means for assessment (see
 * {@link Extension#countsForAssessment}). No nodes, no stores: the board saves the
 * {@link ExtensionInput} with the item's version.
 */
public final class ExtensionViewModel implements FormModel<ExtensionInput> {

    private final Item item;
    private final LocalDate today;
    private final DateField newDeadline = new DateField(null);
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty approver = new SimpleStringProperty(this, "approver", "");
    private final DateField approvedOn;
    private final ReadOnlyStringWrapper deadlineError = new ReadOnlyStringWrapper(this, "deadlineError", "");
    private final ReadOnlyStringWrapper deadlineHint = new ReadOnlyStringWrapper(this, "deadlineHint", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper approverError = new ReadOnlyStringWrapper(this, "approverError", "");
    private final ReadOnlyStringWrapper approvedOnError = new ReadOnlyStringWrapper(this, "approvedOnError", "");
    private final ReadOnlyStringWrapper consequence = new ReadOnlyStringWrapper(this, "consequence", "");
    private final ReadOnlyBooleanWrapper countsForAssessment = new ReadOnlyBooleanWrapper(this, "countsForAssessment");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public ExtensionViewModel(Item item, Clock clock) {
        this.item = item;
        this.today = LocalDate.now(clock);
        this.approvedOn = new DateField(today);
        approver.set(item.leaderName().orElse(""));
        newDeadline.dateProperty().addListener((observable, before, now) -> validate());
        newDeadline.malformedProperty().addListener((observable, before, now) -> validate());
        approvedOn.dateProperty().addListener((observable, before, now) -> validate());
        approvedOn.malformedProperty().addListener((observable, before, now) -> validate());
        reason.addListener((observable, before, now) -> validate());
        approver.addListener((observable, before, now) -> validate());
        validate();
    }

    private void validate() {
        validateDeadline();
        reasonError.set(FieldRules.required(reason.get(), Messages.get("extension.field.reason")));
        approverError.set(FieldRules.name(approver.get(), Messages.get("extension.field.approver")));
        approvedOnError.set(FieldRules.pastDate(approvedOn, Messages.get("extension.field.approvedOn"), today,
                item.assignedOn()));
        explainConsequence();
        valid.set(deadlineError.get().isEmpty() && reasonError.get().isEmpty() && approverError.get().isEmpty()
                && approvedOnError.get().isEmpty());
    }

    private void validateDeadline() {
        LocalDate date = newDeadline.getDate();
        LocalDate current = item.currentDeadline();
        String error = "";
        String hint = "";
        if (newDeadline.isBlank()) {
            error = Messages.get("workflow.form.required", Messages.get("extension.field.deadline"));
        } else if (date == null) {
            error = Messages.get("editor.error.dateFormat");
        } else if (!date.isAfter(current)) {
            error = Messages.get("extension.error.notLater", DateText.format(current));
        } else {
            hint = Messages.get("extension.hint.days", String.valueOf(ChronoUnit.DAYS.between(current, date)));
        }
        deadlineError.set(error);
        deadlineHint.set(hint);
    }

    /** The approval date against the deadline the item is assessed by now: the rule of {@link Extension}. */
    private void explainConsequence() {
        LocalDate approved = approvedOn.getDate();
        if (approved == null || !approvedOnError.get().isEmpty()) {
            consequence.set("");
            countsForAssessment.set(false);
            return;
        }
        LocalDate assessed = item.assessmentDeadline();
        boolean counts = Extension.countsForAssessment(approved, assessed);
        countsForAssessment.set(counts);
        consequence.set(counts
                ? Messages.get("extension.consequence.counts")
                : Messages.get("extension.consequence.late", DateText.format(assessed)));
    }

    /** 延期: “item title”. */
    public String windowTitle() {
        return Messages.get("extension.windowTitle", item.title());
    }

    /** The item and its lead unit. */
    public String subject() {
        return Messages.get("extension.subject", item.title(), item.leadUnit().name());
    }

    /**
     * The deadline in force: 当前办理时限 2026-11-30; once extended also the original and the one
     * assessed: 当前办理时限 2026-12-15 (原办理时限 2026-11-15, 按 2026-11-30 考核).
     */
    public String currentDeadlineText() {
        String current = DateText.format(item.currentDeadline());
        return item.isExtended() || !item.assessmentDeadline().equals(item.currentDeadline())
                ? Messages.get("extension.current.extended", current, DateText.format(item.deadline()),
                        DateText.format(item.assessmentDeadline()))
                : Messages.get("extension.current", current);
    }

    public Item item() {
        return item;
    }

    /** The extension to save, trimmed; the board adds the item's id and version. */
    public ExtensionInput toInput() {
        if (!isValid()) {
            throw new IllegalStateException("the extension has invalid fields");
        }
        return new ExtensionInput(newDeadline.getDate(), reason.get().strip(), approver.get().strip(),
                approvedOn.getDate());
    }

    /** 新的办理时限. */
    public DateField newDeadline() {
        return newDeadline;
    }

    /** 延期原因. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** 批准人. */
    public StringProperty approverProperty() {
        return approver;
    }

    /** 批准日期. */
    public DateField approvedOn() {
        return approvedOn;
    }

    public ReadOnlyStringProperty deadlineErrorProperty() {
        return deadlineError.getReadOnlyProperty();
    }

    /** With a valid new deadline: how far it moves the current one (延后 15 天). */
    public ReadOnlyStringProperty deadlineHintProperty() {
        return deadlineHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty approverErrorProperty() {
        return approverError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty approvedOnErrorProperty() {
        return approvedOnError.getReadOnlyProperty();
    }

    /** What the approval date means for 按时办结; empty while the date is not valid. */
    public ReadOnlyStringProperty consequenceProperty() {
        return consequence.getReadOnlyProperty();
    }

    /** Whether, approved on that date, the new deadline is the one assessed. */
    public ReadOnlyBooleanProperty countsForAssessmentProperty() {
        return countsForAssessment.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
