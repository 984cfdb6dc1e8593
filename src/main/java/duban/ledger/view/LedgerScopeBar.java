package duban.ledger.view;

import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ui.Converters;
import duban.ui.forms.DateConverter;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import org.controlsfx.control.CheckComboBox;

/**
 * The controller of {@code ledger-scope-bar.fxml}: fills the scope bar's choices and keeps them
 * and {@link LedgerViewModel#scopeProperty()} in step both ways (a control changed by the user
 * narrows the scope; a scope set elsewhere shows in the controls without writing back).
 */
public final class LedgerScopeBar {

    private final LedgerViewModel viewModel;
    /** Set while the controls are being updated from the view model, so they do not write back. */
    private boolean updatingScope;

    @FXML private CheckComboBox<Status> statuses;
    @FXML private CheckBox overdueOnly;
    @FXML private ComboBox<Unit> leadUnit;
    @FXML private ComboBox<Source> source;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private CheckBox withdrawn;
    /** 显示: 全部事项 ({@code false}) or 只看上级事项 ({@code true}). */
    @FXML private ChoiceBox<Boolean> shown;
    @FXML private ChoiceBox<Ledger.Grouping> grouping;

    public LedgerScopeBar(LedgerViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        setUpStatuses();
        overdueOnly.selectedProperty().addListener((observable, was, now) ->
                updateScope(scope -> scope.withOverdueOnly(now)));
        setUpLeadUnits();
        setUpSources();
        setUpDatePicker(from);
        setUpDatePicker(to);
        from.valueProperty().addListener((observable, old, date) ->
                updateScope(scope -> scope.withAssignedBetween(date, scope.to())));
        to.valueProperty().addListener((observable, old, date) ->
                updateScope(scope -> scope.withAssignedBetween(scope.from(), date)));
        withdrawn.selectedProperty().addListener((observable, was, now) ->
                updateScope(scope -> scope.withWithdrawn(now)));
        shown.getItems().setAll(false, true);
        shown.setConverter(Converters.showing(parentsOnly -> Messages.get(parentsOnly
                ? "ledger.ui.shown.parentsOnly" : "ledger.ui.shown.all"), ""));
        shown.valueProperty().addListener((observable, old, parentsOnly) ->
                updateScope(scope -> scope.withParentsOnly(Boolean.TRUE.equals(parentsOnly))));
        setUpGrouping();
        showScope(viewModel.scopeProperty().get());
        viewModel.scopeProperty().addListener((observable, old, scope) -> showScope(scope));
    }

    private void setUpStatuses() {
        statuses.getItems().setAll(Status.values());
        statuses.setTitle(Messages.get("ledger.ui.allStatuses"));
        statuses.setConverter(Converters.showing(Status::label, ""));
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<Status>) change -> {
            Set<Status> checked = EnumSet.noneOf(Status.class);
            checked.addAll(statuses.getCheckModel().getCheckedItems());
            // The title says which columns the ledger covers, 全部 when none or all.
            statuses.setTitle(checked.isEmpty() || checked.size() == Status.values().length
                    ? Messages.get("ledger.ui.allStatuses")
                    : String.join("、", checked.stream().map(Status::label).toList()));
            updateScope(scope -> scope.withStatuses(checked.size() == Status.values().length ? Set.of() : checked));
        });
    }

    private void setUpLeadUnits() {
        leadUnit.getItems().setAll(withNone(List.of()));
        viewModel.units().addListener((ListChangeListener<Unit>) change -> {
            Unit chosen = leadUnit.getValue();
            List<Unit> choices = withNone(viewModel.units());
            updatingScope = true;
            leadUnit.getItems().setAll(choices);
            leadUnit.setValue(chosen == null ? null : sameUnit(choices, chosen));
            updatingScope = false;
        });
        String allUnits = Messages.get("ledger.ui.allUnits");
        leadUnit.setConverter(Converters.showing(Unit::name, allUnits));
        leadUnit.setButtonCell(new Choice<>(Unit::name, allUnits));
        leadUnit.setCellFactory(list -> new Choice<>(Unit::name, allUnits));
        leadUnit.valueProperty().addListener((observable, old, unit) -> updateScope(scope -> scope.withLeadUnit(unit)));
    }

    private void setUpSources() {
        List<Source> sources = withNone(List.of(Source.values()));
        source.getItems().setAll(sources);
        String allSources = Messages.get("ledger.ui.allSources");
        source.setButtonCell(new Choice<>(Source::label, allSources));
        source.setCellFactory(list -> new Choice<>(Source::label, allSources));
        source.setVisibleRowCount(sources.size());
        source.valueProperty().addListener((observable, old, value) -> updateScope(scope -> scope.withSource(value)));
    }

    private void setUpGrouping() {
        grouping.getItems().setAll(Ledger.Grouping.values());
        grouping.setConverter(Converters.showing(value -> switch (value) {
            case NONE -> Messages.get("ledger.ui.group.none");
            case LEAD_UNIT -> Messages.get("ledger.ui.group.leadUnit");
            case STATUS -> Messages.get("ledger.ui.group.status");
        }, ""));
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());
    }

    /** The choices with {@code null} (全部) first. */
    private static <T> List<T> withNone(List<T> choices) {
        List<T> withNone = new ArrayList<>();
        withNone.add(null);
        withNone.addAll(choices);
        return withNone;
    }

    /** The choice for the same unit as {@code unit} (units are records read afresh on every reload). */
    private static Unit sameUnit(List<Unit> choices, Unit unit) {
        return choices.stream().filter(choice -> choice != null && choice.id() == unit.id()).findFirst().orElse(null);
    }

    private void updateScope(UnaryOperator<LedgerScope> change) {
        if (!updatingScope) {
            viewModel.scopeProperty().set(change.apply(viewModel.scopeProperty().get()));
        }
    }

    /** Shows a scope set elsewhere (by the view model or a test) in the controls. */
    private void showScope(LedgerScope scope) {
        updatingScope = true;
        try {
            if (!new HashSet<>(statuses.getCheckModel().getCheckedItems()).equals(scope.statuses())) {
                statuses.getCheckModel().clearChecks();
                scope.statuses().forEach(status -> statuses.getCheckModel().check(status));
            }
            overdueOnly.setSelected(scope.overdueOnly());
            Unit unit = scope.leadUnit();
            if (unit == null ? leadUnit.getValue() != null
                    : leadUnit.getValue() == null || leadUnit.getValue().id() != unit.id()) {
                leadUnit.setValue(unit == null ? null
                        : Objects.requireNonNullElse(sameUnit(leadUnit.getItems(), unit), unit));
            }
            source.setValue(scope.source());
            from.setValue(scope.from());
            to.setValue(scope.to());
            withdrawn.setSelected(scope.includeWithdrawn());
            shown.setValue(scope.parentsOnly());
        } finally {
            updatingScope = false;
        }
    }

    private static void setUpDatePicker(DatePicker picker) {
        picker.setChronology(IsoChronology.INSTANCE);
        // Text that is not a date keeps the range as it was rather than silently dropping a bound.
        picker.setConverter(new DateConverter(picker::getValue));
    }

    /** A choice that shows a name, or 全部 for no choice. */
    private static final class Choice<T> extends ListCell<T> {
        private final Function<T, String> label;
        private final String none;

        Choice(Function<T, String> label, String none) {
            this.label = label;
            this.none = none;
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value == null ? none : label.apply(value));
        }
    }
}
