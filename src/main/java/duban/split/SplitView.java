package duban.split;

import duban.domain.Unit;
import duban.i18n.Messages;
import duban.ui.Converters;
import duban.ui.forms.Forms;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The controller of {@code split-dialog.fxml}: one line of fields per sub-item, bound to its
 * {@link SubItemRow}, with the row's message under it. Field ids carry the row's number from 1
 * ({@code split-title-1}, {@code split-unit-1} …) so that a test can drive each line.
 */
public final class SplitView {

    private final SplitViewModel viewModel;

    @FXML private Label subject;
    @FXML private GridPane grid;
    @FXML private javafx.scene.control.ScrollPane scroll;
    @FXML private Button addRow;
    @FXML private Label saveError;

    public SplitView(SplitViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        subject.setText(Messages.get("split.subject", viewModel.parent().title(),
                viewModel.parent().leadUnit().name(), viewModel.parent().currentDeadline().toString()));
        for (double percent : new double[] {34, 18, 16, 12, 16}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        grid.getColumnConstraints().add(new ColumnConstraints());
        saveError.textProperty().bind(viewModel.saveErrorProperty());
        saveError.visibleProperty().bind(saveError.textProperty().isNotEmpty());
        saveError.managedProperty().bind(saveError.visibleProperty());
        addRow.disableProperty().bind(viewModel.savingProperty());
        viewModel.rows().addListener((ListChangeListener<SubItemRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showRows();
                    if (change.wasAdded()) { // the new line in view
                        javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
                    }
                    return;
                }
            }
        });
        showRows();
    }

    /** Lays the lines out again after a row was added or removed (their fields stay bound to the rows). */
    private void showRows() {
        grid.getChildren().clear();
        String[] headings = {"split.column.title", "split.column.unit", "split.column.assist", "split.column.owner",
                "split.column.deadline"};
        for (int i = 0; i < headings.length; i++) {
            Label heading = new Label(Messages.get(headings[i]));
            heading.getStyleClass().add("split-column-heading");
            grid.add(heading, i, 0);
        }
        List<SubItemRow> rows = viewModel.rows();
        for (int i = 0; i < rows.size(); i++) {
            addLine(rows.get(i), i + 1);
        }
    }

    private void addLine(SubItemRow row, int number) {
        TextField title = new TextField();
        title.setId("split-title-" + number);
        title.textProperty().bindBidirectional(row.titleProperty());

        ComboBox<Unit> unit = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(viewModel.units()));
        unit.setId("split-unit-" + number);
        unit.setConverter(Converters.showing(Unit::name, ""));
        unit.setPromptText(Messages.get("split.prompt.unit"));
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.valueProperty().bindBidirectional(row.leadUnitProperty());

        javafx.collections.ObservableList<Unit> assistChoices = javafx.collections.FXCollections.observableArrayList();
        assistChoices.add(null); // 无: the first entry takes a chosen 协办单位 back
        assistChoices.addAll(viewModel.units());
        ComboBox<Unit> assist = new ComboBox<>(assistChoices);
        assist.setId("split-assist-" + number);
        assist.setConverter(Converters.showing(Unit::name, Messages.get("split.noAssist")));
        assist.setMaxWidth(Double.MAX_VALUE);
        assist.valueProperty().bindBidirectional(row.assistUnitProperty());

        TextField owner = new TextField();
        owner.setId("split-owner-" + number);
        owner.setPromptText(Messages.get("split.prompt.owner"));
        owner.textProperty().bindBidirectional(row.ownerProperty());

        DatePicker deadline = new DatePicker();
        deadline.setId("split-deadline-" + number);
        deadline.setMaxWidth(Double.MAX_VALUE);
        Forms.bindDate(deadline, row.deadline());

        Button remove = new Button(Messages.get("split.removeRow"));
        remove.setId("split-remove-" + number);
        remove.setOnAction(event -> viewModel.removeRow(row));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.rows()).lessThan(2));

        Label error = new Label();
        error.setId("split-error-" + number);
        error.getStyleClass().add("field-error");
        error.setMaxWidth(Double.MAX_VALUE);
        Forms.showMessage(title, error, row.errorProperty());
        error.managedProperty().bind(error.visibleProperty());

        int line = number * 2 - 1;
        List<Node> fields = List.of(title, unit, assist, owner, deadline, remove);
        // The columns' percentages, not the fields' preferred widths, share the line out.
        for (javafx.scene.control.Control field : List.of(title, unit, assist, owner, deadline)) {
            field.setMinWidth(40); // a combo box's minimum is its longest unit's name otherwise
            field.setPrefWidth(40);
            field.setMaxWidth(Double.MAX_VALUE);
        }
        for (int column = 0; column < fields.size(); column++) {
            grid.add(fields.get(column), column, line);
        }
        grid.add(error, 0, line + 1, 6, 1);
    }

    @FXML
    private void addRow() {
        viewModel.addRow();
    }

    /** The field the caret starts in: the first line's 牵头单位. */
    Node firstField() {
        return grid.lookup("#split-unit-1");
    }
}
