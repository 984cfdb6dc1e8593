package duban.filter;

import duban.domain.Category;
import duban.domain.Labeled;
import duban.domain.Source;
import duban.domain.Unit;
import duban.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * The controller of {@code filter-bar.fxml}: fills the drop-downs, binds every control to the
 * {@link FilterViewModel} both ways, and keeps the search prompt whole as the bar narrows.
 */
public final class FilterBarController {

    /** Room kept between the prompt and the clear button, in pixels. */
    private static final double PROMPT_MARGIN = 6;

    /** A drop-down with something chosen (not 全部), drawn so that the user sees the filter is on. */
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private static final String FULL_PROMPT = Messages.get("filter.searchPrompt");
    private static final String SHORT_PROMPT = Messages.get("filter.searchPromptShort");

    private final FilterViewModel viewModel;

    @FXML
    private CustomTextField search;
    @FXML
    private Button clearSearch;
    @FXML
    private ComboBox<Unit> leadUnit;
    @FXML
    private ComboBox<String> owner;
    @FXML
    private ComboBox<Source> source;
    @FXML
    private ComboBox<Category> category;
    @FXML
    private ToggleButton overdue;
    @FXML
    private ToggleButton dueSoon;
    @FXML
    private Button clear;
    @FXML
    private Label summary;

    /** Made by the FXML loader's controller factory, with the bar's view model. */
    public FilterBarController(FilterViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        setUpChoice(leadUnit, Messages.get("filter.leadUnit"), Unit::name);
        setUpChoice(owner, Messages.get("filter.owner"), Function.identity());
        setUpChoice(source, Messages.get("filter.source"), Labeled::label);
        setUpChoice(category, Messages.get("filter.category"), Labeled::label);
        initBindings();
        initShortcuts();
    }

    /**
     * Sets up a drop-down whose entries read {@code label} and 全部 for {@code null}. Unset, it
     * shows its caption (牵头单位 …) in place of 全部, which says what it filters without a
     * label beside it: four such labels would not leave room for the figures in 1280 pixels.
     */
    private static <T> void setUpChoice(ComboBox<T> box, String caption, Function<T, String> label) {
        Tooltip tooltip = new Tooltip(caption);
        tooltip.textProperty().bind(box.valueProperty()
                .map(value -> Messages.get("filter.choiceTip", caption, label.apply(value)))
                .orElse(caption));
        box.setTooltip(tooltip);
        box.setCellFactory(list -> ChoiceCell.entry(label));
        box.setButtonCell(ChoiceCell.button(label, caption));
        box.valueProperty().addListener((observable, old, chosen) -> box.pseudoClassStateChanged(CHOSEN, chosen != null));
    }

    private void initBindings() {
        search.textProperty().bindBidirectional(viewModel.textProperty());
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.widthProperty().addListener((observable, old, width) -> fitPrompt());
        search.fontProperty().addListener((observable, old, font) -> fitPrompt());
        clearSearch.setOnAction(event -> {
            viewModel.textProperty().set("");
            search.requestFocus();
        });

        bindChoice(leadUnit, viewModel.leadUnitOptions(), viewModel.leadUnitProperty());
        bindChoice(owner, viewModel.ownerOptions(), viewModel.ownerProperty());
        bindChoice(source, FXCollections.observableArrayList(Source.values()), viewModel.sourceProperty());
        bindChoice(category, FXCollections.observableArrayList(Category.values()), viewModel.categoryProperty());

        overdue.selectedProperty().bindBidirectional(viewModel.overdueOnlyProperty());
        dueSoon.selectedProperty().bindBidirectional(viewModel.dueSoonOnlyProperty());

        clear.disableProperty().bind(viewModel.activeProperty().not());
        clear.setOnAction(event -> viewModel.clear());
    }

    /**
     * Keeps a drop-down's entries at 全部 ({@code null}) followed by {@code options}, and its value
     * in step with {@code chosen} both ways. Refilling a ComboBox's items makes it reset and
     * restore its value on its own; that churn must not reach the view model, so changes of the
     * value are ignored while the items are refilled and the chosen value is put back afterwards.
     */
    private static <T> void bindChoice(ComboBox<T> box, ObservableList<T> options, Property<T> chosen) {
        ObservableList<T> entries = FXCollections.observableArrayList();
        box.setItems(entries);
        boolean[] refilling = {false};
        Runnable refill = () -> {
            List<T> all = new ArrayList<>(options.size() + 1);
            all.add(null);
            all.addAll(options);
            refilling[0] = true;
            try {
                entries.setAll(all);
                box.getSelectionModel().select(chosen.getValue());
                box.setValue(chosen.getValue());
            } finally {
                refilling[0] = false;
            }
        };
        refill.run();
        options.addListener((ListChangeListener<T>) change -> refill.run());
        box.valueProperty().addListener((observable, old, value) -> {
            if (!refilling[0] && !Objects.equals(value, chosen.getValue())) {
                chosen.setValue(value);
            }
        });
        chosen.addListener((observable, old, value) -> {
            if (!Objects.equals(value, box.getValue())) {
                box.setValue(value);
            }
        });
    }

    private void initShortcuts() {
        // Esc in the search field empties it before it does anything else.
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                viewModel.textProperty().set("");
                event.consume();
            }
        });
    }

    /**
     * A text field cuts its prompt off mid-character. While the drop-downs and figures squeeze the
     * field, it says less (搜索… (Ctrl+F)) but says it whole.
     */
    private void fitPrompt() {
        Text probe = new Text(FULL_PROMPT);
        probe.setFont(search.getFont());
        double room = search.getWidth() - search.snappedLeftInset() - search.snappedRightInset()
                - clearSearch.getWidth() - PROMPT_MARGIN;
        search.setPromptText(probe.getLayoutBounds().getWidth() <= room ? FULL_PROMPT : SHORT_PROMPT);
    }

    /** Puts the caret in the search field with its text selected, ready to type over (Ctrl+F). */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The label on the right where the board shows the filtered figures ({@link FilteredFigures}). */
    Label summaryLabel() {
        return summary;
    }

    /** The search field, for the board's keyboard handling. */
    TextField searchField() {
        return search;
    }

    /**
     * A drop-down entry: the Chinese label of an option, or {@code unsetText} for {@code null}.
     * The button cell counts as empty while the value is null and must show the text anyway;
     * the rows of the list below the entries are really empty and stay blank.
     */
    private static final class ChoiceCell<T> extends ListCell<T> {
        private static final PseudoClass UNSET = PseudoClass.getPseudoClass("unset");

        private final Function<T, String> label;
        private final String unsetText;
        private final boolean buttonCell;

        private ChoiceCell(Function<T, String> label, String unsetText, boolean buttonCell) {
            this.label = label;
            this.unsetText = unsetText;
            this.buttonCell = buttonCell;
        }

        static <T> ChoiceCell<T> entry(Function<T, String> label) {
            return new ChoiceCell<>(label, Messages.get("filter.all"), false);
        }

        static <T> ChoiceCell<T> button(Function<T, String> label, String caption) {
            return new ChoiceCell<>(label, caption, true);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            boolean unset = item == null && (buttonCell || !empty);
            setText(unset ? unsetText : item == null ? null : label.apply(item));
            pseudoClassStateChanged(UNSET, unset);
        }
    }
}
