package duban.editor;

import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import duban.ui.forms.FieldRules;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a reason dialog asks (撤销督办, 重办, 退回重办): one required reason, named by the case.
 * No nodes, no stores: the board uses the trimmed reason.
 */
public final class ReasonViewModel implements FormModel<String> {

    private final String title;
    private final String headerText;
    private final String promptLabel;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /**
     * @param title       the window title, such as 撤销督办
     * @param headerText  what is about to happen, naming the item
     * @param promptLabel the field's label, such as 撤销原因
     */
    public ReasonViewModel(String title, String headerText, String promptLabel) {
        this.title = title;
        this.headerText = headerText;
        this.promptLabel = promptLabel;
        reason.addListener((observable, before, now) -> validate());
        validate();
    }

    private void validate() {
        error.set(FieldRules.required(reason.get(), promptLabel));
        valid.set(error.get().isEmpty());
    }

    @Override
    public String windowTitle() {
        return title;
    }

    public String headerText() {
        return headerText;
    }

    public String promptLabel() {
        return promptLabel;
    }

    /** The grey text in the empty field: 请写明撤销原因. */
    public String promptText() {
        return Messages.get("reason.prompt", promptLabel);
    }

    /** The reason as typed. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** 请填写撤销原因 while the reason is blank; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /**
     * The reason, trimmed.
     *
     * @throws IllegalStateException while it is blank
     */
    @Override
    public String toInput() {
        if (!valid.get()) {
            throw new IllegalStateException("the reason is blank");
        }
        return reason.get().strip();
    }
}
