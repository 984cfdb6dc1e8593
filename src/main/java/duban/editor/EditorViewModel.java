package duban.editor;

import duban.i18n.FailureText;

import duban.ui.forms.DateField;

import duban.ui.TaskRunner;
import duban.domain.calendar.DeadlineRule;
import duban.domain.calendar.DefaultLimits;
import duban.domain.Category;
import duban.domain.FormulaGuard;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.i18n.Messages;
import duban.domain.office.OfficeSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The state of the item editor (督办事项登记/修改): every field as a property, its Chinese
 * validation message, and saving through the {@link EditorStore} on the task runner. It creates
 * no nodes, so it is tested without the FX toolkit.
 *
 * <p>The 办理时限 is a date, or a rule counted from the 交办日期 by the office's holiday calendar
 * ({@link DeadlineRuleField}); a new item takes the office's default limit for the source and
 * category picked until the officer gives a deadline herself. An existing item's deadline is
 * never changed unless she changes it.
 */
public final class EditorViewModel {

    /** The limits of the database's CHECK constraints, counted in characters as SQLite does. */
    public static final int TITLE_MAX = 200;
    public static final int PERSON_MAX = 50;
    public static final int UNIT_NAME_MAX = 100;

    /** Separators that mean several people were typed as 责任人: the rule is 一事一人. */
    private static final Pattern SEVERAL_PEOPLE = Pattern.compile("[、,，;；/／]");

    private final Item original;
    private final EditorStore store;
    private final TaskRunner tasks;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<String> unitNames = FXCollections.observableArrayList();

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty details = new SimpleStringProperty(this, "details", "");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.LEADER_INSTRUCTION);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category", Category.ROUTINE);
    private final StringProperty leadUnitText = new SimpleStringProperty(this, "leadUnitText", "");
    private final ObservableList<Unit> assistUnits = FXCollections.observableArrayList();
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty leader = new SimpleStringProperty(this, "leader", "");
    private final DateField assignedOn;
    private final DateField deadline;
    private final DeadlineRuleField deadlineRule;

    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError", "");
    private final ReadOnlyStringWrapper leadUnitError = new ReadOnlyStringWrapper(this, "leadUnitError", "");
    private final ReadOnlyStringWrapper newUnitHint = new ReadOnlyStringWrapper(this, "newUnitHint", "");
    private final ReadOnlyStringWrapper assistUnitsError = new ReadOnlyStringWrapper(this, "assistUnitsError", "");
    private final ReadOnlyStringWrapper ownerError = new ReadOnlyStringWrapper(this, "ownerError", "");
    private final ReadOnlyStringWrapper leaderError = new ReadOnlyStringWrapper(this, "leaderError", "");
    private final ReadOnlyStringWrapper detailsError = new ReadOnlyStringWrapper(this, "detailsError", "");
    private final ReadOnlyStringWrapper assignedOnError = new ReadOnlyStringWrapper(this, "assignedOnError", "");
    private final ReadOnlyStringWrapper deadlineError = new ReadOnlyStringWrapper(this, "deadlineError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");

    /** The version of the item as last read or saved, for the optimistic-locking check. */
    private int version;

    private EditorViewModel(Item original, List<Unit> existingUnits, Clock clock, OfficeSettings settings,
                            EditorStore store, TaskRunner tasks) {
        Objects.requireNonNull(settings, "settings");
        this.original = original;
        this.store = Objects.requireNonNull(store, "store");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        existingUnits.forEach(this::addKnownUnit);
        if (original == null) {
            assignedOn = new DateField(LocalDate.now(clock));
            deadline = new DateField(null);
        } else {
            addKnownUnit(original.leadUnit());
            original.assistUnits().forEach(this::addKnownUnit);
            title.set(original.title());
            details.set(original.details());
            source.set(original.source());
            category.set(original.category());
            leadUnitText.set(original.leadUnit().name());
            assistUnits.setAll(original.assistUnits());
            owner.set(nullToEmpty(original.owner()));
            leader.set(nullToEmpty(original.leader()));
            assignedOn = new DateField(original.assignedOn());
            deadline = new DateField(original.deadline());
            version = original.version();
        }
        deadlineRule = new DeadlineRuleField(assignedOn, deadline, settings.holidayCalendar());
        if (original == null) {
            // Picking a source or category offers its default limit; the field ignores it once the
            // officer has given a deadline herself. Not at opening: she has picked nothing yet.
            DefaultLimits limits = settings.limits();
            source.addListener((observable, before, now) -> offerDefaultLimit(limits));
            category.addListener((observable, before, now) -> offerDefaultLimit(limits));
        }
        // Change listeners, not invalidation listeners: those stop firing for a value nobody reads.
        // The dates' parsed state, not their text: the text's listeners may run before the parse.
        List<ObservableValue<?>> inputs = List.of(title, details, source, category, leadUnitText, owner, leader,
                assignedOn.dateProperty(), assignedOn.malformedProperty(),
                deadline.dateProperty(), deadline.malformedProperty(), deadlineRule.errorProperty(),
                // The deadline's message depends on its text too (a rule typed as the date). The
                // field's own listener, registered first, has parsed it by then.
                deadline.textProperty());
        for (ObservableValue<?> input : inputs) {
            input.addListener((observable, before, now) -> validate());
        }
        assistUnits.addListener((ListChangeListener<Unit>) change -> validate());
        validate();
    }

    /**
     * The editor of a new item: 交办日期 today by {@code clock}, 领导批示, 常规; deadlines counted by
     * the office's holiday calendar and default limits in {@code settings}.
     */
    public static EditorViewModel forNew(List<Unit> units, Clock clock, OfficeSettings settings, EditorStore store,
                                         TaskRunner tasks) {
        return new EditorViewModel(null, units, clock, settings, store, tasks);
    }

    /** The editor of a new item with the {@linkplain OfficeSettings#defaults() default settings}. */
    public static EditorViewModel forNew(List<Unit> units, Clock clock, EditorStore store, TaskRunner tasks) {
        return forNew(units, clock, OfficeSettings.defaults(), store, tasks);
    }

    /** The editor of an existing item, filled with its fields; rules counted by {@code settings}' calendar. */
    public static EditorViewModel forItem(Item item, List<Unit> units, Clock clock, OfficeSettings settings,
                                          EditorStore store, TaskRunner tasks) {
        return new EditorViewModel(Objects.requireNonNull(item, "item"), units, clock, settings, store, tasks);
    }

    /** The editor of an existing item with the {@linkplain OfficeSettings#defaults() default settings}. */
    public static EditorViewModel forItem(Item item, List<Unit> units, Clock clock, EditorStore store, TaskRunner tasks) {
        return forItem(item, units, clock, OfficeSettings.defaults(), store, tasks);
    }

    private void offerDefaultLimit(DefaultLimits limits) {
        Source chosenSource = source.get();
        Category chosenCategory = category.get();
        if (chosenSource != null && chosenCategory != null) {
            DeadlineRule rule = limits.ruleFor(chosenSource, chosenCategory);
            deadlineRule.offerDefault(rule, chosenSource, chosenCategory);
        }
    }

    private void addKnownUnit(Unit unit) {
        if (units.stream().noneMatch(known -> known.id() == unit.id())) {
            units.add(unit);
            unitNames.add(unit.name());
        }
    }

    // ---- validation ---------------------------------------------------------------------------

    private void validate() {
        titleError.set(requiredText(title.get(), TITLE_MAX, "editor.error.titleRequired", "editor.error.titleTooLong"));
        ownerError.set(ownerMessage());
        leaderError.set(duban.domain.Texts.hasInvalidCharacters(leader.get())
                ? Messages.get("editor.error.controlCharacters")
                : tooLong(leader.get(), PERSON_MAX)
                ? Messages.get("editor.error.leaderTooLong", PERSON_MAX, length(leader.get()))
                : FormulaGuard.refusal(Messages.get("editor.field.leader"), leader.get()));
        detailsError.set(duban.domain.Texts.hasInvalidCharacters(details.get())
                ? Messages.get("editor.error.controlCharacters") : "");
        validateLeadUnit();
        assignedOnError.set(dateMessage(assignedOn, "editor.error.assignedOnRequired"));
        String deadlineMessage = dateMessage(deadline, "editor.error.deadlineRequired");
        if (deadline.getDate() == null && !deadline.isBlank() && DeadlineRule.parse(deadline.getText()).isPresent()) {
            // "15个工作日" typed as the date: say where a rule goes.
            deadlineMessage = Messages.get("editor.error.ruleInDateField", deadline.getText().strip());
        }
        if (deadlineMessage.isEmpty() && assignedOn.getDate() != null
                && deadline.getDate().isBefore(assignedOn.getDate())) {
            deadlineMessage = Messages.get("editor.error.deadlineBeforeAssigned");
        }
        if (deadline.isBlank() && !strip(deadlineRule.getText()).isEmpty()) {
            // A rule is being given: its own message (or 交办日期's) says what is missing.
            deadlineMessage = "";
        }
        deadlineError.set(deadlineMessage);
        valid.set(source.get() != null && category.get() != null
                && titleError.get().isEmpty() && ownerError.get().isEmpty() && leaderError.get().isEmpty()
                && detailsError.get().isEmpty()
                && leadUnitError.get().isEmpty() && assistUnitsError.get().isEmpty()
                && assignedOnError.get().isEmpty() && deadlineError.get().isEmpty()
                && deadline.getDate() != null && deadlineRule.errorProperty().get().isEmpty());
    }

    private String ownerMessage() {
        String message = requiredText(owner.get(), PERSON_MAX, "editor.error.ownerRequired", "editor.error.ownerTooLong");
        if (message.isEmpty() && SEVERAL_PEOPLE.matcher(owner.get()).find()) {
            return Messages.get("editor.error.ownerOnePerson");
        }
        return message.isEmpty() ? FormulaGuard.refusal(Messages.get("editor.field.owner"), owner.get()) : message;
    }

    private void validateLeadUnit() {
        String name = strip(leadUnitText.get());
        Optional<Unit> existing = existingLeadUnit();
        if (name.isEmpty()) {
            leadUnitError.set(Messages.get("editor.error.leadUnitRequired"));
        } else if (existing.isEmpty() && length(name) > UNIT_NAME_MAX) {
            leadUnitError.set(Messages.get("editor.error.leadUnitTooLong", UNIT_NAME_MAX, length(name)));
        } else if (existing.isEmpty()) {
            // A unit already in the directory is only picked; a new name is refused like any name typed.
            leadUnitError.set(FormulaGuard.refusal(Messages.get("editor.field.leadUnit"), name));
        } else {
            leadUnitError.set("");
        }
        newUnitHint.set(leadUnitError.get().isEmpty() && existing.isEmpty()
                ? Messages.get("editor.newUnitHint", name) : "");
        boolean assistIncludesLead = existing.isPresent()
                && assistUnits.stream().anyMatch(unit -> unit.id() == existing.get().id());
        assistUnitsError.set(assistIncludesLead ? Messages.get("editor.error.assistIncludesLead") : "");
    }

    private static String requiredText(String text, int max, String requiredKey, String tooLongKey) {
        if (strip(text).isEmpty()) {
            return Messages.get(requiredKey);
        }
        if (duban.domain.Texts.hasInvalidCharacters(text)) {
            return Messages.get("editor.error.controlCharacters");
        }
        return tooLong(text, max) ? Messages.get(tooLongKey, max, length(text)) : "";
    }

    private static String dateMessage(DateField field, String requiredKey) {
        if (field.isBlank()) {
            return Messages.get(requiredKey);
        }
        // The date, not isMalformed(): validation may run between the two updates of a parse.
        return field.getDate() == null ? Messages.get("editor.error.dateFormat") : "";
    }

    private static boolean tooLong(String text, int max) {
        return length(text) > max;
    }

    /** Characters as the user and SQLite's length() count them, after trimming (the store trims). */
    static int length(String text) {
        String stripped = strip(text);
        return stripped.codePointCount(0, stripped.length());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- what the editor produces ---------------------------------------------------------------

    /** The existing unit whose name is typed or picked as 牵头单位, if any. */
    public Optional<Unit> existingLeadUnit() {
        String name = strip(leadUnitText.get());
        return units.stream().filter(unit -> unit.name().strip().equals(name)).findFirst();
    }

    /** The name of the unit to add on saving, when the 牵头单位 typed is not an existing one. */
    public Optional<String> newLeadUnitName() {
        String name = strip(leadUnitText.get());
        return name.isEmpty() || existingLeadUnit().isPresent() ? Optional.empty() : Optional.of(name);
    }

    /** The kind a new unit gets: 乡镇 when its name ends in 镇 or 乡, otherwise 县直部门. */
    public static UnitKind kindOfNewUnit(String name) {
        String stripped = strip(name);
        return stripped.endsWith("镇") || stripped.endsWith("乡") ? UnitKind.TOWNSHIP : UnitKind.COUNTY_DEPARTMENT;
    }

    /**
     * The fields as a draft with the given 牵头单位 (an existing unit's id, or the id of the unit
     * just added for {@link #newLeadUnitName}).
     *
     * @throws IllegalStateException when a field is invalid
     */
    public ItemDraft toDraft(long leadUnitId) {
        if (!valid.get()) {
            throw new IllegalStateException("the editor has invalid fields");
        }
        String leaderName = strip(leader.get());
        return new ItemDraft(strip(title.get()), strip(details.get()), source.get(), category.get(), leadUnitId,
                assistUnits.stream().map(Unit::id).distinct().toList(), strip(owner.get()),
                leaderName.isEmpty() ? null : leaderName, assignedOn.getDate(), deadline.getDate());
    }

    // ---- saving ---------------------------------------------------------------------------------

    /**
     * Saves on the task runner: adds the new 牵头单位 first if one was typed, then creates or
     * updates the item. Exactly one of the callbacks is called, on the FX thread (or at once for
     * an inline runner). When a field is invalid nothing is written and {@code onError} is told.
     */
    public void save(Consumer<Item> onSaved, Consumer<String> onError) {
        if (!valid.get()) {
            fail(Messages.get("editor.error.fixFirst"), onError);
            return;
        }
        if (saving.get()) {
            return;
        }
        saving.set(true);
        saveError.set("");
        Optional<String> newUnit = newLeadUnitName();
        if (newUnit.isPresent()) {
            String name = newUnit.get();
            tasks.run(() -> store.addUnit(name, kindOfNewUnit(name)),
                    unit -> {
                        // Known from now on: a retry after a failed item save must not add it twice.
                        addKnownUnit(unit);
                        saveItem(unit.id(), onSaved, onError);
                    },
                    failure -> fail(describe(failure), onError));
        } else {
            saveItem(existingLeadUnit().orElseThrow().id(), onSaved, onError);
        }
    }

    private void saveItem(long leadUnitId, Consumer<Item> onSaved, Consumer<String> onError) {
        ItemDraft draft = toDraft(leadUnitId);
        long itemId = original == null ? 0 : original.id();
        int expectedVersion = version;
        tasks.run(() -> original == null ? store.create(draft) : store.update(itemId, expectedVersion, draft),
                item -> {
                    version = item.version();
                    saving.set(false);
                    onSaved.accept(item);
                },
                failure -> fail(describe(failure), onError));
    }

    private void fail(String message, Consumer<String> onError) {
        saving.set(false);
        saveError.set(message);
        onError.accept(message);
    }

    /** A Chinese sentence for a failed save; the stores' own messages are already Chinese. */
    static String describe(Throwable failure) {
        String told = FailureText.describe(failure);
        return FailureText.isRefusal(failure) ? told : Messages.get("editor.saveFailed", told);
    }

    // ---- properties -----------------------------------------------------------------------------

    public boolean isNew() {
        return original == null;
    }

    /** 新建督办事项 or 编辑督办事项. */
    public String windowTitle() {
        return isNew() ? Messages.get("editor.windowNew") : Messages.get("editor.windowEdit");
    }

    /** The item being edited, or {@code null} for a new one. */
    public Item original() {
        return original;
    }

    /** Every unit that can be picked, in display order (units added while saving included). */
    public ObservableList<Unit> units() {
        return FXCollections.unmodifiableObservableList(units);
    }

    /** The names of {@link #units()}, for the 牵头单位 list. */
    public ObservableList<String> unitNames() {
        return FXCollections.unmodifiableObservableList(unitNames);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** The 牵头单位 as typed or picked: an existing unit's name, or the name of a unit to add. */
    public StringProperty leadUnitTextProperty() {
        return leadUnitText;
    }

    /** The 协办单位 checked. */
    public ObservableList<Unit> assistUnits() {
        return assistUnits;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty leaderProperty() {
        return leader;
    }

    public DateField assignedOn() {
        return assignedOn;
    }

    public DateField deadline() {
        return deadline;
    }

    /** The 办理时限 as a rule counted from the 交办日期 (see {@link DeadlineRuleField}). */
    public DeadlineRuleField deadlineRule() {
        return deadlineRule;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leadUnitErrorProperty() {
        return leadUnitError.getReadOnlyProperty();
    }

    /** “将新增单位: xxx” while the 牵头单位 typed is not an existing unit; empty otherwise. */
    public ReadOnlyStringProperty newUnitHintProperty() {
        return newUnitHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty assistUnitsErrorProperty() {
        return assistUnitsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownerErrorProperty() {
        return ownerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsErrorProperty() {
        return detailsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leaderErrorProperty() {
        return leaderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty assignedOnErrorProperty() {
        return assignedOnError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineErrorProperty() {
        return deadlineError.getReadOnlyProperty();
    }

    /** Whether every field is valid, so that 保存 may be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** Whether a save is under way (保存 stays disabled meanwhile). */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the last save failed, in Chinese; empty when it did not. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
