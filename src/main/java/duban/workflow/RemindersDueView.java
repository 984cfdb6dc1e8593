package duban.workflow;

import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.i18n.Messages;
import duban.ui.Fxml;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 今日待催办: a table of the items to chase today, most urgent first, with 催办 for the selected
 * one (also a double-click or Enter on a row). Its layout is {@code reminders-due.fxml}, whose
 * root and controller it is; it only fills the cells and binds them to its
 * {@link RemindersDueViewModel}; recording the reminder is the board's: {@code onRemind} gets
 * the item, and the board opens {@link ReminderDialog} and saves.
 */
public final class RemindersDueView extends VBox {

    /** The stylesheet of the list and the workflow dialogs, at the root of the class path beside theme.css. */
    public static final String STYLESHEET = WorkflowDialog.STYLESHEET;

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");
    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

    private final RemindersDueViewModel viewModel;
    private final Consumer<Item> onRemind;
    /** The item selected last, kept across recomputations so the selection stays on the same item. */
    private long selectedItemId = -1;

    @FXML private Label title;
    @FXML private Button remind;
    @FXML private TableView<ReminderDue> table;
    @FXML private TableColumn<ReminderDue, String> titleColumn;
    @FXML private TableColumn<ReminderDue, String> unitColumn;
    @FXML private TableColumn<ReminderDue, String> ownerColumn;
    @FXML private TableColumn<ReminderDue, ReminderDue> stateColumn;
    @FXML private TableColumn<ReminderDue, String> countColumn;
    @FXML private TableColumn<ReminderDue, ReminderLevel> levelColumn;

    /** @param onRemind called with the item to chase; the board opens {@link ReminderDialog} and saves */
    public RemindersDueView(RemindersDueViewModel viewModel, Consumer<Item> onRemind) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.onRemind = Objects.requireNonNull(onRemind, "onRemind");
        Fxml.loadInto(this, "reminders-due.fxml", Fxml.controller(this));
    }

    @FXML
    private void initialize() {
        createView();
        initListeners();
    }

    private void createView() {
        title.textProperty().bind(viewModel.titleText());
        table.setItems(viewModel.rows());
        showText(titleColumn, row -> row.item().title());
        showText(unitColumn, row -> row.item().leadUnit().name());
        showText(ownerColumn, row -> row.item().owner());
        showReasons(stateColumn);
        showText(countColumn, row -> Messages.get("reminders.count", String.valueOf(row.reminderCount())));
        showLevels(levelColumn);
        table.setRowFactory(view -> new ReminderRow());
    }

    private void initListeners() {
        remind.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remind.setOnAction(event -> remindSelected());
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && selectedItem().isPresent()) {
                key.consume();
                remindSelected();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                selectedItemId = now.item().id();
            }
        });
        // The rows are recomputed wholesale when the board changes: keep the same item selected.
        viewModel.rows().addListener((ListChangeListener<ReminderDue>) change -> {
            for (int i = 0; i < viewModel.rows().size(); i++) {
                if (viewModel.rows().get(i).item().id() == selectedItemId) {
                    table.getSelectionModel().clearAndSelect(i);
                    return;
                }
            }
        });
    }

    /** Chases the selected item (催办): hands it to the board. */
    public void remindSelected() {
        selectedItem().ifPresent(onRemind);
    }

    /** The item of the selected row. */
    public Optional<Item> selectedItem() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(ReminderDue::item);
    }

    public TableView<ReminderDue> table() {
        return table;
    }

    private static void showText(TableColumn<ReminderDue, String> column, Function<ReminderDue, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
    }

    /** 状态: the reasons, red while overdue, amber when behind on reporting or due soon. */
    private static void showReasons(TableColumn<ReminderDue, ReminderDue> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add(WorkflowStyles.REASON_CELL);
            }

            @Override
            protected void updateItem(ReminderDue row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null;
                setText(shown ? row.reasonText() : null);
                pseudoClassStateChanged(OVERDUE, shown && row.isOverdue());
                pseudoClassStateChanged(BEHIND, shown && !row.isOverdue() && row.isBehindReporting());
                pseudoClassStateChanged(DUE_SOON, shown && !row.isOverdue() && !row.isBehindReporting());
            }
        });
    }

    /** 建议: the suggested 督办单 in its colour and in words. */
    private static void showLevels(TableColumn<ReminderDue, ReminderLevel> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().suggestedLevel()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label chip = new Label();

            {
                chip.getStyleClass().add(WorkflowStyles.LEVEL_CHIP);
                chip.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(ReminderLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(null);
                if (empty || level == null) {
                    setGraphic(null);
                    return;
                }
                chip.setText(level.label());
                chip.getStyleClass().removeAll(WorkflowStyles.allLevels());
                chip.getStyleClass().add(WorkflowStyles.level(level));
                setGraphic(chip);
            }
        });
    }

    /** A row: a double-click chases its item. */
    private final class ReminderRow extends TableRow<ReminderDue> {
        ReminderRow() {
            setOnMouseClicked(click -> {
                if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2
                        && !isEmpty() && getItem() != null) {
                    onRemind.accept(getItem().item());
                }
            });
        }

        @Override
        protected void updateItem(ReminderDue row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(OVERDUE, !empty && row != null && row.isOverdue());
            setId(empty || row == null ? null : "reminder-row-" + row.item().id());
        }
    }
}
