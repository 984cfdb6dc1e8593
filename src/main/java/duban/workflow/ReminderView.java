package duban.workflow;

import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.i18n.Messages;
import duban.ui.forms.FormView;
import duban.ui.forms.Forms;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The controller of {@code reminder-dialog.fxml}: binds the 催办 form to its
 * {@link ReminderViewModel}, with one toggle per 督办单 colour, exactly one always chosen.
 */
public final class ReminderView implements FormView<ReminderInput> {

    private final ReminderViewModel viewModel;
    private final ToggleGroup levelGroup = new ToggleGroup();
    private final Map<ReminderLevel, ToggleButton> levelButtons = new EnumMap<>(ReminderLevel.class);

    @FXML private Label subject;
    @FXML private DatePicker date;
    @FXML private Label dateError;
    @FXML private ComboBox<ReminderMethod> method;
    @FXML private Label methodError;
    @FXML private HBox levels;
    @FXML private Label suggestion;
    @FXML private Label levelError;
    @FXML private TextArea note;

    public ReminderView(ReminderViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(viewModel.subject());
        Forms.bindDate(date, viewModel.remindedOn());
        Forms.showMessage(date, dateError, viewModel.dateErrorProperty());

        method.getItems().setAll(ReminderMethod.values());
        method.setCellFactory(list -> new MethodCell());
        method.setButtonCell(new MethodCell());
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        Forms.showMessage(method, methodError, viewModel.methodErrorProperty());

        createLevelToggles();
        suggestion.setText(viewModel.suggestionText());
        suggestion.getStyleClass().add(WorkflowStyles.level(viewModel.suggestedLevel()));
        Forms.showMessage(levels, levelError, viewModel.levelErrorProperty());

        note.textProperty().bindBidirectional(viewModel.noteProperty());
    }

    /** 蓝 / 黄 / 红, each in its colour. */
    private void createLevelToggles() {
        for (ReminderLevel level : ReminderLevel.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add(WorkflowStyles.LEVEL_SWATCH);
            ToggleButton button = new ToggleButton(shortLabel(level), swatch);
            button.setId("reminder-level-" + level.name());
            button.getStyleClass().addAll(WorkflowStyles.REMINDER_LEVEL, WorkflowStyles.level(level));
            button.setUserData(level);
            button.setToggleGroup(levelGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            levelButtons.put(level, button);
            levels.getChildren().add(button);
        }
        select(viewModel.levelProperty().get());
        levelGroup.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                // A second click on the chosen colour would leave none: keep it chosen.
                levelGroup.selectToggle(before);
            } else {
                viewModel.levelProperty().set((ReminderLevel) now.getUserData());
            }
        });
        viewModel.levelProperty().addListener((observable, before, now) -> select(now));
    }

    private void select(ReminderLevel level) {
        Toggle toggle = level == null ? null : levelButtons.get(level);
        if (levelGroup.getSelectedToggle() != toggle && toggle != null) {
            levelGroup.selectToggle(toggle);
        }
    }

    private static String shortLabel(ReminderLevel level) {
        return switch (level) {
            case BLUE -> Messages.get("reminder.level.BLUE");
            case YELLOW -> Messages.get("reminder.level.YELLOW");
            case RED -> Messages.get("reminder.level.RED");
        };
    }

    @Override
    public ReminderViewModel viewModel() {
        return viewModel;
    }

    /** The field the caret starts in. */
    @Override
    public TextArea firstField() {
        return note;
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
