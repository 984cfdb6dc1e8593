package duban.ledger.view;

import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.ui.forms.DateConverter;
import duban.i18n.Messages;
import duban.ui.Converters;
import duban.ledger.Ledger;
import duban.ledger.LedgerColumn;
import duban.ledger.LedgerScope;
import duban.ledger.export.LedgerExport;
import java.nio.file.Path;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.CheckComboBox;

/**
 * The 督办台账 window's content: the tools (打印预览, exports, import, the office's name), the
 * scope bar, the title block, the table with wrapping cells, and under it the totals, the
 * background work's progress with its cancel, and the last message. It only builds nodes and
 * binds them to its {@link LedgerViewModel}.
 */
public final class LedgerView extends BorderPane {

    /** The stylesheet, at the root of the class path beside board.css. */
    public static final String STYLESHEET = "/ledger.css";

    /** board.css sets the font at 10.5 pt, 14 px: column widths are given in that em. */
    private static final double EM = 14;

    private final LedgerViewModel viewModel;
    private final TableView<LedgerLine> table = new TableView<>();
    private final CheckComboBox<Status> statuses = new CheckComboBox<>(FXCollections.observableArrayList(Status.values()));
    private final CheckBox overdueOnly = new CheckBox(Messages.get("ledger.ui.overdueOnly"));
    private final ComboBox<Unit> leadUnit = new ComboBox<>();
    private final ComboBox<Source> source = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CheckBox withdrawn = new CheckBox(Messages.get("ledger.ui.withWithdrawn"));
    private final ChoiceBox<Ledger.Grouping> grouping = new ChoiceBox<>();
    private final TextField officeName = new TextField();
    private final Button printPreview = new Button(Messages.get("ledger.ui.printPreview"));
    private final Button importButton = new Button(Messages.get("ledger.ui.import"));
    private Runnable printPreviewOpener = this::showPrintPreview;
    private Runnable importOpener = () -> { };
    /** Asks where to save an export; tests answer without a dialog. */
    private BiFunction<LedgerExport, String, Path> saveTarget = this::chooseSaveTarget;
    /** Set while the scope controls are being updated from the view model, so they do not write back. */
    private boolean updatingScope;

    public LedgerView(LedgerViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        setId("ledger");
        getStyleClass().add("ledger");
        getStylesheets().add(Objects.requireNonNull(LedgerView.class.getResource(STYLESHEET), STYLESHEET)
                .toExternalForm());
        setTop(new VBox(toolBar(), scopeBar()));
        setCenter(body());
        setBottom(statusLine());
        showScope(viewModel.scopeProperty().get());
        viewModel.scopeProperty().addListener((observable, old, scope) -> showScope(scope));
    }

    /** What 打印预览 (and Ctrl+P) opens. */
    public void setPrintPreviewOpener(Runnable opener) {
        printPreviewOpener = Objects.requireNonNull(opener, "opener");
    }

    /** Opens the print preview, as the 打印预览 button and Ctrl+P do (not while an export runs). */
    public void openPrintPreview() {
        if (!viewModel.job().runningProperty().get()) {
            printPreviewOpener.run();
        }
    }

    /** The print preview of the ledger as it is now, in a window of its own. */
    private void showPrintPreview() {
        PrintPreviewWindow.show(getScene() == null ? null : getScene().getWindow(), viewModel.printPreview(),
                viewModel.suggestedFileName(LedgerExport.PDF));
    }

    /** What 导入任务清单 opens. */
    public void setImportOpener(Runnable opener) {
        importOpener = Objects.requireNonNull(opener, "opener");
    }

    /** Where exports are saved: by default a save dialog; tests give the file straight away. */
    public void setSaveTarget(BiFunction<LedgerExport, String, Path> chooser) {
        saveTarget = Objects.requireNonNull(chooser, "chooser");
    }

    public TableView<LedgerLine> table() {
        return table;
    }

    // ---- tools ------------------------------------------------------------------------------

    private HBox toolBar() {
        printPreview.setId("ledger-print-preview");
        printPreview.setTooltip(new Tooltip(Messages.get("ledger.ui.printPreviewTip")));
        printPreview.setOnAction(event -> openPrintPreview());
        List<Button> exports = new ArrayList<>();
        for (LedgerExport format : LedgerExport.values()) {
            Button button = new Button(Messages.get("ledger.ui.export", format.name().equals("XLSX") ? "Excel"
                    : format.name()));
            button.setId("ledger-export-" + format.extension());
            button.setTooltip(new Tooltip(format.description()));
            button.setOnAction(event -> {
                Path target = saveTarget.apply(format, viewModel.suggestedFileName(format));
                if (target != null) {
                    viewModel.export(target);
                }
            });
            button.disableProperty().bind(viewModel.job().runningProperty());
            exports.add(button);
        }
        printPreview.disableProperty().bind(viewModel.job().runningProperty());
        importButton.setId("ledger-import");
        importButton.setOnAction(event -> importOpener.run());

        officeName.setId("ledger-office-name");
        officeName.setPromptText(Messages.get("ledger.ui.officeNamePrompt"));
        officeName.setPrefColumnCount(13);
        officeName.setTooltip(new Tooltip(Messages.get("ledger.ui.officeNameTip")));
        officeName.setText(viewModel.officeNameProperty().get());
        viewModel.officeNameProperty().addListener((observable, old, name) -> {
            if (!officeName.isFocused()) {
                officeName.setText(name);
            }
        });
        officeName.setOnAction(event -> viewModel.commitOfficeName(officeName.getText()));
        officeName.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                viewModel.commitOfficeName(officeName.getText());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(printPreview);
        bar.getChildren().addAll(exports);
        bar.getChildren().addAll(new Separator(javafx.geometry.Orientation.VERTICAL), importButton, spacer,
                caption(Messages.get("ledger.ui.officeName")), officeName);
        bar.getStyleClass().add("ledger-tools");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- scope ------------------------------------------------------------------------------

    private FlowPane scopeBar() {
        statuses.setId("ledger-statuses");
        statuses.setTitle(Messages.get("ledger.ui.allStatuses"));
        statuses.setShowCheckedCount(false);
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
        overdueOnly.setId("ledger-overdue");
        overdueOnly.selectedProperty().addListener((observable, was, now) ->
                updateScope(scope -> scope.withOverdueOnly(now)));

        leadUnit.setId("ledger-unit");
        List<Unit> unitChoices = new ArrayList<>();
        unitChoices.add(null);
        leadUnit.setItems(FXCollections.observableArrayList(unitChoices));
        viewModel.units().addListener((ListChangeListener<Unit>) change -> {
            Unit chosen = leadUnit.getValue();
            List<Unit> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(viewModel.units());
            updatingScope = true;
            leadUnit.getItems().setAll(choices);
            leadUnit.setValue(chosen == null ? null
                    : choices.stream().filter(unit -> unit != null && unit.id() == chosen.id()).findFirst().orElse(null));
            updatingScope = false;
        });
        leadUnit.setConverter(Converters.showing(Unit::name, Messages.get("ledger.ui.allUnits")));
        leadUnit.setButtonCell(new Choice<>(Unit::name, Messages.get("ledger.ui.allUnits")));
        leadUnit.setCellFactory(list -> new Choice<>(Unit::name, Messages.get("ledger.ui.allUnits")));
        leadUnit.setVisibleRowCount(16);
        leadUnit.valueProperty().addListener((observable, old, unit) -> updateScope(scope -> scope.withLeadUnit(unit)));

        source.setId("ledger-source");
        List<Source> sources = new ArrayList<>();
        sources.add(null);
        sources.addAll(List.of(Source.values()));
        source.setItems(FXCollections.observableArrayList(sources));
        source.setButtonCell(new Choice<>(Source::label, Messages.get("ledger.ui.allSources")));
        source.setCellFactory(list -> new Choice<>(Source::label, Messages.get("ledger.ui.allSources")));
        source.setVisibleRowCount(sources.size());
        source.valueProperty().addListener((observable, old, value) -> updateScope(scope -> scope.withSource(value)));

        setUpDatePicker(from, "ledger-from");
        setUpDatePicker(to, "ledger-to");
        from.valueProperty().addListener((observable, old, date) ->
                updateScope(scope -> scope.withAssignedBetween(date, scope.to())));
        to.valueProperty().addListener((observable, old, date) ->
                updateScope(scope -> scope.withAssignedBetween(scope.from(), date)));

        withdrawn.setId("ledger-withdrawn");
        withdrawn.selectedProperty().addListener((observable, was, now) ->
                updateScope(scope -> scope.withWithdrawn(now)));

        grouping.setId("ledger-grouping");
        grouping.setItems(FXCollections.observableArrayList(Ledger.Grouping.values()));
        grouping.setConverter(Converters.showing(value -> switch (value) {
            case NONE -> Messages.get("ledger.ui.group.none");
            case LEAD_UNIT -> Messages.get("ledger.ui.group.leadUnit");
            case STATUS -> Messages.get("ledger.ui.group.status");
        }, ""));
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());

        // Each caption stays with its control when the bar wraps onto a second line.
        FlowPane bar = new FlowPane(
                pair(caption(Messages.get("ledger.ui.status")), statuses, overdueOnly),
                pair(caption(Messages.get("ledger.column.LEAD_UNIT")), leadUnit),
                pair(caption(Messages.get("ledger.column.SOURCE")), source),
                pair(caption(Messages.get("ledger.column.ASSIGNED_ON")), from, caption(Messages.get("ledger.ui.to")), to),
                pair(withdrawn),
                pair(caption(Messages.get("ledger.ui.grouping")), grouping));
        bar.setId("ledger-scope-bar");
        bar.getStyleClass().add("ledger-scope-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        // On a narrow window the scope wraps onto a second line rather than leaving the screen.
        bar.setHgap(0.5 * EM);
        bar.setVgap(0.4 * EM);
        leadUnit.setPrefWidth(11 * EM);
        source.setPrefWidth(8 * EM);
        statuses.setPrefWidth(9 * EM);
        return bar;
    }

    private static HBox pair(javafx.scene.Node... nodes) {
        HBox pair = new HBox(nodes);
        pair.getStyleClass().add("ledger-scope-item");
        pair.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return pair;
    }

    private void updateScope(java.util.function.UnaryOperator<LedgerScope> change) {
        if (!updatingScope) {
            viewModel.scopeProperty().set(change.apply(viewModel.scopeProperty().get()));
        }
    }

    /** Shows a scope set elsewhere (by the view model or a test) in the controls. */
    private void showScope(LedgerScope scope) {
        updatingScope = true;
        try {
            if (!new java.util.HashSet<>(statuses.getCheckModel().getCheckedItems()).equals(scope.statuses())) {
                statuses.getCheckModel().clearChecks();
                scope.statuses().forEach(status -> statuses.getCheckModel().check(status));
            }
            overdueOnly.setSelected(scope.overdueOnly());
            Unit unit = scope.leadUnit();
            if (unit == null ? leadUnit.getValue() != null
                    : leadUnit.getValue() == null || leadUnit.getValue().id() != unit.id()) {
                leadUnit.setValue(unit == null ? null : leadUnit.getItems().stream()
                        .filter(choice -> choice != null && choice.id() == unit.id()).findFirst().orElse(unit));
            }
            source.setValue(scope.source());
            from.setValue(scope.from());
            to.setValue(scope.to());
            withdrawn.setSelected(scope.includeWithdrawn());
        } finally {
            updatingScope = false;
        }
    }

    private static void setUpDatePicker(DatePicker picker, String id) {
        picker.setId(id);
        picker.getStyleClass().add("ledger-date");
        picker.setChronology(IsoChronology.INSTANCE);
        picker.setShowWeekNumbers(false);
        picker.setPromptText(Messages.get("ledger.ui.datePrompt"));
        picker.setPrefWidth(8.5 * EM);
        // Text that is not a date keeps the range as it was rather than silently dropping a bound.
        picker.setConverter(new DateConverter(picker::getValue));
    }

    // ---- title, table, totals ---------------------------------------------------------------

    private VBox body() {
        Label title = new Label();
        title.setId("ledger-title");
        title.getStyleClass().add("ledger-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label subtitle = new Label();
        subtitle.setId("ledger-subtitle");
        subtitle.getStyleClass().add("ledger-subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        VBox heading = new VBox(title, subtitle);
        heading.getStyleClass().add("ledger-heading-block");
        heading.setAlignment(Pos.CENTER);

        createTable();
        Label totals = new Label();
        totals.setId("ledger-totals");
        totals.getStyleClass().add("ledger-totals");
        totals.setWrapText(true);
        totals.textProperty().bind(viewModel.totalsTextProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(heading, table, totals);
        body.getStyleClass().add("ledger-body");
        return body;
    }

    private void createTable() {
        table.setId("ledger-table");
        table.getStyleClass().add("ledger-table");
        table.setItems(viewModel.lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label placeholder = new Label(Messages.get("ledger.ui.empty"));
        placeholder.getStyleClass().add("ledger-placeholder");
        table.setPlaceholder(placeholder);
        for (LedgerColumn column : LedgerColumn.values()) {
            table.getColumns().add(column(column));
        }
        // A header click sorts the ledger itself (numbering, groups and pages follow), not just the rows on screen.
        table.setSortPolicy(view -> {
            if (view.getSortOrder().isEmpty()) {
                viewModel.clearSort();
            } else {
                TableColumn<LedgerLine, ?> first = view.getSortOrder().get(0);
                viewModel.sortTo((LedgerColumn) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(LedgerLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("ledger-group-heading", "ledger-subtotal", "ledger-withdrawn");
                if (!empty && line instanceof LedgerLine.Heading) {
                    getStyleClass().add("ledger-group-heading");
                } else if (!empty && line instanceof LedgerLine.Subtotal) {
                    getStyleClass().add("ledger-subtotal");
                } else if (!empty && line instanceof LedgerLine.Row row && row.row().item().withdrawn()) {
                    getStyleClass().add("ledger-withdrawn");
                }
            }
        });
    }

    private TableColumn<LedgerLine, LedgerLine> column(LedgerColumn column) {
        TableColumn<LedgerLine, LedgerLine> tableColumn = new TableColumn<>(column.header());
        tableColumn.setId("ledger-column-" + column.name());
        tableColumn.setUserData(column);
        tableColumn.setCellValueFactory(features -> Bindings.createObjectBinding(features::getValue));
        tableColumn.setPrefWidth(width(column) * EM);
        // Never narrower than its header (and the sort arrow): 事项来源 must not become 事项...
        tableColumn.setMinWidth((column.header().length() + 2.6) * EM);
        tableColumn.setReorderable(false);
        tableColumn.setCellFactory(view -> new WrappingCell(column));
        return tableColumn;
    }

    /** Widths in em: the long texts wide, the dates just wide enough for 2026-11-21. */
    private static double width(LedgerColumn column) {
        return switch (column) {
            case NUMBER -> 3.4;
            case TITLE -> 17;
            case SOURCE -> 5.5;
            case ASSIGNED_ON, DEADLINE, CLOSED_ON -> 6.6;
            case LEAD_UNIT -> 7.5;
            case ASSIST_UNITS -> 7.5;
            case OWNER -> 4.5;
            case PROGRESS -> 14;
            case STATUS -> 6.5;
            case REMARKS -> 9;
        };
    }

    /** A cell whose text wraps to the column's width, so the row grows to show it whole. */
    private static final class WrappingCell extends TableCell<LedgerLine, LedgerLine> {
        private final LedgerColumn column;
        private final Text text = new Text();

        WrappingCell(LedgerColumn column) {
            this.column = column;
            text.getStyleClass().add("ledger-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
            getStyleClass().add("ledger-cell-" + column.name().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        protected void updateItem(LedgerLine line, boolean empty) {
            super.updateItem(line, empty);
            pseudoClassStateChanged(OVERDUE, false);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            String shown = "";
            if (line instanceof LedgerLine.Row row) {
                shown = column.text(row.row());
            } else if (line instanceof LedgerLine.Heading heading && column == LedgerColumn.TITLE) {
                shown = Messages.get("ledger.ui.groupHeading", heading.text(), heading.count());
            } else if (line instanceof LedgerLine.Subtotal subtotal && column == LedgerColumn.TITLE) {
                shown = Messages.get("ledger.ui.subtotal", subtotal.totals().describe());
            }
            if (line instanceof LedgerLine.Row row && column == LedgerColumn.STATUS) {
                pseudoClassStateChanged(OVERDUE, row.row().deadlineState() == duban.domain.DeadlineState.OVERDUE
                        || row.row().deadlineState() == duban.domain.DeadlineState.CLOSED_LATE);
            }
            text.setText(shown);
            setGraphic(text);
        }
    }

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    // ---- status line ------------------------------------------------------------------------

    private HBox statusLine() {
        return JobStatusLine.of(viewModel.messageProperty(), viewModel.job(), "ledger");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Path chooseSaveTarget(LedgerExport format, String suggestedName) {
        return JobStatusLine.chooseSaveTarget(this, format, suggestedName);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("ledger-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A choice that shows a name, or 全部 for no choice. */
    private static final class Choice<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> label;
        private final String none;

        Choice(java.util.function.Function<T, String> label, String none) {
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
