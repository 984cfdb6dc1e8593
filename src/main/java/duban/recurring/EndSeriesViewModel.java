package duban.recurring;

import duban.domain.Item;
import duban.domain.RecurrenceWords;
import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** The 结束定期督办 form: the reason, which is required and goes into the history. */
public final class EndSeriesViewModel implements FormModel<String> {

    private final Item item;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> reason.get() != null && !reason.get().isBlank(), reason);

    public EndSeriesViewModel(Item item) {
        this.item = item;
    }

    @Override
    public String windowTitle() {
        return Messages.get("recurring.end.title", item.title());
    }

    /** The series, as the form names it. */
    public String subject() {
        return Messages.get("recurring.end.subject", item.title(), item.links().recurrenceRule() == null ? ""
                : RecurrenceWords.describe(item.links().recurrenceRule()).orElse(""));
    }

    @Override
    public ObservableBooleanValue validProperty() {
        return valid;
    }

    @Override
    public String toInput() {
        return reason.get().strip();
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
