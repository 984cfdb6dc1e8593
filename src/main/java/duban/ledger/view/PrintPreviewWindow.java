package duban.ledger.view;

import duban.i18n.FailureText;

import duban.ui.CjkFonts;
import duban.i18n.Messages;
import duban.ui.Converters;
import duban.ledger.export.LedgerExport;
import duban.ledger.print.CjkFontFile;
import duban.ledger.print.FontMeasure;
import duban.ledger.print.LedgerPage;
import duban.ledger.print.LedgerPageLayout;
import duban.ledger.print.LedgerPageNode;
import duban.ledger.print.LedgerPages;
import duban.ledger.print.Orientation;
import duban.ledger.print.PageSetup;
import duban.ledger.print.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 打印预览: the real printed pages of the ledger, one at a time and scaled to the window, with the
 * paper and orientation to choose, 打印… through the system's printer dialog, and 导出 PDF of the
 * very same pages. Without a printer it says so and offers the PDF instead.
 */
public final class PrintPreviewWindow extends BorderPane {

    private static final double EM = 14;

    private final PrintPreviewViewModel viewModel;
    private final Pagination pagination = new Pagination(1, 0);
    /** The printer job to use; {@code null} when this machine has no printer. Tests replace it. */
    private Supplier<PrinterJob> printerJobs = PrinterJob::createPrinterJob;
    /** Asks where to save the PDF; tests answer without a dialog. */
    private BiFunction<LedgerExport, String, Path> saveTarget = this::chooseSaveTarget;
    private final String suggestedPdfName;

    public PrintPreviewWindow(PrintPreviewViewModel viewModel, String suggestedPdfName) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.suggestedPdfName = suggestedPdfName;
        setId("print-preview");
        getStyleClass().add("print-preview");
        getStylesheets().add(Objects.requireNonNull(PrintPreviewWindow.class.getResource(LedgerView.STYLESHEET))
                .toExternalForm());
        setTop(toolBar());
        setCenter(pages());
        setBottom(statusLine());
    }

    /**
     * Opens the preview of {@code viewModel}'s ledger in a window of its own and starts laying
     * out its pages; returns the window.
     */
    public static Stage show(Window owner, PrintPreviewViewModel viewModel, String suggestedPdfName) {
        PrintPreviewWindow view = new PrintPreviewWindow(viewModel, suggestedPdfName);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("preview.windowTitle"));
        stage.setScene(view.scene(1180, 820));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnHidden(event -> viewModel.job().cancel());
        stage.show();
        viewModel.layOut();
        return stage;
    }

    /** A scene showing the preview, with the board's stylesheet, the CJK font and its keys. */
    public Scene scene(double width, double height) {
        CjkFonts.apply(this);
        Scene scene = new Scene(this, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(PrintPreviewWindow.class.getResource("/board.css"))
                .toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), () -> turn(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), () -> turn(-1));
        return scene;
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

    // ---- tools ------------------------------------------------------------------------------

    private HBox toolBar() {
        ChoiceBox<Paper> paper = new ChoiceBox<>(FXCollections.observableArrayList(Paper.values()));
        paper.setId("preview-paper");
        paper.setConverter(Converters.labels());
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        ChoiceBox<Orientation> orientation = new ChoiceBox<>(FXCollections.observableArrayList(Orientation.values()));
        orientation.setId("preview-orientation");
        orientation.setConverter(Converters.labels());
        orientation.valueProperty().bindBidirectional(viewModel.orientationProperty());
        ChoiceBox<MarginChoice> margins = new ChoiceBox<>(FXCollections.observableArrayList(MarginChoice.values()));
        margins.setId("preview-margins");
        margins.setConverter(Converters.labels());
        margins.valueProperty().bindBidirectional(viewModel.marginsProperty());
        margins.disableProperty().bind(viewModel.job().runningProperty());
        paper.disableProperty().bind(viewModel.job().runningProperty());
        orientation.disableProperty().bind(viewModel.job().runningProperty());

        Button print = new Button(Messages.get("preview.print"));
        print.setId("preview-print");
        print.setDefaultButton(true);
        print.setOnAction(event -> print());
        Button pdf = new Button(Messages.get("preview.exportPdf"));
        pdf.setId("preview-pdf");
        pdf.setOnAction(event -> exportPdf());
        for (Button button : new Button[] {print, pdf}) {
            button.disableProperty().bind(viewModel.job().runningProperty().or(viewModel.pagesProperty().isNull()));
        }
        Button close = new Button(Messages.get("preview.close"));
        close.setId("preview-close");
        close.setOnAction(event -> close());

        Label pageCount = new Label();
        pageCount.setId("preview-page-count");
        pageCount.getStyleClass().add("ledger-caption");
        pageCount.textProperty().bind(viewModel.pagesProperty().map(pages -> Messages.get("preview.pageCount",
                pages.pageCount())).orElse(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(caption(Messages.get("preview.paper")), paper, caption(Messages.get("preview.orientation")),
                orientation, caption(Messages.get("preview.marginsCaption")), margins, pageCount, spacer, print, pdf,
                close);
        bar.getStyleClass().add("ledger-tools");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("ledger-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    // ---- pages ------------------------------------------------------------------------------

    private Node pages() {
        pagination.setId("preview-pagination");
        pagination.getStyleClass().add("preview-pagination");
        pagination.setMaxPageIndicatorCount(9);
        viewModel.pagesProperty().addListener((observable, old, pages) -> {
            int shown = pagination.getCurrentPageIndex();
            pagination.setPageCount(Math.max(1, pages.pageCount()));
            pagination.setCurrentPageIndex(Math.min(shown, pages.pageCount() - 1));
            // The same index after a new layout: the page factory is asked again only on a change.
            pagination.setPageFactory(null);
            pagination.setPageFactory(this::page);
        });
        pagination.setPageFactory(this::page);
        return pagination;
    }

    /** The page at {@code index} on a sheet with a shadow, scaled to fit the space shown. */
    private Node page(int index) {
        LedgerPages pages = viewModel.pagesProperty().get();
        if (pages == null || viewModel.font().isEmpty() || index >= pages.pageCount()) {
            Label waiting = new Label(viewModel.messageProperty().get());
            waiting.setWrapText(true);
            waiting.getStyleClass().add("preview-waiting");
            StackPane desk = new StackPane(waiting);
            desk.getStyleClass().add("preview-desk");
            return desk;
        }
        LedgerPage page = pages.page(index + 1);
        Group sheet = LedgerPageNode.of(page, viewModel.font().get());
        sheet.setId("preview-page-" + (index + 1));
        sheet.setEffect(new DropShadow(12, javafx.scene.paint.Color.gray(0, 0.35)));
        Scale scale = new Scale();
        sheet.getTransforms().add(scale);
        Group scaled = new Group(sheet);
        StackPane holder = new StackPane(scaled);
        holder.getStyleClass().add("preview-desk");
        // The whole page in view: the smaller of the two fits, with a margin of desk around it.
        javafx.beans.binding.DoubleBinding fit = javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(0.1,
                Math.min((holder.getWidth() - 2 * EM) / page.width(), (holder.getHeight() - 2 * EM) / page.height())),
                holder.widthProperty(), holder.heightProperty());
        scale.xProperty().bind(fit);
        scale.yProperty().bind(fit);
        return holder;
    }

    private void turn(int by) {
        int next = pagination.getCurrentPageIndex() + by;
        if (next >= 0 && next < pagination.getPageCount()) {
            pagination.setCurrentPageIndex(next);
        }
    }

    // ---- status -----------------------------------------------------------------------------

    private HBox statusLine() {
        return JobStatusLine.of(viewModel.messageProperty(), viewModel.job(), "preview");
    }

    // ---- printing and PDF -------------------------------------------------------------------

    /**
     * Prints through the system's printer dialog (printer, copies, pages, and its page setup). With
     * no printer, or no Chinese font, it says so and offers the PDF export instead.
     */
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
        Printer printer = printerJob.getPrinter();
        printerJob.getJobSettings().setPageLayout(printer.createPageLayout(fxPaper(viewModel.paperProperty().get()),
                fxOrientation(viewModel.orientationProperty().get()), Printer.MarginType.HARDWARE_MINIMUM));
        printerJob.getJobSettings().setJobName(shown.heading().title());
        if (!printerJob.showPrintDialog(getScene() == null ? null : getScene().getWindow())) {
            printerJob.cancelJob();
            return;
        }
        PageLayout chosen = printerJob.getJobSettings().getPageLayout();
        PageSetup setup = setupFor(chosen, shown.setup());
        CjkFontFile font = viewModel.font().orElseThrow();
        viewModel.startPrinting(progress -> {
            try {
                // A paper or orientation changed in the system's dialog is honoured: the pages are laid out again.
                LedgerPages pages = setup.equals(shown.setup()) ? shown : LedgerPageLayout.layout(viewModel.ledger(),
                        shown.heading(), setup, FontMeasure.of(font), duban.domain.Progress.NONE);
                for (LedgerPage page : pages.pages()) {
                    progress.advance(page.number() - 1, pages.pageCount());
                    if (!printerJob.printPage(chosen, pageForPrinter(page, font, chosen))) {
                        throw new IOException(Messages.get("preview.printFailed", printerJob.getJobStatus()));
                    }
                }
                if (!printerJob.endJob()) {
                    throw new IOException(Messages.get("preview.printFailed", printerJob.getJobStatus()));
                }
                return pages.pageCount();
            } catch (IOException | RuntimeException e) {
                printerJob.cancelJob();
                throw e;
            }
        }, new LedgerJob.Outcome<Integer>() {
            @Override
            public void done(Integer pageCount) {
                viewModel.showMessage(Messages.get("preview.printed", pageCount, printer.getName()));
            }

            @Override
            public void failed(Throwable failure) {
                viewModel.showMessage(Messages.get("preview.printFailed", FailureText.describe(failure)));
            }

            @Override
            public void cancelled() {
                viewModel.showMessage(Messages.get("preview.printCancelled"));
            }
        });
    }

    /**
     * The page as the printer draws it: the printer puts the node at the corner of its printable
     * area, while our pages start at the paper's corner (our margins are on the page).
     */
    private static Node pageForPrinter(LedgerPage page, CjkFontFile font, PageLayout layout) {
        Group node = LedgerPageNode.of(page, font);
        double paperWidth = layout.getPrintableWidth() + layout.getLeftMargin() + layout.getRightMargin();
        double scale = Math.min(1, paperWidth / page.width());
        node.getTransforms().addAll(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()),
                new Scale(scale, scale));
        return node;
    }

    /** Our page setup for the paper and orientation chosen in the printer's dialog, when it is one of ours. */
    private static PageSetup setupFor(PageLayout chosen, PageSetup current) {
        Paper paper = current.paper();
        if (chosen.getPaper() == javafx.print.Paper.A3) {
            paper = Paper.A3;
        } else if (chosen.getPaper() == javafx.print.Paper.A4) {
            paper = Paper.A4;
        }
        Orientation orientation = chosen.getPageOrientation() == PageOrientation.PORTRAIT
                || chosen.getPageOrientation() == PageOrientation.REVERSE_PORTRAIT
                ? Orientation.PORTRAIT : Orientation.LANDSCAPE;
        return paper == current.paper() && orientation == current.orientation() ? current
                : PageSetup.of(paper, orientation).withMargins(current.margins());
    }

    private static javafx.print.Paper fxPaper(Paper paper) {
        return paper == Paper.A3 ? javafx.print.Paper.A3 : javafx.print.Paper.A4;
    }

    private static PageOrientation fxOrientation(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE;
    }

    /** No printer: a clear message, and the PDF of the same pages as the way out. */
    private void offerPdfInstead() {
        viewModel.showMessage(Messages.get("preview.noPrinter"));
        ButtonType pdf = new ButtonType(Messages.get("preview.exportPdf"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("preview.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("preview.noPrinterDetail"), pdf, close);
        alert.setTitle(Messages.get("preview.noPrinterTitle"));
        alert.setHeaderText(Messages.get("preview.noPrinter"));
        alert.getDialogPane().setId("preview-no-printer");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        CjkFonts.apply(alert.getDialogPane());
        alert.resultProperty().addListener((observable, old, answer) -> {
            if (answer == pdf) {
                exportPdf();
            }
        });
        alert.show();
    }

    private void exportPdf() {
        Path target = saveTarget.apply(LedgerExport.PDF, suggestedPdfName);
        if (target != null) {
            viewModel.exportPdf(target);
        }
    }

    private Path chooseSaveTarget(LedgerExport format, String suggestedName) {
        return JobStatusLine.chooseSaveTarget(this, format, suggestedName);
    }

    private void close() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }
}
