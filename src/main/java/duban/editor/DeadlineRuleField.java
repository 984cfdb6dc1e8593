package duban.editor;

import duban.ui.forms.DateField;
import duban.ui.forms.DateText;
import duban.ui.forms.ParsedText;
import duban.ui.forms.ParsedTextField;
import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.DeadlineUnit;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.calendar.OutsideCalendarException;
import duban.domain.Category;
import duban.domain.Source;
import duban.i18n.Messages;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * The 办理时限 given as a rule ("15个工作日", "60天", "3个月", "年底") counted from the 交办日期: while
 * the rule reads and can be counted, the date it gives becomes the deadline and is shown as
 * "= 2026-10-12 (15 个工作日)". A date typed or picked by the officer wins: it clears the rule.
 *
 * <p>A new item's rule starts from the office's 默认办理时限 for the source and category picked,
 * until the officer gives a deadline herself (a date or a rule); from then on her deadline stays
 * whatever source or category she picks.
 */
public final class DeadlineRuleField {

    private final DateField assignedOn;
    private final DateField deadline;
    private final HolidayCalendar calendar;

    /** The rule as typed, and the rule it reads as: blank is no rule and no message. */
    private final ParsedTextField<DeadlineRule> rule = new ParsedTextField<>(DeadlineRuleField::read, "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper chosenByOfficer = new ReadOnlyBooleanWrapper(this, "chosenByOfficer");

    /** Set while this class itself changes the rule text or the deadline, so as not to take it for the officer. */
    private boolean applying;
    /** The source and category whose default the rule text is, or {@code null} when the officer typed it. */
    private Source defaultSource;
    private Category defaultCategory;

    DeadlineRuleField(DateField assignedOn, DateField deadline, HolidayCalendar calendar) {
        this.assignedOn = Objects.requireNonNull(assignedOn, "assignedOn");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        rule.textProperty().addListener((observable, before, now) -> {
            if (!applying) {
                chosenByOfficer.set(true);
                defaultSource = null;
                defaultCategory = null;
            }
            compute();
        });
        deadline.textProperty().addListener((observable, before, now) -> {
            if (!applying) {
                // Her date wins: the rule no longer decides the deadline.
                chosenByOfficer.set(true);
                set(() -> rule.setText(""));
            }
        });
        assignedOn.dateProperty().addListener((observable, before, now) -> compute());
    }

    /**
     * Offers the office's default rule for a new item of {@code source} and {@code category}: taken
     * unless the officer has given a deadline herself.
     */
    void offerDefault(DeadlineRule offered, Source source, Category category) {
        if (chosenByOfficer.get() || offered == null) {
            return;
        }
        defaultSource = source;
        defaultCategory = category;
        set(() -> rule.setText(offered.describe()));
        // The text may be the same as before (60 天 for two sources): compute for the new labels anyway.
        compute();
    }

    /** A blank rule is none (the deadline is a date); other text is a rule or a format message. */
    static ParsedText<DeadlineRule> read(String typed) {
        String stripped = typed.strip();
        if (stripped.isEmpty()) {
            return ParsedText.none();
        }
        return DeadlineRule.parse(stripped).map(ParsedText::of)
                .orElseGet(() -> ParsedText.error(Messages.get("editor.error.ruleFormat", stripped)));
    }

    /** Counts the rule read from the 交办日期 and, when it can, makes its date the deadline. */
    private void compute() {
        DeadlineRule counted = rule.getValue();
        if (counted == null) {
            show("", rule.getError(), "");
            return;
        }
        LocalDate from = assignedOn.getDate();
        if (from == null) {
            // 交办日期 has its own message; nothing to count from yet.
            show("", "", "");
            return;
        }
        LocalDate due;
        try {
            due = counted.apply(from, calendar);
        } catch (OutsideCalendarException outside) {
            show("", outside.getMessage(), "");
            return;
        }
        set(() -> deadline.setDate(due));
        String shown = defaultSource == null
                ? Messages.get("editor.deadlineRule.result", DateText.format(due), counted.describe())
                : Messages.get("editor.deadlineRule.resultDefault", DateText.format(due), counted.describe(),
                        defaultSource.label(), defaultCategory.label());
        // Only working days consult the calendar: a provisional year matters to them alone.
        String provisional = counted.unit() == DeadlineUnit.WORKING_DAYS
                ? calendar.provisionalNotice(from, due).orElse("") : "";
        show(shown, "", provisional);
    }

    private void show(String resultText, String errorText, String warningText) {
        result.set(resultText);
        error.set(errorText);
        warning.set(warningText);
    }

    private void set(Runnable change) {
        boolean was = applying;
        applying = true;
        try {
            change.run();
        } finally {
            applying = was;
        }
    }

    /** The rule as typed (or the default offered); empty when the deadline is a date. */
    public StringProperty textProperty() {
        return rule.textProperty();
    }

    public String getText() {
        return rule.getText();
    }

    public void setText(String value) {
        rule.setText(value);
    }

    /** "= 2026-10-12 (15 个工作日)" while the rule gives the deadline; empty otherwise. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * Why the rule gives no deadline, in Chinese: not a rule, or a working-day count that reaches a
     * year the holiday calendar lacks ({@link OutsideCalendarException}'s message). Empty otherwise.
     */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The holiday calendar's provisional-year notice when a working-day count crosses such a year; a warning only. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Whether the officer has given the deadline herself, so defaults no longer apply. */
    public ReadOnlyBooleanProperty chosenByOfficerProperty() {
        return chosenByOfficer.getReadOnlyProperty();
    }
}
