package duban.settings;

import duban.domain.calendar.DeadlineRule;
import duban.domain.Category;
import duban.domain.Source;
import duban.i18n.Messages;
import duban.ui.forms.ParsedText;
import duban.ui.forms.ParsedTextField;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * One cell of the 默认办理时限 table: the rule typed for a (事项来源, 督办类别) pair, the rule it
 * reads as ({@link DeadlineRule#parse}), and a Chinese message while it reads as none.
 */
public final class LimitEntry {

    private final Source source;
    private final Category category;
    private final ParsedTextField<DeadlineRule> rule;
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper(this, "display", "");

    LimitEntry(Source source, Category category, DeadlineRule initial) {
        this.source = Objects.requireNonNull(source, "source");
        this.category = Objects.requireNonNull(category, "category");
        this.rule = new ParsedTextField<>(LimitEntry::read, initial.describe());
        // A rule as the office writes it ("15 个工作日"), whatever spacing was typed; a typo as typed.
        display.bind(Bindings.createStringBinding(
                () -> rule.getValue() != null ? rule.getValue().describe() : rule.getText(),
                rule.textProperty(), rule.valueProperty()));
    }

    /** Every cell needs a rule: blank and typos are messages. */
    private static ParsedText<DeadlineRule> read(String typed) {
        if (typed.isBlank()) {
            return ParsedText.error(Messages.get("settings.limits.error.required"));
        }
        return DeadlineRule.parse(typed).map(ParsedText::of)
                .orElseGet(() -> ParsedText.error(Messages.get("settings.limits.error.format", typed.strip())));
    }

    public Source source() {
        return source;
    }

    public Category category() {
        return category;
    }

    /** 领导批示 · 急件: which cell this is, for messages. */
    public String label() {
        return Messages.get("settings.limits.cell", source.label(), category.label());
    }

    /** What the officer typed. */
    public StringProperty textProperty() {
        return rule.textProperty();
    }

    public String getText() {
        return rule.getText();
    }

    public void setText(String value) {
        rule.setText(value);
    }

    /** The rule the text reads as, or {@code null} while it reads as none. */
    public ReadOnlyObjectProperty<DeadlineRule> ruleProperty() {
        return rule.valueProperty();
    }

    public DeadlineRule getRule() {
        return rule.getValue();
    }

    /** Why the text is no rule, in Chinese; empty while it is one. */
    public ReadOnlyStringProperty errorProperty() {
        return rule.errorProperty();
    }

    public String getError() {
        return rule.getError();
    }

    /** What the cell shows: the rule in the office's words, or the text as typed while it is none. */
    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }
}
