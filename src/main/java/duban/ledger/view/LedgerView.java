package duban.ledger.view;

import duban.i18n.Messages;
import duban.ledger.export.LedgerExport;
import duban.ui.Fxml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The 督办台账 window's content, laid out by {@code ledger.fxml} (with the scope bar of
 * {@code ledger-scope-bar.fxml}): it binds the tools, title, table and status line to its
 * {@link LedgerViewModel} and adds what follows the data: one export button per format and the
 * table's columns ({@link LedgerTableColumns}).
 */
public final class LedgerView extends BorderPane {

    private final LedgerViewModel viewModel;
    /** What 导入任务清单 opens, over the ledger's window. */
    private final Consumer<Window> importOpener;
    /** Asks where to save an export; tests answer without a dialog. */
    private BiFunction<LedgerExport, String, Path> saveTarget = this::chooseSaveTarget;

    /** 导出反馈表… and 导入反馈表…, each given the ledger's window; none until set. */
    private Consumer<Window> feedbackExporter = owner -> { };
    private Consumer<Window> feedbackImporter = owner -> { };

    @FXML private HBox tools;
    @FXML private Button feedbackExport;
    @FXML private CheckBox exportAttachments;
    @FXML private Button feedbackImport;
    @FXML private Button printPreview;
    @FXML private TextField officeName;
    @FXML private Label title;
    @FXML private Label subtitle;
    @FXML private TableView<LedgerLine> table;
    @FXML private Label totals;
    @FXML private JobStatusLine statusLine;

    /** The ledger over {@code viewModel}; 导入任务清单 calls {@code importOpener} with the ledger's window. */
    public LedgerView(LedgerViewModel viewModel, Consumer<Window> importOpener) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.importOpener = Objects.requireNonNull(importOpener, "importOpener");
        Fxml.loadInto(this, "ledger.fxml", type -> type == LedgerScopeBar.class
                ? new LedgerScopeBar(viewModel) : this);
    }

    @FXML
    private void initialize() {
        printPreview.disableProperty().bind(viewModel.job().runningProperty());
        tools.getChildren().addAll(tools.getChildren().indexOf(printPreview) + 1, exportButtons());
        exportAttachments.selectedProperty().bindBidirectional(viewModel.exportAttachmentsProperty());
        exportAttachments.disableProperty().bind(viewModel.job().runningProperty());
        officeName.setText(viewModel.officeNameProperty().get());
        viewModel.officeNameProperty().addListener((observable, old, name) -> {
            if (!officeName.isFocused()) {
                officeName.setText(name);
            }
        });
        officeName.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commitOfficeName();
            }
        });
        title.textProperty().bind(viewModel.titleProperty());
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        totals.textProperty().bind(viewModel.totalsTextProperty());
        LedgerTableColumns.install(table, viewModel);
        statusLine.bind(viewModel.messageProperty(), viewModel.job());
    }

    /** Opens the print preview, as the 打印预览 button and Ctrl+P do (not while an export runs). */
    @FXML
    public void openPrintPreview() {
        if (!viewModel.job().runningProperty().get()) {
            showPrintPreview();
        }
    }

    /** Where exports are saved: by default a save dialog; tests give the file straight away. */
    public void setSaveTarget(BiFunction<LedgerExport, String, Path> chooser) {
        saveTarget = Objects.requireNonNull(chooser, "chooser");
    }

    public TableView<LedgerLine> table() {
        return table;
    }

    @FXML
    private void openImport() {
        importOpener.accept(getScene() == null ? null : getScene().getWindow());
    }

    /** Shows 导出反馈表… and 导入反馈表…, which call {@code exporter} and {@code importer} with the ledger's window. */
    public void setFeedbackActions(Consumer<Window> exporter, Consumer<Window> importer) {
        feedbackExporter = Objects.requireNonNull(exporter, "exporter");
        feedbackImporter = Objects.requireNonNull(importer, "importer");
        for (Button button : List.of(feedbackExport, feedbackImport)) {
            button.setVisible(true);
            button.setManaged(true);
        }
    }

    @FXML
    private void exportFeedbackForms() {
        feedbackExporter.accept(getScene() == null ? null : getScene().getWindow());
    }

    @FXML
    private void importFeedbackForm() {
        feedbackImporter.accept(getScene() == null ? null : getScene().getWindow());
    }

    @FXML
    private void commitOfficeName() {
        viewModel.commitOfficeName(officeName.getText());
    }

    /** One button per export format, each asking where to save and exporting in the background. */
    private List<Button> exportButtons() {
        List<Button> buttons = new ArrayList<>();
        for (LedgerExport format : LedgerExport.values()) {
            Button button = new Button(Messages.get("ledger.ui.export", format == LedgerExport.XLSX ? "Excel"
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
            buttons.add(button);
        }
        return buttons;
    }

    /** The print preview of the ledger as it is now, in a window of its own. */
    private void showPrintPreview() {
        PrintPreviewWindow.show(getScene() == null ? null : getScene().getWindow(), viewModel.printPreview(),
                viewModel.suggestedFileName(LedgerExport.PDF));
    }

    private Path chooseSaveTarget(LedgerExport format, String suggestedName) {
        return JobStatusLine.chooseSaveTarget(this, format, suggestedName);
    }
}
