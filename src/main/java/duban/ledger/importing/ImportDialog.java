package duban.ledger.importing;

import duban.ui.Buttons;
import duban.domain.importing.ImportResult;

import duban.ui.forms.Forms;
import duban.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 导入督办事项: choose an .xlsx or .csv task list, see every row with its problems, confirm new
 * units, import the valid rows. The result is the {@link ImportResult} (so the board reloads);
 * 取消 gives none. The view only builds nodes and binds; the view model does the work.
 */
public final class ImportDialog extends Dialog<ImportResult> {

    /** 导入. */
    public static final ButtonType IMPORT = new ButtonType(Messages.get("import.button.import"),
            ButtonBar.ButtonData.OK_DONE);
    /** 保存模板, on the left of the button bar; it does not close the dialog. */
    public static final ButtonType SAVE_TEMPLATE = new ButtonType(Messages.get("import.button.template"),
            ButtonBar.ButtonData.LEFT);

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final PseudoClass ALREADY_IMPORTED = PseudoClass.getPseudoClass("already-imported");
    static final String STYLESHEET = "/import.css";

    private final ImportViewModel viewModel;

    /** @param owner the board's window, or {@code null} */
    public ImportDialog(Window owner, ImportViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("import.windowTitle"));
        setResizable(true);

        DialogPane pane = getDialogPane();
        pane.setId("import-dialog");
        pane.setContent(content());
        pane.getButtonTypes().setAll(SAVE_TEMPLATE, IMPORT, Buttons.CANCEL);
        Forms.apply(pane, STYLESHEET);
        pane.getStyleClass().add("import-dialog");

        Button importButton = (Button) pane.lookupButton(IMPORT);
        importButton.setId("import-ok");
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        // The import runs in the background: keep the dialog open until its result is there.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importRows();
        });
        Button templateButton = (Button) pane.lookupButton(SAVE_TEMPLATE);
        templateButton.setId("import-template");
        templateButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            chooseTemplateTarget();
        });
        Button cancel = (Button) pane.lookupButton(Buttons.CANCEL);
        cancel.setId("import-cancel");
        // While rows are being written, 取消 stops the import (rolled back) instead of closing the dialog.
        cancel.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.busyProperty().get()) {
                event.consume();
                viewModel.cancelImport();
            }
        });

        viewModel.resultProperty().addListener((observable, before, now) -> {
            if (now != null) {
                setResult(now);
                close();
            }
        });
        setResultConverter(button -> null);
    }

    public ImportViewModel viewModel() {
        return viewModel;
    }

    private VBox content() {
        Label heading = Forms.heading(Messages.get("import.heading"));

        Label fileName = new Label();
        fileName.setId("import-file");
        fileName.getStyleClass().add("import-file-name");
        fileName.textProperty().bind(viewModel.fileNameProperty());
        fileName.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(fileName, Priority.ALWAYS);
        Button choose = new Button(Messages.get("import.button.choose"));
        choose.setId("import-choose");
        choose.setOnAction(event -> chooseFile());
        choose.disableProperty().bind(viewModel.busyProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("import-progress");
        working.progressProperty().bind(viewModel.progressProperty());
        working.getStyleClass().add("import-busy");
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label fileCaption = new Label(Messages.get("import.fileCaption"));
        fileCaption.getStyleClass().add("field-label");
        fileCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox fileLine = new HBox(fileCaption, fileName, working, choose);
        fileLine.getStyleClass().add("import-file-line");
        fileLine.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(Messages.get("import.hint"));
        hint.getStyleClass().add("import-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        Label fileNotes = new Label();
        fileNotes.setId("import-file-notes");
        fileNotes.getStyleClass().add("import-file-notes");
        fileNotes.setWrapText(true);
        fileNotes.setMinHeight(Region.USE_PREF_SIZE);
        fileNotes.setMaxWidth(Double.MAX_VALUE);
        fileNotes.textProperty().bind(viewModel.fileNotesProperty());
        fileNotes.visibleProperty().bind(fileNotes.textProperty().isNotEmpty());
        fileNotes.managedProperty().bind(fileNotes.visibleProperty());

        Label fileProblem = new Label();
        fileProblem.setId("import-file-problem");
        fileProblem.getStyleClass().add("import-file-problem");
        fileProblem.setWrapText(true);
        fileProblem.setMinHeight(Region.USE_PREF_SIZE);
        fileProblem.setMaxWidth(Double.MAX_VALUE);
        fileProblem.textProperty().bind(viewModel.fileProblemProperty());
        fileProblem.visibleProperty().bind(fileProblem.textProperty().isNotEmpty());
        fileProblem.managedProperty().bind(fileProblem.visibleProperty());

        TableView<PreviewRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add("import-summary");
        summary.textProperty().bind(viewModel.summaryProperty());

        CheckBox createUnits = new CheckBox();
        createUnits.setId("import-create-units");
        createUnits.getStyleClass().add("import-create-units");
        createUnits.setWrapText(true);
        createUnits.textProperty().bind(viewModel.createUnitsTextProperty());
        createUnits.selectedProperty().bindBidirectional(viewModel.createUnitsProperty());
        createUnits.visibleProperty().bind(viewModel.unknownUnitsProperty());
        createUnits.managedProperty().bind(createUnits.visibleProperty());
        createUnits.disableProperty().bind(viewModel.busyProperty());

        Label message = new Label();
        message.setId("import-message");
        message.getStyleClass().add("import-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox content = new VBox(heading, fileLine, hint, fileProblem, fileNotes, table, summary, createUnits, message);
        content.getStyleClass().add("import-form");
        return content;
    }

    private TableView<PreviewRow> table() {
        TableView<PreviewRow> table = new TableView<>(viewModel.rows());
        table.setId("import-table");
        table.getStyleClass().add("import-table");
        table.setPlaceholder(new Label(Messages.get("import.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("import.column.row", row -> String.valueOf(row.rowNumber()), 4.5, "import-row-number"));
        TableColumn<PreviewRow, String> title = new TableColumn<>(Messages.get("import.column.title"));
        title.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().title()));
        title.setCellFactory(column -> new WrappingCell("import-title-text"));
        title.setPrefWidth(em(20));
        table.getColumns().add(title);
        table.getColumns().add(column("import.column.leadUnit", PreviewRow::leadUnit, 10, null));
        table.getColumns().add(column("import.column.owner", PreviewRow::owner, 5.5, null));
        table.getColumns().add(column("import.column.deadline", PreviewRow::deadline, 7, null));
        TableColumn<PreviewRow, String> issues = new TableColumn<>(Messages.get("import.column.issues"));
        issues.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().issues()));
        issues.setCellFactory(column -> new WrappingCell("import-issue-text"));
        issues.setPrefWidth(em(22));
        table.getColumns().add(issues);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(INVALID, !empty && row != null && row.verdict() == PreviewRow.Verdict.INVALID);
                pseudoClassStateChanged(ALREADY_IMPORTED,
                        !empty && row != null && row.verdict() == PreviewRow.Verdict.ALREADY_IMPORTED);
            }
        });
        return table;
    }

    private static TableColumn<PreviewRow, String> column(String key, Function<PreviewRow, String> value,
                                                          double widthEm, String styleClass) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setPrefWidth(em(widthEm));
        if (styleClass != null) {
            column.getStyleClass().add(styleClass);
        }
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
        protected void updateItem(String issues, boolean empty) {
            super.updateItem(issues, empty);
            if (empty || issues == null || issues.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
            } else {
                text.setText(issues);
                setGraphic(text);
                setTooltip(new Tooltip(issues));
            }
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooseTitle"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter.all"), "*.xlsx", "*.xls", "*.csv"),
                new FileChooser.ExtensionFilter(Messages.get("import.filter.xlsx"), "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter(Messages.get("import.filter.csv"), "*.csv"));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    private void chooseTemplateTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.template.chooseTitle"));
        chooser.setInitialFileName(Messages.get("import.template.fileName"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter.xlsx"), "*.xlsx"));
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            Path target = chosen.toPath();
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                target = target.resolveSibling(target.getFileName() + ".xlsx");
            }
            viewModel.saveTemplate(target);
        }
    }
}
