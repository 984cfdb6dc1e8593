package duban.settings;

import duban.domain.Category;
import duban.domain.ReportCadence;
import duban.domain.office.OfficeSettings;
import duban.i18n.Messages;
import duban.ui.StyleClasses;
import java.io.File;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The controller of {@code settings.fxml}: adds the 默认办理时限 table's columns and one row per
 * 督办类别, and binds the form to the {@link SettingsViewModel}. It holds no state of its own and
 * writes nothing.
 */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Supplier<Window> window;
    private final Function<Window, File> calendarChooser;
    @FXML private VBox form;
    @FXML private VBox problems;
    @FXML private Label problemsList;
    @FXML private TableView<LimitRow> limits;
    @FXML private Label limitsError;
    @FXML private Spinner<Integer> dueSoonDays;
    @FXML private Label dueSoonError;
    @FXML private TextField operatorName;
    @FXML private Label operatorHint;
    @FXML private Label operatorError;
    @FXML private GridPane cadences;
    @FXML private HBox reportRequired;
    @FXML private Spinner<Integer> attachmentMaxMegabytes;
    @FXML private HBox evidenceRequired;
    @FXML private Label calendarOrigin;
    @FXML private Label calendarYears;
    @FXML private Label calendarProvisional;
    @FXML private Button resetCalendar;
    @FXML private Label calendarMessage;
    @FXML private Label calendarError;
    @FXML private ReadingSection reading;

    /**
     * The controller for {@code viewModel}; the FXML loader's controller factory calls it.
     *
     * @param window          the dialog's window, owner of the file chooser
     * @param calendarChooser asks for a calendar file; {@code null} when the officer cancels
     */
    public SettingsView(SettingsViewModel viewModel, Supplier<Window> window, Function<Window, File> calendarChooser) {
        this.viewModel = viewModel;
        this.window = window;
        this.calendarChooser = calendarChooser;
    }

    /** 文字与颜色: this user's text size and high contrast, kept apart from the office's settings. */
    ReadingSection reading() {
        return reading;
    }

    @FXML
    private void initialize() {
        if (viewModel.loadProblems().isEmpty()) {
            form.getChildren().remove(problems);
        } else {
            problemsList.setText(String.join("\n", viewModel.loadProblems()));
        }
        limitsSection();
        IntegerSpinners.bind(dueSoonDays, 0, OfficeSettings.MAX_DUE_SOON_DAYS, viewModel.dueSoonDaysProperty());
        showMessage(dueSoonError, viewModel.dueSoonErrorProperty());
        operatorName.textProperty().bindBidirectional(viewModel.operatorNameProperty());
        operatorHint.setText(viewModel.operatorHint());
        showMessage(operatorError, viewModel.operatorErrorProperty());
        cadenceRows();
        reportRequiredBoxes();
        attachmentSection();
        calendarSection();
    }

    /** The field that should have the focus when the dialog opens. */
    Node firstField() {
        return limits;
    }

    // ---- sections -------------------------------------------------------------------------------

    private void limitsSection() {
        limits.setItems(viewModel.limitRows());
        limits.getSelectionModel().setCellSelectionEnabled(true);
        limits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<LimitRow, String> sourceColumn = new TableColumn<>(Messages.get("settings.limits.source"));
        sourceColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().source().label()));
        sourceColumn.setEditable(false);
        sourceColumn.setSortable(false);
        sourceColumn.setReorderable(false);
        sourceColumn.getStyleClass().add(SettingsStyles.LIMIT_SOURCE_COLUMN);
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
        showMessage(limitsError, viewModel.limitsErrorProperty());
    }

    private void cadenceRows() {
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
            amount.getStyleClass().add(SettingsStyles.NUMBER);
            SpinnerValueFactory.IntegerSpinnerValueFactory factory = IntegerSpinners.bind(amount, 1,
                    CadenceEntry.maxAmount(entry.kindProperty().get()), entry.amountProperty());
            entry.kindProperty().addListener((observable, before, now) -> {
                if (now != null) {
                    factory.setMax(CadenceEntry.maxAmount(now));
                }
            });

            Label description = new Label();
            description.setId("settings-cadence-" + category.name() + "-description");
            description.getStyleClass().add(SettingsStyles.MUTED);
            description.textProperty().bind(entry.descriptionProperty());
            Label error = new Label();
            error.setId("settings-cadence-" + category.name() + "-error");
            error.getStyleClass().add(StyleClasses.FIELD_ERROR);
            showMessage(error, entry.errorProperty());

            cadences.add(fieldLabel(category.label()), 0, row);
            cadences.add(kind, 1, row);
            cadences.add(amount, 2, row);
            cadences.add(description, 3, row);
            cadences.add(error, 1, row + 1, 3, 1);
            row += 2;
        }
    }

    private void reportRequiredBoxes() {
        viewModel.reportRequired().forEach((category, checked) -> {
            CheckBox box = new CheckBox(category.label());
            box.setId("settings-report-required-" + category.name());
            box.selectedProperty().bindBidirectional(checked);
            reportRequired.getChildren().add(box);
        });
    }

    private void attachmentSection() {
        AttachmentRules rules = viewModel.attachmentRules();
        IntegerSpinners.bind(attachmentMaxMegabytes, 1, duban.domain.attachments.AttachmentSettings.MAX_MAX_MEGABYTES,
                rules.maxMegabytesProperty());
        rules.evidenceRequired().forEach((category, checked) -> {
            CheckBox box = new CheckBox(category.label());
            box.setId("settings-evidence-required-" + category.name());
            box.selectedProperty().bindBidirectional(checked);
            evidenceRequired.getChildren().add(box);
        });
    }

    private void calendarSection() {
        calendarOrigin.textProperty().bind(viewModel.calendarOriginProperty());
        calendarYears.textProperty().bind(viewModel.coveredYearsProperty());
        calendarProvisional.textProperty().bind(viewModel.provisionalYearsProperty());
        resetCalendar.disableProperty().bind(viewModel.shippedCalendarProperty());
        showMessage(calendarMessage, viewModel.calendarMessageProperty());
        showMessage(calendarError, viewModel.calendarErrorProperty());
    }

    @FXML
    private void importCalendar() {
        File chosen = calendarChooser.apply(window.get());
        if (chosen != null) {
            viewModel.importCalendar(chosen.toPath());
        }
    }

    @FXML
    private void resetCalendar() {
        viewModel.resetCalendar();
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

    /** Shows {@code message} in {@code label}, which takes room only while there is one: the sections stay together. */
    private static void showMessage(Label label, ObservableValue<String> message) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(SettingsStyles.FIELD_LABEL);
        GridPane.setHalignment(label, HPos.RIGHT);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
