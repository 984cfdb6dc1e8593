package duban.editor;

import duban.ui.forms.Forms;

import duban.domain.Category;
import duban.domain.Source;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.ui.Converters;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The controller of {@code editor.fxml}: fills the lists and binds every field and message to
 * the {@link EditorViewModel}. It holds no state of its own and never calls a store.
 */
public final class EditorView {

    /** On the 协办单位 box while nothing is checked: its title is a grey prompt (editor.css). */
    private static final PseudoClass NONE_CHECKED = PseudoClass.getPseudoClass("none-checked");

    private final EditorViewModel viewModel;

    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private TextField title;
    @FXML private Label titleError;
    @FXML private TextArea details;
    @FXML private ComboBox<Source> source;
    @FXML private ComboBox<Category> category;
    @FXML private ComboBox<String> leadUnit;
    @FXML private Label leadUnitError;
    @FXML private Label leadUnitHint;
    @FXML private CheckComboBox<Unit> assistUnits;
    @FXML private Label assistUnitsError;
    @FXML private TextField owner;
    @FXML private Label ownerError;
    @FXML private TextField leader;
    @FXML private Label leaderError;
    @FXML private Label detailsError;
    @FXML private DatePicker assignedOn;
    @FXML private Label assignedOnError;
    @FXML private DatePicker deadline;
    @FXML private Label deadlineError;
    @FXML private TextField deadlineRule;
    @FXML private Label deadlineRuleResult;
    @FXML private Label deadlineRuleError;
    @FXML private Label deadlineWarning;
    @FXML private Label saveError;

    public EditorView(EditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.windowTitle());
        bindTexts();
        bindChoices();
        bindUnits();
        Forms.bindDate(assignedOn, viewModel.assignedOn());
        Forms.bindDate(deadline, viewModel.deadline());
        bindDeadlineRule();
        bindMessages();
    }

    private void bindTexts() {
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        details.textProperty().bindBidirectional(viewModel.detailsProperty());
        owner.textProperty().bindBidirectional(viewModel.ownerProperty());
        leader.textProperty().bindBidirectional(viewModel.leaderProperty());
    }

    private void bindChoices() {
        source.getItems().setAll(Source.values());
        source.setConverter(Converters.labels());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        category.getItems().setAll(Category.values());
        category.setConverter(Converters.labels());
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
    }

    private void bindUnits() {
        // 牵头单位: pick a name from the list or type one; every keystroke reaches the view model.
        Bindings.bindContent(leadUnit.getItems(), viewModel.unitNames());
        leadUnit.setVisibleRowCount(12);
        leadUnit.setValue(viewModel.leadUnitTextProperty().get());
        leadUnit.getEditor().textProperty().bindBidirectional(viewModel.leadUnitTextProperty());

        assistUnits.getItems().setAll(viewModel.units());
        assistUnits.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? "" : unit.name();
            }

            @Override
            public Unit fromString(String name) {
                return viewModel.units().stream().filter(unit -> unit.name().equals(name)).findFirst().orElse(null);
            }
        });
        viewModel.assistUnits().forEach(unit -> assistUnits.getCheckModel().check(unit));
        assistUnits.getCheckModel().getCheckedItems().addListener((ListChangeListener<Unit>) change ->
                viewModel.assistUnits().setAll(List.copyOf(assistUnits.getCheckModel().getCheckedItems())));
        // Without a title the box is blank when nothing is checked; say, in grey, that it is optional.
        assistUnits.titleProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.assistUnits()))
                .then(Messages.get("editor.prompt.assistUnits"))
                .otherwise((String) null));
        ObservableList<Unit> checked = viewModel.assistUnits();
        checked.addListener((InvalidationListener) change ->
                assistUnits.pseudoClassStateChanged(NONE_CHECKED, checked.isEmpty()));
        assistUnits.pseudoClassStateChanged(NONE_CHECKED, checked.isEmpty());
    }

    private void bindDeadlineRule() {
        DeadlineRuleField rule = viewModel.deadlineRule();
        deadlineRule.textProperty().bindBidirectional(rule.textProperty());
        deadlineRuleResult.textProperty().bind(rule.resultProperty());
        deadlineRuleResult.visibleProperty().bind(deadlineRuleResult.textProperty().isNotEmpty());
        Forms.showMessage(deadlineRule, deadlineRuleError, rule.errorProperty());
        // A warning, not an error: the computed date stands, but it may move when the notice comes.
        deadlineWarning.textProperty().bind(rule.warningProperty());
        deadlineWarning.visibleProperty().bind(deadlineWarning.textProperty().isNotEmpty());
        deadlineWarning.managedProperty().bind(deadlineWarning.visibleProperty());
    }

    private void bindMessages() {
        Forms.showMessage(title, titleError, viewModel.titleErrorProperty());
        Forms.showMessage(details, detailsError, viewModel.detailsErrorProperty());
        Forms.showMessage(leadUnit, leadUnitError, viewModel.leadUnitErrorProperty());
        leadUnitHint.textProperty().bind(viewModel.newUnitHintProperty());
        leadUnitHint.visibleProperty().bind(leadUnitHint.textProperty().isNotEmpty());
        leadUnitHint.managedProperty().bind(leadUnitHint.visibleProperty());
        Forms.showMessage(assistUnits, assistUnitsError, viewModel.assistUnitsErrorProperty());
        Forms.showMessage(owner, ownerError, viewModel.ownerErrorProperty());
        Forms.showMessage(leader, leaderError, viewModel.leaderErrorProperty());
        Forms.showMessage(assignedOn, assignedOnError, viewModel.assignedOnErrorProperty());
        Forms.showMessage(deadline, deadlineError, viewModel.deadlineErrorProperty());
        saveError.textProperty().bind(viewModel.saveErrorProperty());
        saveError.visibleProperty().bind(saveError.textProperty().isNotEmpty());
        saveError.managedProperty().bind(saveError.visibleProperty());
    }

    /** The field that should have the focus when the dialog opens. */
    TextField firstField() {
        return title;
    }
}
