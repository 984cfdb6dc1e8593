package duban.boards;

import duban.domain.Category;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.boards.BoardScope;
import duban.domain.boards.SavedBoard;
import duban.i18n.Messages;
import duban.ui.Buttons;
import duban.ui.Converters;
import duban.ui.Fxml;
import duban.ui.forms.FormDialog;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;

/**
 * 修改范围…: which items a saved board shows, as check boxes of 事项来源 and 督办类别, a text, one
 * unit (牵头 or 协办) and the 定期/分解 flags. The board's 牵头单位 (from the filter it was saved
 * from) are kept as they are and named under the unit.
 */
final class BoardScopeDialog extends FormDialog<BoardScope> {

    private final BoardScope original;
    private final Form form;

    BoardScopeDialog(Window owner, SavedBoard board, List<Unit> units) {
        this(owner, board, units, new Form());
    }

    private BoardScopeDialog(Window owner, SavedBoard board, List<Unit> units, Form form) {
        super(owner, Messages.get("boards.scope.title", board.name()), "board-scope", Buttons.SAVE,
                Fxml.root("board-scope.fxml", Fxml.controller(form)), "/boards.css");
        this.original = board.scope();
        this.form = form;
        form.fill(original, units);
        acceptWhen(Bindings.createBooleanBinding(() -> true), this::scope);
    }

    private BoardScope scope() {
        Set<Source> sources = form.sourceBoxes.entrySet().stream().filter(entry -> entry.getValue().isSelected())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<Category> categories = form.categoryBoxes.entrySet().stream()
                .filter(entry -> entry.getValue().isSelected()).map(Map.Entry::getKey).collect(Collectors.toSet());
        Unit unit = form.unit.getValue();
        return new BoardScope(sources, original.leadUnitIds(), categories, form.text.getText(),
                unit == null ? null : unit.id(), form.recurring.isSelected(), form.decomposed.isSelected());
    }

    /** The controller of {@code board-scope.fxml}: its nodes, filled from the board's scope. */
    static final class Form {
        private final Map<Source, CheckBox> sourceBoxes = new EnumMap<>(Source.class);
        private final Map<Category, CheckBox> categoryBoxes = new EnumMap<>(Category.class);

        @FXML private FlowPane sources;
        @FXML private FlowPane categories;
        @FXML private TextField text;
        @FXML private ComboBox<Unit> unit;
        @FXML private Label leadUnits;
        @FXML private CheckBox recurring;
        @FXML private CheckBox decomposed;

        void fill(BoardScope scope, List<Unit> units) {
            for (Source source : Source.values()) {
                sourceBoxes.put(source, box(sources, source, scope.sources().contains(source), "board-scope-source-"));
            }
            for (Category category : Category.values()) {
                categoryBoxes.put(category,
                        box(categories, category, scope.categories().contains(category), "board-scope-category-"));
            }
            text.setText(scope.text());
            // null stands for every unit.
            unit.getItems().add(null);
            unit.getItems().addAll(units);
            unit.setConverter(Converters.showing(Unit::name, Messages.get("boards.scope.anyUnit")));
            unit.setValue(units.stream().filter(each -> scope.unitId() != null && each.id() == scope.unitId())
                    .findFirst().orElse(null));
            List<String> leadNames = units.stream().filter(each -> scope.leadUnitIds().contains(each.id()))
                    .map(Unit::name).toList();
            leadUnits.setText(leadNames.isEmpty() ? ""
                    : Messages.get("boards.scope.leadUnits", String.join("、", leadNames)));
            leadUnits.setManaged(!leadNames.isEmpty());
            recurring.setSelected(scope.recurringOnly());
            decomposed.setSelected(scope.decomposedOnly());
        }

        private static CheckBox box(FlowPane pane, Labeled value, boolean selected, String idPrefix) {
            CheckBox box = new CheckBox(value.label());
            box.setId(idPrefix + value.name());
            box.setSelected(selected);
            pane.getChildren().add(box);
            return box;
        }
    }
}
