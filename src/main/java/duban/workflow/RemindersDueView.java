package duban.workflow;

import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 今日待催办: a table of the items to chase today, most urgent first, with 催办 for the selected
 * one (also a double-click or Enter on a row). It only builds nodes and binds them to its
 * {@link RemindersDueViewModel}; recording the reminder is the board's: {@code onRemind} gets
 * the item, and the board opens {@link ReminderDialog} and saves.
 */
public final class RemindersDueView extends VBox {

    /** The stylesheet of the list and the workflow dialogs, at the root of the class path beside board.css. */
    public static final String STYLESHEET = WorkflowForm.STYLESHEET;

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");
    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

    private final RemindersDueViewModel viewModel;
    private final Consumer<Item> onRemind;
    private final TableView<ReminderDue> table = new TableView<>();
    private final Button remind = new Button(Messages.get("reminders.remind"));
    /** The item selected last, kept across recomputations so the selection stays on the same item. */
    private long selectedItemId = -1;

    /** @param onRemind called with the item to chase; the board opens {@link ReminderDialog} and saves */
    public RemindersDueView(RemindersDueViewModel viewModel, Consumer<Item> onRemind) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.onRemind = Objects.requireNonNull(onRemind, "onRemind");
        getStyleClass().add("reminders-due-panel");
        getStylesheets().add(WorkflowForm.stylesheet(STYLESHEET));
        createView();
        initListeners();
    }

    private void createView() {
        Label title = new Label();
        title.setId("reminders-due-title");
        title.getStyleClass().add("reminders-title");
        title.textProperty().bind(viewModel.titleText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        remind.setId("remind-selected");
        remind.getStyleClass().add("remind-button");
        HBox header = new HBox(title, spacer, remind);
        header.getStyleClass().add("reminders-header");
        header.setAlignment(Pos.CENTER_LEFT);

        table.setId("reminders-due");
        table.getStyleClass().add("reminders-table");
        table.setItems(viewModel.rows());
        Label empty = new Label(Messages.get("reminders.empty"));
        empty.setId("reminders-due-empty");
        empty.getStyleClass().add("reminders-empty");
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                textColumn(Messages.get("reminders.column.title"), "col-title", 16, row -> row.item().title()),
                textColumn(Messages.get("reminders.column.leadUnit"), "col-unit", 9, row -> row.item().leadUnit().name()),
                fixedWidth(textColumn(Messages.get("reminders.column.owner"), "col-owner", 5.5,
                        row -> row.item().owner())),
                reasonColumn(),
                fixedWidth(textColumn(Messages.get("reminders.column.reminded"), "col-count", 4.5,
                        row -> Messages.get("reminders.count", String.valueOf(row.reminderCount())))),
                fixedWidth(levelColumn())));
        table.setRowFactory(view -> new ReminderRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().setAll(header, table);
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

    private static TableColumn<ReminderDue, String> textColumn(String header, String styleClass, double widthEm,
                                                               Function<ReminderDue, String> text) {
        TableColumn<ReminderDue, String> column = new TableColumn<>(header);
        column.getStyleClass().add(styleClass);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(widthEm * 14);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** A column that keeps its width: the room left goes to the title, unit and reasons. */
    private static <T> TableColumn<ReminderDue, T> fixedWidth(TableColumn<ReminderDue, T> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth() * 1.2);
        return column;
    }

    /** 状态: the reasons, red while overdue, amber when behind on reporting or due soon. */
    private static TableColumn<ReminderDue, ReminderDue> reasonColumn() {
        TableColumn<ReminderDue, ReminderDue> column = new TableColumn<>(Messages.get("reminders.column.state"));
        column.getStyleClass().add("col-state");
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(10 * 14);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add("reason-cell");
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
        return column;
    }

    /** 建议: the suggested 督办单 in its colour and in words. */
    private static TableColumn<ReminderDue, ReminderLevel> levelColumn() {
        TableColumn<ReminderDue, ReminderLevel> column = new TableColumn<>(Messages.get("reminders.column.suggested"));
        column.getStyleClass().add("col-level");
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(7.5 * 14);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().suggestedLevel()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Label chip = new Label();

            {
                chip.getStyleClass().add("level-chip");
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
                chip.getStyleClass().removeAll("level-blue", "level-yellow", "level-red");
                chip.getStyleClass().add(ReminderDialog.levelStyle(level));
                setGraphic(chip);
            }
        });
        return column;
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
