package duban.settings;

import duban.domain.calendar.DeadlineRule;
import duban.domain.Category;
import duban.domain.Source;
import duban.i18n.Messages;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One cell of the 默认办理时限 table: the rule typed for a (事项来源, 督办类别) pair, the rule it
 * reads as ({@link DeadlineRule#parse}), and a Chinese message while it reads as none.
 */
public final class LimitEntry {

    private final Source source;
    private final Category category;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<DeadlineRule> rule = new ReadOnlyObjectWrapper<>(this, "rule");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper(this, "display", "");

    LimitEntry(Source source, Category category, DeadlineRule initial) {
        this.source = Objects.requireNonNull(source, "source");
        this.category = Objects.requireNonNull(category, "category");
        text.addListener((observable, before, now) -> read(now));
        text.set(initial.describe());
        read(text.get());
    }

    private void read(String typed) {
        DeadlineRule parsed = DeadlineRule.parse(typed).orElse(null);
        rule.set(parsed);
        if (parsed != null) {
            error.set("");
        } else if (typed == null || typed.isBlank()) {
            error.set(Messages.get("settings.limits.error.required"));
        } else {
            error.set(Messages.get("settings.limits.error.format", typed.strip()));
        }
        // A rule as the office writes it ("15 个工作日"), whatever spacing was typed; a typo as typed.
        display.set(parsed != null ? parsed.describe() : typed == null ? "" : typed);
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
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** The rule the text reads as, or {@code null} while it reads as none. */
    public ReadOnlyObjectProperty<DeadlineRule> ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    public DeadlineRule getRule() {
        return rule.get();
    }

    /** Why the text is no rule, in Chinese; empty while it is one. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** What the cell shows: the rule in the office's words, or the text as typed while it is none. */
    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }
}
