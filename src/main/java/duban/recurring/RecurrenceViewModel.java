package duban.recurring;

import duban.domain.Item;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.recurrence.RecurrencePeriod;
import duban.domain.recurrence.RecurrenceRule;
import duban.i18n.Messages;
import duban.ui.forms.FormModel;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The 设为定期督办 form: the kind of rule and its value (a day of the month, a date of the year, a
 * number of working days), the rule they make, and a preview of the next three deadlines by the
 * office's holiday calendar, so that the officer sees what the rule will do before saving it.
 */
public final class RecurrenceViewModel implements FormModel<RecurrenceRule> {

    private static final int PREVIEW_COUNT = 3;
    private static final DateTimeFormatter PREVIEW_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd（EEE）",
            Messages.LOCALE);

    private final Item item;
    private final HolidayCalendar calendar;
    private final ObjectProperty<RecurrenceKind> kind = new SimpleObjectProperty<>(this, "kind",
            RecurrenceKind.MONTHLY_DAY);
    private final StringProperty value = new SimpleStringProperty(this, "value", "25");
    private final ObjectBinding<Optional<RecurrenceRule>> rule;
    private final BooleanBinding valid;
    private final StringBinding valueError;
    private final StringBinding valueHint;
    private final StringBinding preview;

    /** @param calendar the office's holiday calendar, for the preview */
    public RecurrenceViewModel(Item item, HolidayCalendar calendar) {
        this.item = item;
        this.calendar = calendar;
        kind.addListener((observable, old, chosen) -> value.set(chosen.defaultValue()));
        rule = Bindings.createObjectBinding(this::readRule, kind, value);
        valid = Bindings.createBooleanBinding(() -> rule.get().isPresent(), rule);
        valueError = Bindings.createStringBinding(() -> rule.get().isPresent() || value.get().isBlank() ? ""
                : kind.get().invalidValue(), rule, value);
        valueHint = Bindings.createStringBinding(() -> kind.get().hint(), kind);
        preview = Bindings.createStringBinding(() -> rule.get().map(this::previewOf)
                .orElse(Messages.get("recurring.preview.none")), rule);
    }

    private Optional<RecurrenceRule> readRule() {
        String text = value.get() == null ? "" : value.get().strip();
        return switch (kind.get()) {
            case MONTHLY_FIRST_WORKING_DAY -> Optional.of(RecurrenceRule.monthlyFirstWorkingDay());
            case YEARLY -> RecurrenceRule.tryParse("YEARLY:" + text.replace('月', '-').replace("日", ""));
            default -> RecurrenceRule.tryParse(kind.get().name() + ":" + text);
        };
    }

    private String previewOf(RecurrenceRule chosen) {
        List<RecurrencePeriod> next = chosen.preview(item.assignedOn(), PREVIEW_COUNT, calendar);
        return Messages.get("recurring.preview", chosen.describe(), next.stream()
                .map(period -> period.deadline().format(PREVIEW_DATE)).collect(Collectors.joining("，")));
    }

    @Override
    public String windowTitle() {
        return Messages.get("recurring.title", item.title());
    }

    /** The item, as the form names it. */
    public String subject() {
        return Messages.get("recurring.subject", item.title(), item.assignedOn().toString());
    }

    @Override
    public ObservableBooleanValue validProperty() {
        return valid;
    }

    @Override
    public RecurrenceRule toInput() {
        return rule.get().orElseThrow();
    }

    public ObjectProperty<RecurrenceKind> kindProperty() {
        return kind;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObservableStringValue valueErrorProperty() {
        return valueError;
    }

    public ObservableStringValue valueHintProperty() {
        return valueHint;
    }

    /** 每月25日：接下来的期限 2026-04-27（周一），…. */
    public ObservableStringValue previewProperty() {
        return preview;
    }

    /** Whether the value field applies to the chosen kind (每月第一个工作日 needs none). */
    public BooleanBinding valueNeededProperty() {
        return Bindings.createBooleanBinding(() -> kind.get().needsValue(), kind);
    }
}
