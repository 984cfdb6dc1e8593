package duban.wallchart;

import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.BackgroundJob;
import duban.ui.Fxml;
import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import duban.ui.print.NoPrinterOffer;
import duban.ui.print.PreviewSheets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 打印看板's preview: the wall chart's A3 landscape pages as they will be printed, one at a time and
 * scaled to the window, with their count, 打印… through the system's printer dialog and 导出 PDF…
 * of the very same pages. Without a printer it says so and offers the PDF instead ({@link NoPrinterOffer});
 * without a Chinese font it says what to install. The pages are laid out in the background. Its layout
 * is {@code wall-chart-preview.fxml}.
 */
public final class WallChartPreview extends BorderPane {

    private final WallChart chart;
    private final Optional<CjkFontFile> font;
    /** Lays the pages out in the background: 10,000 cards are 250 pages and 1–2 s of work. */
    private final BackgroundJob job;
    /** The pages, once laid out; empty before (or when they cannot be). Volatile: tests poll it. */
    private volatile List<WallChartPage> pages = List.of();
    /** The printer job to use; {@code null} from it means this machine has no printer. Tests replace it. */
    private Supplier<PrinterJob> printerJobs = PrinterJob::createPrinterJob;
    /** Asks where to save the PDF, given the suggested file name; tests answer without a dialog. */
    private Function<String, Path> saveTarget = this::choosePdf;

    @FXML private Label pageCount;
    @FXML private Button print;
    @FXML private Button pdf;
    @FXML private Pagination pagination;
    @FXML private Label message;

    /**
     * The preview of {@code chart}, drawn in {@code font} (none: the preview says what to install),
     * its pages laid out by {@code job} once {@link #layOut} is called.
     */
    public WallChartPreview(WallChart chart, Optional<CjkFontFile> font, BackgroundJob job) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.font = Objects.requireNonNull(font, "font");
        this.job = Objects.requireNonNull(job, "job");
        Fxml.loadInto(this, "wall-chart-preview.fxml", type -> this);
    }

    @FXML
    private void initialize() {
        showPages(List.of(), Messages.get("preview.job.layout"));
    }

    /** Lays the pages out in the background and shows them when done. */
    public void layOut() {
        if (font.isEmpty()) {
            showPages(List.of(), Messages.get("print.noCjkFont", CjkFontFile.FONT_PROPERTY));
            return;
        }
        CjkFontFile chosen = font.get();
        job.start(Messages.get("preview.job.layout"), progress -> WallChartLayout.layout(chart, FontMeasure.of(chosen)),
                new BackgroundJob.Outcome<List<WallChartPage>>() {
                    @Override
                    public void done(List<WallChartPage> laidOut) {
                        showPages(laidOut, Messages.get("wallchart.previewMessage", laidOut.size(), cardCount()));
                    }

                    @Override
                    public void failed(Throwable failure) {
                        showPages(List.of(), Messages.get("wallchart.failed") + FailureText.describe(failure));
                    }

                    @Override
                    public void cancelled() {
                        showPages(List.of(), Messages.get("preview.layoutCancelled"));
                    }
                });
    }

    private void showPages(List<WallChartPage> laidOut, String text) {
        pages = List.copyOf(laidOut);
        message.setText(text);
        pageCount.setText(pages.isEmpty() ? "" : Messages.get("preview.pageCount", pages.size()));
        print.setDisable(pages.isEmpty());
        pdf.setDisable(pages.isEmpty());
        pagination.setPageCount(Math.max(1, pages.size()));
        pagination.setCurrentPageIndex(0);
        // Asked again for the page shown: the factory is called only when the index changes.
        pagination.setPageFactory(null);
        pagination.setPageFactory(this::page);
    }

    /** Opens the preview of {@code chart} over the board window {@code owner}; returns its window. */
    public static Stage show(Window owner, WallChart chart) {
        BackgroundJob job = BackgroundJob.onBackgroundThread();
        WallChartPreview view = new WallChartPreview(chart, CjkFontFile.find(), job);
        Stage stage = PreviewSheets.showWindow(owner, Messages.get("wallchart.windowTitle"), view.scene(1180, 820), job);
        view.layOut();
        return stage;
    }

    /** A scene showing the preview, with the board's stylesheet, the CJK font and the preview's keys. */
    public Scene scene(double width, double height) {
        return PreviewSheets.scene(this, width, height, pagination, this::print, this::close);
    }

    /** The pages shown, in order; empty until they are laid out. */
    public List<WallChartPage> pages() {
        return pages;
    }

    public Pagination pagination() {
        return pagination;
    }

    /** Where the printer job comes from; {@code null} from it means no printer. */
    public void setPrinterJobs(Supplier<PrinterJob> jobs) {
        printerJobs = Objects.requireNonNull(jobs, "jobs");
    }

    /** Who picks the PDF's file, given the suggested name ({@code null}: not saved). */
    public void setSaveTarget(Function<String, Path> chooser) {
        saveTarget = Objects.requireNonNull(chooser, "chooser");
    }

    private int cardCount() {
        return chart.columns().values().stream().mapToInt(List::size).sum();
    }

    private Node page(int index) {
        if (index >= pages.size()) {
            return PreviewSheets.waiting(message.getText());
        }
        WallChartPage page = pages.get(index);
        Group sheet = WallChartPageNode.of(page, font.orElseThrow());
        sheet.setId("wall-chart-page-" + page.number());
        return PreviewSheets.onDesk(sheet, page.width(), page.height());
    }

    /** Prints through the system's printer dialog; with no printer, says so and offers the PDF instead. */
    @FXML
    public void print() {
        if (pages.isEmpty()) {
            return;
        }
        PrinterJob job = printerJobs.get();
        if (job == null) {
            message.setText(Messages.get("preview.noPrinter"));
            NoPrinterOffer.show(window(), this::exportPdf);
            return;
        }
        try {
            String printed = WallChartPrinting.print(pages, chart.title(), font.orElseThrow(), job, window());
            if (printed != null) {
                message.setText(printed);
            }
        } catch (IOException | RuntimeException e) {
            message.setText(Messages.get("preview.printFailed", FailureText.describe(e)));
        }
    }

    /** Writes the pages shown to a PDF the user picks, and says where. */
    @FXML
    private void exportPdf() {
        if (pages.isEmpty()) {
            return;
        }
        Path target = saveTarget.apply(Messages.get("wallchart.fileName"));
        if (target == null) {
            return;
        }
        try {
            WallChartPdf.write(pages, chart.title(), font.orElseThrow(), target);
            message.setText(Messages.get("wallchart.exported", target.getFileName(), target.toAbsolutePath().getParent()));
        } catch (IOException | RuntimeException e) {
            message.setText(Messages.get("wallchart.failed") + FailureText.describe(e));
        }
    }

    private Path choosePdf(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("wallchart.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(window());
        return chosen == null ? null : chosen.toPath();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @FXML
    private void close() {
        if (window() instanceof Stage stage) {
            stage.close();
        }
    }
}
