package duban.units;

import duban.domain.Rate;
import duban.domain.RateOrder;
import duban.domain.Source;
import duban.domain.Tally;
import duban.domain.UnitFigures;
import duban.domain.UnitRow;
import duban.i18n.Messages;
import duban.ui.SourceChoices;
import duban.ui.StyleClasses;
import duban.ui.forms.DateConverter;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/**
 * The controller of {@code unit-stats.fxml}, the 单位统计 view: a scope bar (交办日期 range, 事项来源,
 * 含协办单位), the ranked table of units, a totals row that stays at the bottom whatever the
 * sorting, and a note on how the rates are computed. It adds the table's columns and binds
 * everything to its {@link UnitStatsViewModel}.
 */
public final class UnitStatsView {

    /** theme.css sets the font at 10.5 pt, 14 px: column widths are given in that em. */
    private static final double EM = 14;

    private final UnitStatsViewModel viewModel;

    @FXML private Label scope;
    @FXML private Label asOf;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<Source> source;
    @FXML private CheckBox includeAssisting;
    @FXML private TableView<UnitRow> table;
    @FXML private HBox totals;
    @FXML private Label placeholder;
    private SortedList<UnitRow> sortedRows;

    /** How each sortable column orders rows, ascending, and which rows have no value to sort by. */
    private final Map<TableColumn<UnitRow, ?>, ColumnOrder> orders = new IdentityHashMap<>();
    /** The cells of the totals row, one under each column, and what each shows of the totals. */
    private final List<Label> footerCells = new ArrayList<>();
    private final List<Function<Tally, String>> footerTexts = new ArrayList<>();
    /** Marks the 逾期 total; held here and registered weakly so that a closed view does not live on. */
    private final ChangeListener<Tally> totalsAlert = (observable, old, tally) -> footerCells.stream()
            .filter(cell -> cell.getStyleClass().contains(UnitStyles.OVERDUE))
            .forEach(cell -> cell.pseudoClassStateChanged(StyleClasses.ALERT, tally.overdue() > 0));
    private TableColumn<UnitRow, String> unitColumn;
    private TableColumn<UnitRow, Number> assistingColumn;

    /** The controller for {@code viewModel}; the FXML loader's controller factory calls it. */
    public UnitStatsView(UnitStatsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        sortedRows = new SortedList<>(viewModel.rows());
        setUpDatePicker(from);
        setUpDatePicker(to);
        setUpSourceChoice();
        createTable();
        // The figures, not the first date field, have the focus when the view appears, so that the
        // fields show their 不限 and the arrow keys walk the rows.
        table.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                Platform.runLater(table::requestFocus);
            }
        });
        initBindings();
    }

    // ---- building --------------------------------------------------------------------------

    /** Takes typed dates in the office's forms (2026/1/1, 2026年1月1日 …) in the Gregorian calendar; empty is 不限. */
    private static void setUpDatePicker(DatePicker picker) {
        picker.setChronology(IsoChronology.INSTANCE);
        // Text that is not a date keeps the range as it was rather than silently dropping a bound.
        picker.setConverter(new DateConverter(picker::getValue));
    }

    private void setUpSourceChoice() {
        SourceChoices.setUp(source, Messages.get("units.allSources"));
    }

    private void createTable() {
        table.setItems(sortedRows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<UnitRow, Number> rank = intColumn("rank", Messages.get("units.column.rank"), UnitRow::rank, 4.5);
        rank.getStyleClass().add(UnitStyles.RANK);
        addColumn(rank, tally -> "");

        unitColumn = new TableColumn<>(Messages.get("units.column.leadUnit"));
        unitColumn.setId("units-col-unit");
        unitColumn.getStyleClass().add(UnitStyles.UNIT);
        unitColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().unit().name()));
        unitColumn.setPrefWidth(14 * EM);
        unitColumn.setMinWidth(10 * EM);
        orders.put(unitColumn, ColumnOrder.of(Comparator.comparing(UnitRow::unit, UnitFigures.UNIT_ORDER)));
        addColumn(unitColumn, tally -> Messages.get("units.totals"));

        figureColumn("total", "units.column.total", Tally::total);
        figureColumn("closed", "units.column.closed", Tally::closed);
        figureColumn("open", "units.column.open", Tally::open);
        figureColumn("overdue", "units.column.overdue", Tally::overdue);
        figureColumn("due-soon", "units.column.dueSoon", Tally::dueSoon);
        rateColumn("completion-rate", "units.column.completionRate", Tally::completionRate);
        rateColumn("on-time-rate", "units.column.onTimeRate", Tally::onTimeRate);
        figureColumn("extensions", "units.column.extensions", Tally::extensions);
        figureColumn("reminders", "units.column.reminders", Tally::reminders);

        assistingColumn = intColumn("assisting", Messages.get("units.column.assisting"), UnitRow::assisting, 6);
        addColumn(assistingColumn, tally -> "");

        // The rows come ranked; a click on a header sorts by that column (rates by value, undefined
        // last either way), a third click goes back to the ranking.
        table.setSortPolicy(sorted -> {
            Comparator<UnitRow> order = null;
            for (TableColumn<UnitRow, ?> column : sorted.getSortOrder()) {
                ColumnOrder columnOrder = orders.get(column);
                if (columnOrder != null) {
                    Comparator<UnitRow> next = columnOrder.comparator(column.getSortType() == TableColumn.SortType.DESCENDING);
                    order = order == null ? next : order.thenComparing(next);
                }
            }
            sortedRows.setComparator(order);
            return true;
        });
    }

    /** A column of one count; its style class {@code units-<id>} reaches its cells and its total. */
    private void figureColumn(String id, String headerKey, ToIntFunction<Tally> figure) {
        TableColumn<UnitRow, Number> column = intColumn(id, Messages.get(headerKey), row -> figure.applyAsInt(row.tally()),
                columnWidth(Messages.get(headerKey)));
        column.getStyleClass().add(UnitStyles.PREFIX + id);
        addColumn(column, tally -> String.valueOf(figure.applyAsInt(tally)));
    }

    /** A column of whole numbers, right-aligned, sorting numerically. */
    private TableColumn<UnitRow, Number> intColumn(String id, String header, ToIntFunction<UnitRow> value, double widthEm) {
        TableColumn<UnitRow, Number> column = numberColumn(id, header, widthEm);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cell.getValue())));
        column.setCellFactory(col -> new NumberCell());
        orders.put(column, ColumnOrder.of(Comparator.comparingInt(value)));
        return column;
    }

    private void rateColumn(String id, String headerKey, Function<Tally, Rate> rate) {
        TableColumn<UnitRow, Rate> column = numberColumn(id, Messages.get(headerKey),
                columnWidth(Messages.get(headerKey)));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(rate.apply(cell.getValue().tally())));
        column.setCellFactory(col -> new RateCell());
        orders.put(column, new ColumnOrder(Comparator.comparing(row -> rate.apply(row.tally()), RateOrder.BY_VALUE),
                row -> !rate.apply(row.tally()).isDefined()));
        addColumn(column, tally -> rate.apply(tally).percentText());
    }

    /** A right-aligned column {@code units-col-<id>}, {@code widthEm} wide and at most 1.6 times that. */
    private static <T> TableColumn<UnitRow, T> numberColumn(String id, String header, double widthEm) {
        TableColumn<UnitRow, T> column = new TableColumn<>(header);
        column.setId("units-col-" + id);
        column.getStyleClass().add(UnitStyles.NUMBER);
        column.setPrefWidth(widthEm * EM);
        column.setMinWidth(widthEm * EM);
        column.setMaxWidth(widthEm * EM * 1.6);
        return column;
    }

    /** Room for a header of {@code header}'s length, its sort arrow and the widest figure (100.0%). */
    private static double columnWidth(String header) {
        return Math.max(5.5, header.length() * 1.05 + 3.0);
    }

    /** Adds {@code column} to the table, not reorderable, with a cell in the totals row showing {@code footer}. */
    private void addColumn(TableColumn<UnitRow, ?> column, Function<Tally, String> footer) {
        column.setReorderable(false);
        table.getColumns().add(column);
        Label cell = new Label();
        cell.getStyleClass().add(UnitStyles.TOTAL_CELL);
        cell.getStyleClass().addAll(column.getStyleClass());
        cell.setId(column.getId().replace("units-col-", "units-total-"));
        // Exactly as wide as the column above it, and only while the column is shown.
        cell.minWidthProperty().bind(column.widthProperty());
        cell.prefWidthProperty().bind(column.widthProperty());
        cell.maxWidthProperty().bind(column.widthProperty());
        cell.visibleProperty().bind(column.visibleProperty());
        cell.managedProperty().bind(column.visibleProperty());
        totals.getChildren().add(cell);
        footerCells.add(cell);
        footerTexts.add(footer);
    }

    // ---- binding ---------------------------------------------------------------------------

    private void initBindings() {
        scope.textProperty().bind(viewModel.scopeTextProperty());
        asOf.textProperty().bind(viewModel.asOfTextProperty());
        placeholder.textProperty().bind(viewModel.placeholderTextProperty());

        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        includeAssisting.selectedProperty().bindBidirectional(viewModel.includeAssistingProperty());

        // Counting assisting units too, a row is no longer only the units that lead.
        unitColumn.textProperty().bind(viewModel.includeAssistingProperty()
                .map(on -> Messages.get(on ? "units.column.unit" : "units.column.leadUnit")));
        assistingColumn.visibleProperty().bind(viewModel.includeAssistingProperty());

        for (int i = 0; i < footerCells.size(); i++) {
            Label cell = footerCells.get(i);
            Function<Tally, String> text = footerTexts.get(i);
            cell.textProperty().bind(viewModel.totalsProperty().map(text));
        }
        viewModel.totalsProperty().addListener(new WeakChangeListener<>(totalsAlert));
        totalsAlert.changed(viewModel.totalsProperty(), null, viewModel.totalsProperty().get());
    }

    /** The table, for the board's keyboard focus and for tests. */
    public TableView<UnitRow> table() {
        return table;
    }

    // ---- cells and sorting -----------------------------------------------------------------

    /** How a column sorts: ascending order, and the rows that go last in either direction. */
    private record ColumnOrder(Comparator<UnitRow> ascending, Predicate<UnitRow> undefined) {

        static ColumnOrder of(Comparator<UnitRow> ascending) {
            return new ColumnOrder(ascending, row -> false);
        }

        Comparator<UnitRow> comparator(boolean descending) {
            Comparator<UnitRow> byValue = descending ? ascending.reversed() : ascending;
            return (a, b) -> {
                boolean aUndefined = undefined.test(a);
                boolean bUndefined = undefined.test(b);
                if (aUndefined || bUndefined) {
                    return Boolean.compare(aUndefined, bUndefined);
                }
                return byValue.compare(a, b);
            };
        }
    }

    /** A whole number, marked {@code :alert} above zero (the stylesheet draws 逾期 so in red). */
    private static final class NumberCell extends TableCell<UnitRow, Number> {
        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : value.toString());
            pseudoClassStateChanged(StyleClasses.ALERT, !empty && value != null && value.intValue() > 0);
        }
    }

    /** A rate as a percentage with one decimal, a dash when there is nothing to divide by. */
    private static final class RateCell extends TableCell<UnitRow, Rate> {
        @Override
        protected void updateItem(Rate rate, boolean empty) {
            super.updateItem(rate, empty);
            setText(empty || rate == null ? null : rate.percentText());
        }
    }
}
