package duban.ledger.importing;

import duban.i18n.Messages;
import duban.ledger.LedgerStyles;
import java.io.File;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;

/**
 * The controller of {@code import-dialog.fxml}: binds the chosen file, its problems and notes,
 * the summary, 新建单位 and the message to the {@link ImportViewModel}, adds the preview table's
 * columns (rows with problems marked {@code :invalid}, rows imported before {@code :already-imported})
 * and asks for the file to check.
 */
public final class ImportForm {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass ALREADY_IMPORTED = PseudoClass.getPseudoClass("already-imported");

    private final ImportViewModel viewModel;

    @FXML private Label fileName;
    @FXML private ProgressIndicator working;
    @FXML private Button choose;
    @FXML private Label fileProblem;
    @FXML private Label fileNotes;
    @FXML private TableView<PreviewRow> table;
    @FXML private Label summary;
    @FXML private CheckBox createUnits;
    @FXML private Label message;

    public ImportForm(ImportViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(viewModel.fileNameProperty());
        choose.disableProperty().bind(viewModel.busyProperty());
        working.progressProperty().bind(viewModel.progressProperty());
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        showWhenNotEmpty(fileNotes, viewModel.fileNotesProperty());
        showWhenNotEmpty(fileProblem, viewModel.fileProblemProperty());
        fillTable();
        summary.textProperty().bind(viewModel.summaryProperty());
        createUnits.textProperty().bind(viewModel.createUnitsTextProperty());
        createUnits.selectedProperty().bindBidirectional(viewModel.createUnitsProperty());
        createUnits.visibleProperty().bind(viewModel.unknownUnitsProperty());
        createUnits.managedProperty().bind(createUnits.visibleProperty());
        createUnits.disableProperty().bind(viewModel.busyProperty());
        showWhenNotEmpty(message, viewModel.messageProperty());
        // Issue 18: a task list dragged from the file manager onto the preview opens as 选择文件… would.
        duban.ui.FileDrops.accept(table, table, files -> {
            if (!viewModel.busyProperty().get()) {
                viewModel.open(files.get(0));
            }
        });
    }

    /** {@code label} shows {@code text}, and takes no room while it is empty. */
    private static void showWhenNotEmpty(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void fillTable() {
        table.setItems(viewModel.rows());
        table.getColumns().add(column("import.column.row", row -> String.valueOf(row.rowNumber()), 4.5));
        table.getColumns().get(0).getStyleClass().add(LedgerStyles.IMPORT_ROW_NUMBER);
        table.getColumns().add(wrappingColumn("import.column.title", PreviewRow::treeTitle, 20,
                LedgerStyles.IMPORT_TITLE_TEXT));
        table.getColumns().add(column("import.column.leadUnit", PreviewRow::leadUnit, 10));
        table.getColumns().add(column("import.column.owner", PreviewRow::owner, 5.5));
        table.getColumns().add(column("import.column.deadline", PreviewRow::deadline, 7));
        table.getColumns().add(wrappingColumn("import.column.issues", PreviewRow::issues, 22,
                LedgerStyles.IMPORT_ISSUE_TEXT));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(INVALID, !empty && row != null && row.verdict() == PreviewRow.Verdict.INVALID);
                pseudoClassStateChanged(ALREADY_IMPORTED,
                        !empty && row != null && row.verdict() == PreviewRow.Verdict.ALREADY_IMPORTED);
            }
        });
    }

    private static TableColumn<PreviewRow, String> column(String key, Function<PreviewRow, String> value,
                                                          double widthEm) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setPrefWidth(em(widthEm));
        return column;
    }

    /** A column whose cells show their whole text, wrapped, in a Text of {@code textStyleClass}. */
    private static TableColumn<PreviewRow, String> wrappingColumn(String key, Function<PreviewRow, String> value,
                                                                  double widthEm, String textStyleClass) {
        TableColumn<PreviewRow, String> column = column(key, value, widthEm);
        column.setCellFactory(view -> new WrappingCell(textStyleClass));
        return column;
    }

    /** Widths in em of the board's 10.5pt font, so that the columns scale with the desktop's font size. */
    private static double em(double ems) {
        return ems * 14;
    }

    /** A cell showing its whole text, wrapped over as many lines as it needs (督办事项, 问题). */
    private static final class WrappingCell extends TableCell<PreviewRow, String> {
        private final Text text = new Text();

        WrappingCell(String textStyleClass) {
            text.getStyleClass().add(textStyleClass);
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String shown, boolean empty) {
            super.updateItem(shown, empty);
            if (empty || shown == null || shown.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
            } else {
                text.setText(shown);
                setGraphic(text);
                setTooltip(new Tooltip(shown));
            }
        }
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooseTitle"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter.all"), "*.xlsx", "*.xls", "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("import.filter.xlsx"), "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter(Messages.get("import.filter.csv"), "*.csv"));
        File chosen = chooser.showOpenDialog(choose.getScene().getWindow());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }
}
