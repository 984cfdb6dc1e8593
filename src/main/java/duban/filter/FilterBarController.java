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
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * The filter bar above the board: a search field, drop-downs for 牵头单位, 责任人, 事项来源 and
 * 督办类别, the 逾期 and 临期 toggles, 清除筛选, and on the right the filtered figures that the
 * board writes into {@link #summaryLabel()}. It only builds nodes and binds them to its
 * {@link FilterViewModel}.
 */
public final class FilterBar extends HBox {

    /** The stylesheet of the bar, at the root of the class path beside board.css. */
    public static final String STYLESHEET = "/filter.css";

    /**
     * Ctrl+F (⌘F on a Mac), the key for {@link #focusSearch()}. The window binds it (BoardView's
     * {@code setFilterBar(bar, bar::focusSearch)}): a scene's accelerators have one owner.
     */
    public static final KeyCombination FOCUS_SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** Room kept between the prompt and the clear button, in pixels. */
    private static final double PROMPT_MARGIN = 6;

    /** A drop-down with something chosen (not 全部), drawn so that the user sees the filter is on. */
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private static final String FULL_PROMPT = Messages.get("filter.searchPrompt");
    private static final String SHORT_PROMPT = Messages.get("filter.searchPromptShort");

    private final FilterViewModel viewModel;

    private final CustomTextField search = new CustomTextField();
    private final Button clearSearch = new Button("×");
    private final ComboBox<Unit> leadUnit = new ComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final ComboBox<Source> source = new ComboBox<>();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ToggleButton overdue = new ToggleButton(Messages.get("filter.overdue"));
    private final ToggleButton dueSoon = new ToggleButton(Messages.get("filter.dueSoon"));
    private final Button clear = new Button(Messages.get("filter.clear"));
    private final Label summary = new Label();

    public FilterBar(FilterViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("filter-bar");
        getStylesheets().add(Objects.requireNonNull(FilterBar.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        createView();
        initBindings();
        initShortcuts();
    }

    private void createView() {
        search.setId("filter-search");
        search.getStyleClass().add("filter-search");
        search.setPromptText(FULL_PROMPT);
        clearSearch.setId("filter-search-clear");
        clearSearch.getStyleClass().add("filter-search-clear");
        clearSearch.setFocusTraversable(false);
        clearSearch.setCursor(Cursor.HAND);
        clearSearch.setTooltip(new Tooltip(Messages.get("filter.clearSearch")));
        search.setRight(clearSearch);
        HBox.setHgrow(search, Priority.ALWAYS);

        setUpChoice(leadUnit, "filter-lead-unit", Messages.get("filter.leadUnit"), Unit::name);
        setUpChoice(owner, "filter-owner", Messages.get("filter.owner"), Function.identity());
        setUpChoice(source, "filter-source", Messages.get("filter.source"), Labeled::label);
        setUpChoice(category, "filter-category", Messages.get("filter.category"), Labeled::label);

        overdue.setId("filter-overdue");
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        overdue.getStyleClass().addAll("filter-toggle", "filter-overdue");
        overdue.setTooltip(new Tooltip(Messages.get("filter.overdueTip")));
        dueSoon.setId("filter-due-soon");
        dueSoon.setMinWidth(Region.USE_PREF_SIZE);
        dueSoon.getStyleClass().addAll("filter-toggle", "filter-due-soon");
        dueSoon.setTooltip(new Tooltip(Messages.get("filter.dueSoonTip")));

        clear.setId("filter-clear");
        clear.getStyleClass().add("filter-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);

        summary.setId("filter-summary");
        summary.getStyleClass().add("filter-summary");
        // The figures are the point of filtering during a meeting: never cut them short.
        summary.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        getChildren().setAll(search, leadUnit, owner, source, category, overdue, dueSoon, clear, spacer, summary);
    }

    /**
     * Sets up a drop-down whose entries read {@code label} and 全部 for {@code null}. Unset, it
     * shows its caption (牵头单位 …) in place of 全部, which says what it filters without a
     * label beside it: four such labels would not leave room for the figures in 1280 pixels.
     */
    private static <T> void setUpChoice(ComboBox<T> box, String id, String caption, Function<T, String> label) {
        box.setId(id);
        box.getStyleClass().add("filter-choice");
        box.setAccessibleText(caption);
        Tooltip tooltip = new Tooltip(caption);
        tooltip.textProperty().bind(box.valueProperty()
                .map(value -> Messages.get("filter.choiceTip", caption, label.apply(value)))
                .orElse(caption));
        box.setTooltip(tooltip);
        box.setCellFactory(list -> ChoiceCell.entry(label));
        box.setButtonCell(ChoiceCell.button(label, caption));
        box.setVisibleRowCount(14);
        box.setMinWidth(Region.USE_PREF_SIZE);
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
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The label on the right where the board shows the filtered figures ({@link FilteredFigures}). */
    public Label summaryLabel() {
        return summary;
    }

    /** The search field, for the board's keyboard handling. */
    public TextField searchField() {
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
