package duban.settings;

import duban.i18n.FailureText;

import duban.domain.office.OfficeSettings;

import duban.domain.calendar.DefaultLimits;
import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.HolidayCalendar;
import duban.domain.calendar.LineFormatException;
import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.Source;
import duban.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the settings dialog (设置): every setting as a property with its Chinese message,
 * and the holiday calendar being imported. It writes nothing: {@link #toSettings()} gives the new
 * {@link OfficeSettings}, which the board saves. No nodes, so it is tested without the FX toolkit.
 */
public final class SettingsViewModel {

    private final OfficeSettings original;

    private final ObjectProperty<Integer> dueSoonDays = new SimpleObjectProperty<>(this, "dueSoonDays");
    private final ReadOnlyStringWrapper dueSoonError = new ReadOnlyStringWrapper(this, "dueSoonError", "");
    private final ObservableList<LimitRow> limitRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper limitsError = new ReadOnlyStringWrapper(this, "limitsError", "");
    private final Map<Category, CadenceEntry> cadences = new EnumMap<>(Category.class);
    private final Map<Category, BooleanProperty> reportRequired = new EnumMap<>(Category.class);

    private final ReadOnlyObjectWrapper<HolidayCalendar> calendar = new ReadOnlyObjectWrapper<>(this, "calendar");
    private final ReadOnlyStringWrapper calendarText = new ReadOnlyStringWrapper(this, "calendarText");
    private final ReadOnlyBooleanWrapper shippedCalendar = new ReadOnlyBooleanWrapper(this, "shippedCalendar");
    private final ReadOnlyStringWrapper calendarOrigin = new ReadOnlyStringWrapper(this, "calendarOrigin", "");
    private final ReadOnlyStringWrapper coveredYears = new ReadOnlyStringWrapper(this, "coveredYears", "");
    private final ReadOnlyStringWrapper provisionalYears = new ReadOnlyStringWrapper(this, "provisionalYears", "");
    private final ReadOnlyStringWrapper calendarMessage = new ReadOnlyStringWrapper(this, "calendarMessage", "");
    private final ReadOnlyStringWrapper calendarError = new ReadOnlyStringWrapper(this, "calendarError", "");

    private final StringProperty operatorName = new SimpleStringProperty(this, "operatorName", "");
    private final ReadOnlyStringWrapper operatorError = new ReadOnlyStringWrapper(this, "operatorError", "");

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final AttachmentRules attachmentRules;

    /** The dialog over {@code current}, with the attachment rules' defaults. */
    public SettingsViewModel(OfficeSettings current) {
        this(current, duban.domain.attachments.AttachmentSettings.defaults());
    }

    /** The dialog over {@code current} and the office's attachment rules {@code attachments}. */
    public SettingsViewModel(OfficeSettings current, duban.domain.attachments.AttachmentSettings attachments) {
        this.attachmentRules = new AttachmentRules(attachments);
        this.original = Objects.requireNonNull(current, "current");
        dueSoonDays.set(current.dueSoonDays());
        for (Source source : Source.values()) {
            limitRows.add(new LimitRow(source, current.limits()));
        }
        for (Category category : Category.values()) {
            cadences.put(category, new CadenceEntry(category, current.cadenceFor(category)));
            reportRequired.put(category, new SimpleBooleanProperty(this, "reportRequired" + category.name(),
                    current.requiresReportBeforeClosing(category)));
        }
        showCalendar(current.holidayCalendarText(), current.holidayCalendar());
        operatorName.set(current.operatorName());

        List<ObservableValue<?>> inputs = new ArrayList<>();
        inputs.add(dueSoonDays);
        inputs.add(operatorName);
        limitRows.forEach(row -> row.entries().forEach(entry -> inputs.add(entry.errorProperty())));
        cadences.values().forEach(cadence -> inputs.add(cadence.errorProperty()));
        // Change listeners: an invalidation listener stops firing for a value nobody reads.
        inputs.forEach(input -> input.addListener((observable, before, now) -> validate()));
        validate();
    }

    private void validate() {
        Integer days = dueSoonDays.get();
        dueSoonError.set(days == null || days < 0 || days > OfficeSettings.MAX_DUE_SOON_DAYS
                ? Messages.get("settings.dueSoon.error", String.valueOf(OfficeSettings.MAX_DUE_SOON_DAYS)) : "");
        limitsError.set(limitRows.stream().flatMap(row -> row.entries().stream())
                .filter(entry -> !entry.getError().isEmpty())
                .map(entry -> Messages.get("settings.limits.error.line", entry.label(), entry.getError()))
                .collect(Collectors.joining("\n")));
        String name = operatorName.get() == null ? "" : operatorName.get().strip();
        operatorError.set(name.codePointCount(0, name.length()) > OfficeSettings.MAX_OPERATOR_NAME
                ? Messages.get("settings.operator.error", String.valueOf(OfficeSettings.MAX_OPERATOR_NAME)) : "");
        valid.set(dueSoonError.get().isEmpty() && limitsError.get().isEmpty() && operatorError.get().isEmpty()
                && cadences.values().stream().allMatch(CadenceEntry::isValid));
    }

    // ---- the holiday calendar -------------------------------------------------------------------

    /**
     * Reads a calendar file the officer picked. When it is a calendar, it replaces the one shown;
     * otherwise the one shown stays and {@link #calendarErrorProperty()} says what is wrong and where
     * (the {@link LineFormatException}'s message).
     */
    public void importCalendar(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            HolidayCalendar parsed = HolidayCalendar.fromFile(file);
            // fromFile has checked that the bytes are UTF-8; the text is kept as the office wrote it.
            String text = stripByteOrderMark(Files.readString(file, StandardCharsets.UTF_8));
            showCalendar(text, parsed);
            calendarError.set("");
            calendarMessage.set(Messages.get("settings.calendar.imported", name, years(parsed.coveredYears())));
        } catch (LineFormatException unreadable) {
            calendarMessage.set("");
            calendarError.set(Messages.get("settings.calendar.importFailed", name, unreadable.getMessage()));
        } catch (IOException | SecurityException cannotRead) {
            calendarMessage.set("");
            calendarError.set(Messages.get("settings.calendar.cannotRead", name, describe(cannotRead)));
        }
    }

    /** Puts back the calendar shipped with the application. */
    public void resetCalendar() {
        showCalendar(OfficeSettings.shippedCalendarText(), OfficeSettings.shippedCalendar());
        calendarError.set("");
        calendarMessage.set(Messages.get("settings.calendar.resetDone"));
    }

    private void showCalendar(String text, HolidayCalendar parsed) {
        calendarText.set(text);
        calendar.set(parsed);
        boolean shipped = text.equals(OfficeSettings.shippedCalendarText());
        shippedCalendar.set(shipped);
        calendarOrigin.set(shipped ? Messages.get("settings.calendar.origin.shipped")
                : Messages.get("settings.calendar.origin.imported"));
        coveredYears.set(years(parsed.coveredYears()));
        provisionalYears.set(parsed.provisionalYears().isEmpty() ? Messages.get("settings.none")
                : Messages.get("settings.calendar.provisionalYears", years(parsed.provisionalYears())));
    }

    private static String years(Set<Integer> years) {
        // String.valueOf, not MessageFormat's number format, which would print 2,026.
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String describe(Exception failure) {
        return FailureText.describe(failure);
    }

    // ---- the result -----------------------------------------------------------------------------

    /**
     * The settings as edited.
     *
     * @throws IllegalStateException while a setting is invalid
     */
    public OfficeSettings toSettings() {
        if (!valid.get()) {
            throw new IllegalStateException("the settings have invalid values");
        }
        Map<DefaultLimits.Key, DeadlineRule> rules = new LinkedHashMap<>();
        for (LimitRow row : limitRows) {
            for (LimitEntry entry : row.entries()) {
                rules.put(new DefaultLimits.Key(entry.source(), entry.category()), entry.getRule());
            }
        }
        Map<Category, ReportCadence> chosenCadences = new EnumMap<>(Category.class);
        cadences.forEach((category, entry) -> chosenCadences.put(category, entry.cadence()));
        Set<Category> required = EnumSet.noneOf(Category.class);
        reportRequired.forEach((category, checked) -> {
            if (checked.get()) {
                required.add(category);
            }
        });
        return new OfficeSettings(dueSoonDays.get(), chosenCadences, required, new DefaultLimits(rules),
                calendarText.get(), calendar.get(), operatorName.get() == null ? "" : operatorName.get(), List.of());
    }

    // ---- properties -----------------------------------------------------------------------------

    /** The 附件 section: size limit and the categories needing 佐证材料 (saved apart from {@link #toSettings()}). */
    public AttachmentRules attachmentRules() {
        return attachmentRules;
    }

    /** The settings the dialog was opened with. */
    public OfficeSettings original() {
        return original;
    }

    /** Why stored settings could not be read when they were loaded (they then show their defaults). */
    public List<String> loadProblems() {
        return original.problems();
    }

    /** 临期: due within this many days. */
    public ObjectProperty<Integer> dueSoonDaysProperty() {
        return dueSoonDays;
    }

    public ReadOnlyStringProperty dueSoonErrorProperty() {
        return dueSoonError.getReadOnlyProperty();
    }

    /** 操作人: the name this file's history records as who did each step; empty for the computer's account. */
    public StringProperty operatorNameProperty() {
        return operatorName;
    }

    /** Why the 操作人 name cannot be saved, in Chinese; empty while it can. */
    public ReadOnlyStringProperty operatorErrorProperty() {
        return operatorError.getReadOnlyProperty();
    }

    /** The hint under the 操作人 field: what an empty name records (the computer's account). */
    public String operatorHint() {
        String account = OfficeSettings.systemAccount();
        return Messages.get("settings.operator.hint", account.isEmpty() ? Messages.get("settings.none") : account);
    }

    /** The 默认办理时限 table, one row per 事项来源 in the board's order. */
    public ObservableList<LimitRow> limitRows() {
        return FXCollections.unmodifiableObservableList(limitRows);
    }

    /** The cell of a (事项来源, 督办类别) pair. */
    public LimitEntry limit(Source source, Category category) {
        return limitRows.get(source.ordinal()).entry(category);
    }

    /** One line per invalid cell ("领导批示 · 急件: ..."); empty while every cell is a rule. */
    public ReadOnlyStringProperty limitsErrorProperty() {
        return limitsError.getReadOnlyProperty();
    }

    /** The cadence of {@code category}. */
    public CadenceEntry cadence(Category category) {
        return cadences.get(category);
    }

    /** Whether items of {@code category} need a 办理进展 before 办结销号. */
    public BooleanProperty reportRequiredProperty(Category category) {
        return reportRequired.get(category);
    }

    /** Every category's 办结前须有办理进展 box, in 督办类别 order. */
    public Map<Category, BooleanProperty> reportRequired() {
        return Collections.unmodifiableMap(reportRequired);
    }

    public ReadOnlyObjectProperty<HolidayCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    /** The calendar's file text, as it will be stored. */
    public ReadOnlyStringProperty calendarTextProperty() {
        return calendarText.getReadOnlyProperty();
    }

    /** Whether the calendar is the one shipped with the application. */
    public ReadOnlyBooleanProperty shippedCalendarProperty() {
        return shippedCalendar.getReadOnlyProperty();
    }

    /** 内置日历 or 导入的日历. */
    public ReadOnlyStringProperty calendarOriginProperty() {
        return calendarOrigin.getReadOnlyProperty();
    }

    /** The covered years: 2026、2027. */
    public ReadOnlyStringProperty coveredYearsProperty() {
        return coveredYears.getReadOnlyProperty();
    }

    /** The provisional years and what that means, or 无. */
    public ReadOnlyStringProperty provisionalYearsProperty() {
        return provisionalYears.getReadOnlyProperty();
    }

    /** What the last import or reset did, in Chinese; empty after a failure. */
    public ReadOnlyStringProperty calendarMessageProperty() {
        return calendarMessage.getReadOnlyProperty();
    }

    /** Why the last import failed, in Chinese; empty otherwise. */
    public ReadOnlyStringProperty calendarErrorProperty() {
        return calendarError.getReadOnlyProperty();
    }

    /** Whether every setting is valid, so that 保存 may be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
