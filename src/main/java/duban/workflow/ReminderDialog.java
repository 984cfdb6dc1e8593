package duban.workflow;

import duban.ui.Buttons;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.i18n.Messages;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 催办: records a chase of an item with the colour of its 督办单, preselected to the suggested
 * escalation with the reason under it. The result is the {@link ReminderInput} for
 * {@code WorkflowStore.addReminder}; 取消 gives none. It writes nothing itself.
 */
public final class ReminderDialog extends Dialog<ReminderInput> {

    /** 保存. */
    public static final ButtonType SAVE = Buttons.SAVE;

    private final ReminderViewModel viewModel;
    private final Map<ReminderLevel, ToggleButton> levelButtons = new EnumMap<>(ReminderLevel.class);

    /**
     * @param owner the board's window, or {@code null}
     * @param queue today's rules (deadlines, cadences), as the 今日待催办 list uses them
     */
    public ReminderDialog(Window owner, Item item, ReminderQueue queue) {
        this.viewModel = new ReminderViewModel(item, queue);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(viewModel.windowTitle());

        DatePicker date = new DatePicker();
        date.setId("reminder-date");
        WorkflowForm.bindDate(date, viewModel.remindedOn());
        Label dateError = WorkflowForm.messageLabel("reminder-date-error");
        WorkflowForm.showMessage(date, dateError, viewModel.dateErrorProperty());

        ComboBox<ReminderMethod> method = new ComboBox<>();
        method.setId("reminder-method");
        method.getItems().setAll(ReminderMethod.values());
        method.setCellFactory(list -> new MethodCell());
        method.setButtonCell(new MethodCell());
        method.setMaxWidth(Double.MAX_VALUE);
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        Label methodError = WorkflowForm.messageLabel("reminder-method-error");
        WorkflowForm.showMessage(method, methodError, viewModel.methodErrorProperty());

        HBox levels = levelToggles();
        Label why = new Label(viewModel.suggestionText());
        why.setId("reminder-reason");
        why.getStyleClass().addAll("suggestion-line", levelStyle(viewModel.suggestedLevel()));
        why.setWrapText(true);
        why.setMaxWidth(Double.MAX_VALUE);
        Label levelError = WorkflowForm.messageLabel("reminder-level-error");
        WorkflowForm.showMessage(levels, levelError, viewModel.levelErrorProperty());
        VBox levelCell = new VBox(levels, why, levelError);
        levelCell.getStyleClass().add("field-cell");

        TextArea note = new TextArea();
        note.setId("reminder-note");
        note.setWrapText(true);
        note.setPromptText(Messages.get("reminder.prompt.note"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());

        Label subject = WorkflowForm.subject(viewModel.subject());
        subject.setId("reminder-item");

        var form = WorkflowForm.grid("reminder-form");
        form.add(WorkflowForm.heading(Messages.get("reminder.heading")), 0, 0, 2, 1);
        form.add(subject, 0, 1, 2, 1);
        form.add(WorkflowForm.requiredLabel(Messages.get("reminder.field.date")), 0, 2);
        form.add(WorkflowForm.cell(date, dateError), 1, 2);
        form.add(WorkflowForm.requiredLabel(Messages.get("reminder.field.method")), 0, 3);
        form.add(WorkflowForm.cell(method, methodError), 1, 3);
        form.add(WorkflowForm.requiredLabel(Messages.get("reminder.field.level")), 0, 4);
        form.add(levelCell, 1, 4);
        form.add(WorkflowForm.optionalLabel(Messages.get("reminder.field.note")), 0, 5);
        form.add(WorkflowForm.cell(note, WorkflowForm.messageLabel("reminder-note-message")), 1, 5);

        DialogPane pane = getDialogPane();
        pane.setId("reminder-dialog");
        pane.setContent(form);
        pane.getButtonTypes().setAll(SAVE, Buttons.CANCEL);
        WorkflowForm.apply(pane);
        Button ok = (Button) pane.lookupButton(SAVE);
        ok.setId("reminder-ok");
        ok.disableProperty().bind(viewModel.validProperty().not());
        pane.lookupButton(Buttons.CANCEL).setId("reminder-cancel");

        setResultConverter(button -> button == SAVE && viewModel.isValid() ? viewModel.toInput() : null);
        setOnShown(event -> Platform.runLater(note::requestFocus));
    }

    public ReminderViewModel viewModel() {
        return viewModel;
    }

    /** 蓝 / 黄 / 红, each in its colour; exactly one is always chosen. */
    private HBox levelToggles() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox();
        row.getStyleClass().add("reminder-levels");
        for (ReminderLevel level : ReminderLevel.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("level-swatch");
            ToggleButton button = new ToggleButton(shortLabel(level), swatch);
            button.setId("reminder-level-" + level.name());
            button.getStyleClass().addAll("reminder-level", levelStyle(level));
            button.setUserData(level);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, javafx.scene.layout.Priority.ALWAYS);
            levelButtons.put(level, button);
            row.getChildren().add(button);
        }
        select(group, viewModel.levelProperty().get());
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                // A second click on the chosen colour would leave none: keep it chosen.
                group.selectToggle(before);
            } else {
                viewModel.levelProperty().set((ReminderLevel) now.getUserData());
            }
        });
        viewModel.levelProperty().addListener((observable, before, now) -> select(group, now));
        return row;
    }

    private void select(ToggleGroup group, ReminderLevel level) {
        Toggle toggle = level == null ? null : levelButtons.get(level);
        if (group.getSelectedToggle() != toggle && toggle != null) {
            group.selectToggle(toggle);
        }
    }

    private static String shortLabel(ReminderLevel level) {
        return switch (level) {
            case BLUE -> Messages.get("reminder.level.BLUE");
            case YELLOW -> Messages.get("reminder.level.YELLOW");
            case RED -> Messages.get("reminder.level.RED");
        };
    }

    /** level-blue, level-yellow, level-red: the colour classes of workflow.css. */
    static String levelStyle(ReminderLevel level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT);
    }

    /** A 催办方式 shown by its Chinese label. */
    private static final class MethodCell extends ListCell<ReminderMethod> {
        @Override
        protected void updateItem(ReminderMethod method, boolean empty) {
            super.updateItem(method, empty);
            setText(empty || method == null ? null : method.label());
        }
    }
}
