package duban.workflow;

import duban.domain.Item;
import duban.ui.forms.DateField;
import duban.ui.forms.FieldRules;
import duban.ui.forms.DateText;
import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a 办理进展 asks: 进展日期 (today by default, not in the future, not before the 交办日期),
 * 报送人 (the item's 责任人 by default) and 进展内容, all required. No nodes, no stores: the
 * board saves the {@link ReportInput}.
 */
public final class ReportViewModel implements FormModel<ReportInput> {

    private final Item item;
    private final LocalDate today;
    private final DateField reportedOn;
    private final StringProperty reporter = new SimpleStringProperty(this, "reporter", "");
    private final StringProperty content = new SimpleStringProperty(this, "content", "");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final ReadOnlyStringWrapper reporterError = new ReadOnlyStringWrapper(this, "reporterError", "");
    private final ReadOnlyStringWrapper contentError = new ReadOnlyStringWrapper(this, "contentError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    public ReportViewModel(Item item, Clock clock) {
        this.item = item;
        this.today = LocalDate.now(clock);
        this.reportedOn = new DateField(today);
        reporter.set(item.owner() == null ? "" : item.owner());
        // Change listeners on the parsed state, as in the editor: invalidation listeners stop
        // firing for values nobody reads, and the text's listeners may run before the parse.
        reportedOn.dateProperty().addListener((observable, before, now) -> validate());
        reportedOn.malformedProperty().addListener((observable, before, now) -> validate());
        reporter.addListener((observable, before, now) -> validate());
        content.addListener((observable, before, now) -> validate());
        validate();
    }

    private void validate() {
        dateError.set(FieldRules.pastDate(reportedOn, Messages.get("report.field.date"), today, item.assignedOn()));
        reporterError.set(FieldRules.name(reporter.get(), Messages.get("report.field.reporter")));
        contentError.set(FieldRules.required(content.get(), Messages.get("report.field.content")));
        valid.set(dateError.get().isEmpty() && reporterError.get().isEmpty() && contentError.get().isEmpty());
    }

    /** 办理进展: “item title”. */
    public String windowTitle() {
        return Messages.get("report.windowTitle", item.title());
    }

    /** The item, its lead unit and its latest report, under the heading. */
    public String subject() {
        LocalDate last = item.activity().lastReportOn();
        return last == null
                ? Messages.get("report.subject.first", item.title(), item.leadUnit().name())
                : Messages.get("report.subject", item.title(), item.leadUnit().name(), DateText.format(last));
    }

    public Item item() {
        return item;
    }

    /** The report to save, trimmed. */
    public ReportInput toInput() {
        if (!isValid()) {
            throw new IllegalStateException("the progress report has invalid fields");
        }
        return new ReportInput(reportedOn.getDate(), reporter.get().strip(), content.get().strip());
    }

    /** 进展日期. */
    public DateField reportedOn() {
        return reportedOn;
    }

    /** 报送人. */
    public StringProperty reporterProperty() {
        return reporter;
    }

    /** 进展内容. */
    public StringProperty contentProperty() {
        return content;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reporterErrorProperty() {
        return reporterError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contentErrorProperty() {
        return contentError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
