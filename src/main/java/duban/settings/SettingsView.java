package duban.settings;

import duban.domain.office.OfficeSettings;

import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.i18n.Messages;
import java.io.File;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Builds the settings form and binds it to the {@link SettingsViewModel}: the 默认办理时限 table on
 * the left; 临期提醒, 进展报送周期, 办结前须有办理进展 and the holiday calendar on the right. It holds
 * no state of its own and writes nothing.
 */
final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Supplier<Window> window;
    private final Function<Window, File> calendarChooser;
    private TableView<LimitRow> limits;

    /**
     * @param window          the dialog's window, owner of the file chooser
     * @param calendarChooser asks for a calendar file; {@code null} when the officer cancels
     */
    SettingsView(SettingsViewModel viewModel, Supplier<Window> window, Function<Window, File> calendarChooser) {
        this.viewModel = viewModel;
        this.window = window;
        this.calendarChooser = calendarChooser;
    }

    /** The whole form. */
    Region build() {
        Label heading = new Label(Messages.get("settings.heading"));
        heading.getStyleClass().add("form-heading");
        heading.setMaxWidth(Double.MAX_VALUE);

        // Two columns of about equal height: the table and 临期 on the left, the rest on the right.
        VBox left = new VBox(limitsSection(), dueSoonSection());
        left.getStyleClass().addAll("settings-column", "settings-left");
        VBox right = new VBox(cadenceSection(), reportRequiredSection(), calendarSection());
        right.getStyleClass().addAll("settings-column", "settings-right");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("settings-columns");

        VBox form = new VBox(heading);
        if (!viewModel.loadProblems().isEmpty()) {
            form.getChildren().add(problemsBox());
        }
        form.getChildren().add(columns);
        form.getStyleClass().add("settings-form");
        form.setId("settings-form");
        return form;
    }

    /** The field that should have the focus when the dialog opens. */
    Node firstField() {
        return limits;
    }

    // ---- sections -------------------------------------------------------------------------------

    private Node problemsBox() {
        Label title = new Label(Messages.get("settings.problems.heading"));
        title.getStyleClass().add("settings-problems-title");
        Label list = new Label(String.join("\n", viewModel.loadProblems()));
        list.getStyleClass().add("settings-problems-list");
        list.setWrapText(true);
        list.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(title, list);
        box.setId("settings-problems");
        box.getStyleClass().add("settings-problems");
        return box;
    }

    private Node limitsSection() {
        limits = new TableView<>(viewModel.limitRows());
        limits.setId("settings-limits");
        limits.getStyleClass().add("settings-limits");
        limits.setEditable(true);
        limits.getSelectionModel().setCellSelectionEnabled(true);
        limits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<LimitRow, String> sourceColumn = new TableColumn<>(Messages.get("settings.limits.source"));
        sourceColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().source().label()));
        sourceColumn.setEditable(false);
        sourceColumn.setSortable(false);
        sourceColumn.setReorderable(false);
        sourceColumn.getStyleClass().add("limit-source-column");
        limits.getColumns().add(sourceColumn);
        for (Category category : Category.values()) {
            TableColumn<LimitRow, LimitEntry> column = new TableColumn<>(category.label());
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().entry(category)));
            column.setCellFactory(unused -> new LimitCell());
            // The cell writes into its LimitEntry as the officer types; nothing is left to commit.
            column.setOnEditCommit(event -> { });
            column.setSortable(false);
            column.setReorderable(false);
            limits.getColumns().add(column);
        }
        fitTableToRows();

        Label limitsError = messageLabel("settings-limits-error", "field-error");
        limitsError.textProperty().bind(viewModel.limitsErrorProperty());
        return section(Messages.get("settings.limits.title"), Messages.get("settings.limits.hint"),
                limits, limitsError);
    }

    private Node dueSoonSection() {
        Spinner<Integer> days = new Spinner<>();
        days.setId("settings-due-soon");
        days.getStyleClass().add("settings-number");
        IntegerSpinners.bind(days, 0, OfficeSettings.MAX_DUE_SOON_DAYS, viewModel.dueSoonDaysProperty());
        HBox row = new HBox(new Label(Messages.get("settings.dueSoon.before")), days,
                new Label(Messages.get("settings.dueSoon.after")));
        row.getStyleClass().add("settings-row");
        Label error = messageLabel("settings-due-soon-error", "field-error");
        error.textProperty().bind(viewModel.dueSoonErrorProperty());
        return section(Messages.get("settings.dueSoon.title"), null, row, error);
    }

    private Node cadenceSection() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.getColumnConstraints().setAll(labelColumn(), new ColumnConstraints(), new ColumnConstraints(),
                grow());
        int row = 0;
        for (Category category : Category.values()) {
            CadenceEntry entry = viewModel.cadence(category);
            ChoiceBox<ReportCadence.Kind> kind = new ChoiceBox<>();
            kind.setId("settings-cadence-" + category.name());
            kind.getItems().setAll(ReportCadence.Kind.values());
            kind.setConverter(new StringConverter<>() {
                @Override
                public String toString(ReportCadence.Kind value) {
                    if (value == null) {
                        return "";
                    }
                    return value == ReportCadence.Kind.EVERY_DAYS ? Messages.get("settings.cadence.kind.everyDays")
                            : Messages.get("settings.cadence.kind.monthlyBy");
                }

                @Override
                public ReportCadence.Kind fromString(String text) {
                    throw new UnsupportedOperationException("a choice, not typed");
                }
            });
            kind.valueProperty().bindBidirectional(entry.kindProperty());

            Spinner<Integer> amount = new Spinner<>();
            amount.setId("settings-cadence-" + category.name() + "-amount");
            amount.getStyleClass().add("settings-number");
            SpinnerValueFactory.IntegerSpinnerValueFactory factory = IntegerSpinners.bind(amount, 1,
                    CadenceEntry.maxAmount(entry.kindProperty().get()), entry.amountProperty());
            entry.kindProperty().addListener((observable, before, now) -> {
                if (now != null) {
                    factory.setMax(CadenceEntry.maxAmount(now));
                }
            });

            Label description = new Label();
            description.setId("settings-cadence-" + category.name() + "-description");
            description.getStyleClass().add("settings-muted");
            description.textProperty().bind(entry.descriptionProperty());
            Label error = messageLabel("settings-cadence-" + category.name() + "-error", "field-error");
            error.textProperty().bind(entry.errorProperty());

            grid.add(fieldLabel(category.label()), 0, row);
            grid.add(kind, 1, row);
            grid.add(amount, 2, row);
            grid.add(description, 3, row);
            grid.add(error, 1, row + 1, 3, 1);
            row += 2;
        }
        return section(Messages.get("settings.cadence.title"), Messages.get("settings.cadence.hint"), grid);
    }

    private Node reportRequiredSection() {
        HBox boxes = new HBox();
        boxes.getStyleClass().add("settings-row");
        viewModel.reportRequired().forEach((category, checked) -> {
            CheckBox box = new CheckBox(category.label());
            box.setId("settings-report-required-" + category.name());
            box.selectedProperty().bindBidirectional(checked);
            boxes.getChildren().add(box);
        });
        return section(Messages.get("settings.reportRequired.title"), Messages.get("settings.reportRequired.hint"),
                boxes);
    }

    private Node calendarSection() {
        GridPane facts = new GridPane();
        facts.getStyleClass().add("settings-grid");
        facts.getColumnConstraints().setAll(labelColumn(), grow());
        facts.add(fieldLabel(Messages.get("settings.calendar.origin")), 0, 0);
        facts.add(boundLabel("settings-calendar-origin", viewModel.calendarOriginProperty()), 1, 0);
        facts.add(fieldLabel(Messages.get("settings.calendar.covered")), 0, 1);
        facts.add(boundLabel("settings-calendar-years", viewModel.coveredYearsProperty()), 1, 1);
        facts.add(fieldLabel(Messages.get("settings.calendar.provisional")), 0, 2);
        Label provisional = boundLabel("settings-calendar-provisional", viewModel.provisionalYearsProperty());
        provisional.setWrapText(true);
        facts.add(provisional, 1, 2);

        Button importFile = new Button(Messages.get("settings.calendar.import"));
        importFile.setId("settings-import-calendar");
        importFile.setOnAction(event -> {
            File chosen = calendarChooser.apply(window.get());
            if (chosen != null) {
                viewModel.importCalendar(chosen.toPath());
            }
        });
        Button reset = new Button(Messages.get("settings.calendar.reset"));
        reset.setId("settings-reset-calendar");
        reset.disableProperty().bind(viewModel.shippedCalendarProperty());
        reset.setOnAction(event -> viewModel.resetCalendar());
        HBox buttons = new HBox(importFile, reset);
        buttons.getStyleClass().add("settings-row");

        Label done = messageLabel("settings-calendar-message", "field-hint");
        done.textProperty().bind(viewModel.calendarMessageProperty());
        Label error = messageLabel("settings-calendar-error", "field-error");
        error.textProperty().bind(viewModel.calendarErrorProperty());
        return section(Messages.get("settings.calendar.title"), Messages.get("settings.calendar.hint"),
                facts, buttons, done, error);
    }

    /**
     * Makes the table exactly as tall as its header and rows: no empty rows below the eight sources
     * and no scroll bar, whatever the font size. The header's height is known once it is laid out.
     */
    private void fitTableToRows() {
        limits.skinProperty().addListener((observable, before, skin) -> {
            if (skin != null && limits.lookup(".column-header-background") instanceof Region header) {
                limits.prefHeightProperty().bind(Bindings.createDoubleBinding(
                        () -> header.getHeight() + limits.getFixedCellSize() * limits.getItems().size()
                                + limits.getInsets().getTop() + limits.getInsets().getBottom(),
                        header.heightProperty(), limits.fixedCellSizeProperty(), limits.getItems(),
                        limits.insetsProperty()));
                limits.minHeightProperty().bind(limits.prefHeightProperty());
                limits.maxHeightProperty().bind(limits.prefHeightProperty());
            }
        });
    }

    // ---- building blocks ------------------------------------------------------------------------

    private static VBox section(String title, String hint, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("settings-section-title");
        VBox section = new VBox(heading);
        if (hint != null) {
            Label explanation = new Label(hint);
            explanation.getStyleClass().add("settings-hint");
            explanation.setWrapText(true);
            explanation.setMaxWidth(Double.MAX_VALUE);
            section.getChildren().add(explanation);
        }
        section.getChildren().addAll(content);
        section.getStyleClass().add("settings-section");
        return section;
    }

    private static Label messageLabel(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        // Takes room only while there is a message: the sections stay together.
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label boundLabel(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("settings-field-label");
        GridPane.setHalignment(label, HPos.RIGHT);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setHalignment(HPos.RIGHT);
        return column;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }
}
