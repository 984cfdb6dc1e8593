package duban.ledger.view;

import duban.i18n.Messages;
import duban.ledger.export.LedgerExport;
import duban.ledger.print.LedgerPage;
import duban.ledger.print.LedgerPageNode;
import duban.ledger.print.LedgerPages;
import duban.ledger.print.Orientation;
import duban.ledger.print.Paper;
import duban.ui.Converters;
import duban.ui.Fxml;
import duban.ui.print.NoPrinterOffer;
import duban.ui.print.PreviewSheets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 打印预览: the real printed pages of the ledger, one at a time and scaled to the window, with the
 * paper and orientation to choose, 打印… through the system's printer dialog ({@link LedgerPrinting}),
 * and 导出 PDF of the very same pages. Without a printer it says so and offers the PDF instead.
 * Its layout is {@code print-preview.fxml}; it builds only the pages.
 */
public final class PrintPreviewWindow extends BorderPane {

    private final PrintPreviewViewModel viewModel;
    /** The printer job to use; {@code null} when this machine has no printer. Tests replace it. */
    private Supplier<PrinterJob> printerJobs = PrinterJob::createPrinterJob;
    /** Asks where to save the PDF; tests answer without a dialog. */
    private BiFunction<LedgerExport, String, Path> saveTarget = this::chooseSaveTarget;
    private final String suggestedPdfName;

    @FXML private ChoiceBox<Paper> paper;
    @FXML private ChoiceBox<Orientation> orientation;
    @FXML private ChoiceBox<MarginChoice> margins;
    @FXML private Label pageCount;
    @FXML private Button print;
    @FXML private Button pdf;
    @FXML private Pagination pagination;
    @FXML private JobStatusLine statusLine;

    public PrintPreviewWindow(PrintPreviewViewModel viewModel, String suggestedPdfName) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.suggestedPdfName = suggestedPdfName;
        Fxml.loadInto(this, "print-preview.fxml", type -> this);
    }

    @FXML
    private void initialize() {
        setUpChoice(paper, Paper.values(), viewModel.paperProperty());
        setUpChoice(orientation, Orientation.values(), viewModel.orientationProperty());
        setUpChoice(margins, MarginChoice.values(), viewModel.marginsProperty());
        for (Button button : new Button[] {print, pdf}) {
            button.disableProperty().bind(viewModel.job().runningProperty().or(viewModel.pagesProperty().isNull()));
        }
        pageCount.textProperty().bind(viewModel.pagesProperty().map(pages -> Messages.get("preview.pageCount",
                pages.pageCount())).orElse(""));
        viewModel.pagesProperty().addListener((observable, old, pages) -> {
            int shown = pagination.getCurrentPageIndex();
            pagination.setPageCount(Math.max(1, pages.pageCount()));
            pagination.setCurrentPageIndex(Math.min(shown, pages.pageCount() - 1));
            // The same index after a new layout: the page factory is asked again only on a change.
            pagination.setPageFactory(null);
            pagination.setPageFactory(this::page);
        });
        pagination.setPageFactory(this::page);
        statusLine.bind(viewModel.messageProperty(), viewModel.job());
    }

    /** A choice of {@code values} shown by their labels, disabled while a job runs. */
    private <T extends duban.domain.Labeled> void setUpChoice(ChoiceBox<T> choice, T[] values,
                                                           javafx.beans.property.Property<T> value) {
        choice.getItems().setAll(values);
        choice.setConverter(Converters.labels());
        choice.valueProperty().bindBidirectional(value);
        choice.disableProperty().bind(viewModel.job().runningProperty());
    }

    /**
     * Opens the preview of {@code viewModel}'s ledger in a window of its own and starts laying
     * out its pages; returns the window.
     */
    public static Stage show(Window owner, PrintPreviewViewModel viewModel, String suggestedPdfName) {
        PrintPreviewWindow view = new PrintPreviewWindow(viewModel, suggestedPdfName);
        Stage stage = PreviewSheets.showWindow(owner, Messages.get("preview.windowTitle"), view.scene(1180, 820),
                viewModel.job());
        viewModel.layOut();
        return stage;
    }

    /** A scene showing the preview, with the board's stylesheet, the CJK font and its keys. */
    public Scene scene(double width, double height) {
        return PreviewSheets.scene(this, width, height, pagination, this::print, this::close);
    }

    /** Where the printer job comes from; {@code null} from it means no printer. */
    public void setPrinterJobs(Supplier<PrinterJob> jobs) {
        printerJobs = Objects.requireNonNull(jobs, "jobs");
    }

    public void setSaveTarget(BiFunction<LedgerExport, String, Path> chooser) {
        saveTarget = Objects.requireNonNull(chooser, "chooser");
    }

    public Pagination pagination() {
        return pagination;
    }

    // ---- pages ------------------------------------------------------------------------------

    /** The page at {@code index} on the desk, scaled to fit the space shown. */
    private Node page(int index) {
        LedgerPages pages = viewModel.pagesProperty().get();
        if (pages == null || viewModel.font().isEmpty() || index >= pages.pageCount()) {
            return PreviewSheets.waiting(viewModel.messageProperty().get());
        }
        LedgerPage page = pages.page(index + 1);
        Group sheet = LedgerPageNode.of(page, viewModel.font().get());
        sheet.setId("preview-page-" + (index + 1));
        return PreviewSheets.onDesk(sheet, page.width(), page.height());
    }

    // ---- printing and PDF -------------------------------------------------------------------

    /**
     * Prints through the system's printer dialog (printer, copies, pages, and its page setup). With
     * no printer, or no Chinese font, it says so and offers the PDF export instead.
     */
    @FXML
    public void print() {
        LedgerPages shown = viewModel.pagesProperty().get();
        if (shown == null || viewModel.job().runningProperty().get()) {
            return;
        }
        PrinterJob printerJob = printerJobs.get();
        if (printerJob == null) {
            offerPdfInstead();
            return;
        }
        new LedgerPrinting(viewModel).print(shown, printerJob, getScene() == null ? null : getScene().getWindow());
    }

    /** No printer: a clear message, and the PDF of the same pages as the way out. */
    private void offerPdfInstead() {
        viewModel.showMessage(Messages.get("preview.noPrinter"));
        NoPrinterOffer.show(getScene() == null ? null : getScene().getWindow(), this::exportPdf);
    }

    @FXML
    private void exportPdf() {
        Path target = saveTarget.apply(LedgerExport.PDF, suggestedPdfName);
        if (target != null) {
            viewModel.exportPdf(target);
        }
    }

    private Path chooseSaveTarget(LedgerExport format, String suggestedName) {
        return JobStatusLine.chooseSaveTarget(this, format, suggestedName);
    }

    @FXML
    private void close() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }
}
