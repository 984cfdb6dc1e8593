package duban.wallchart;

import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.ErrorDialogs;
import duban.ui.OwnedWindows;
import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import duban.ui.print.PrinterPlacement;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 打印看板: asks whether to print the board as a wall chart (A3 landscape) or to export it as a
 * PDF, then does it. Without a printer it says so and offers the PDF instead; without a Chinese
 * font it says what to install.
 */
public final class WallChartPrinting {

    private final Window owner;
    private final Supplier<PrinterJob> printerJobs;

    /** For the board window {@code owner}, with the system's printers. */
    public WallChartPrinting(Window owner) {
        this(owner, PrinterJob::createPrinterJob);
    }

    /** With the given printer jobs ({@code null} from it: no printer); tests pass their own. */
    public WallChartPrinting(Window owner, Supplier<PrinterJob> printerJobs) {
        this.owner = owner;
        this.printerJobs = printerJobs;
    }

    /** Offers 打印… and 导出 PDF… for {@code chart}. */
    public void offer(WallChart chart) {
        ButtonType print = new ButtonType(Messages.get("wallchart.print"), ButtonBar.ButtonData.OK_DONE);
        ButtonType pdf = new ButtonType(Messages.get("preview.exportPdf"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Messages.get("preview.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert choice = new Alert(Alert.AlertType.NONE, Messages.get("wallchart.offerDetail"), print, pdf, cancel);
        choice.setTitle(Messages.get("wallchart.title"));
        choice.setHeaderText(Messages.get("wallchart.offer", countCards(chart)));
        choice.getDialogPane().setId("wall-chart-offer");
        dress(choice);
        choice.showAndWait().ifPresent(answer -> {
            if (answer == print) {
                print(chart);
            } else if (answer == pdf) {
                exportPdf(chart, choosePdf());
            }
        });
    }

    private static int countCards(WallChart chart) {
        return chart.columns().values().stream().mapToInt(List::size).sum();
    }

    /** Prints the chart's pages, after the system's printer dialog; no printer: offers the PDF. */
    public void print(WallChart chart) {
        PrinterJob job = printerJobs.get();
        if (job == null) {
            offerPdfInstead(chart);
            return;
        }
        try {
            CjkFontFile font = CjkFontFile.require();
            List<WallChartPage> pages = WallChartLayout.layout(chart, FontMeasure.of(font));
            Printer printer = job.getPrinter();
            job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A3, PageOrientation.LANDSCAPE,
                    Printer.MarginType.HARDWARE_MINIMUM));
            job.getJobSettings().setJobName(chart.title());
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return;
            }
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (WallChartPage page : pages) {
                if (!job.printPage(layout, PrinterPlacement.atPaperCorner(WallChartPageNode.of(page, font), page.width(), layout))) {
                    throw new IOException(Messages.get("preview.printFailed", job.getJobStatus()));
                }
            }
            if (!job.endJob()) {
                throw new IOException(Messages.get("preview.printFailed", job.getJobStatus()));
            }
            inform(Messages.get("preview.printed", pages.size(), printer.getName()));
        } catch (IOException | RuntimeException e) {
            job.cancelJob();
            fail(e);
        }
    }

    /**
     * Writes the chart to {@code target} as a PDF (nothing when {@code target} is null); says where,
     * or what went wrong.
     */
    public void exportPdf(WallChart chart, Path target) {
        if (target == null) {
            return;
        }
        try {
            writePdf(chart, target);
            inform(Messages.get("wallchart.exported", target.getFileName(), target.toAbsolutePath().getParent()));
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** Lays out {@code chart} with this machine's Chinese font and writes it to {@code target}; returns the pages. */
    public static List<WallChartPage> writePdf(WallChart chart, Path target) throws IOException {
        CjkFontFile font = CjkFontFile.require();
        List<WallChartPage> pages = WallChartLayout.layout(chart, FontMeasure.of(font));
        WallChartPdf.write(pages, chart.title(), font, target);
        return pages;
    }

    private void offerPdfInstead(WallChart chart) {
        ButtonType exportPdf = new ButtonType(Messages.get("preview.exportPdf"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("preview.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("preview.noPrinterDetail"), exportPdf, close);
        alert.setTitle(Messages.get("preview.noPrinterTitle"));
        alert.setHeaderText(Messages.get("preview.noPrinter"));
        alert.getDialogPane().setId("wall-chart-no-printer");
        dress(alert);
        alert.showAndWait().filter(exportPdf::equals).ifPresent(answer -> exportPdf(chart, choosePdf()));
    }

    private Path choosePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("wallchart.saveTitle"));
        chooser.setInitialFileName(Messages.get("wallchart.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    private void inform(String message) {
        Alert done = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        done.setTitle(Messages.get("wallchart.title"));
        done.setHeaderText(null);
        done.getDialogPane().setId("wall-chart-done");
        dress(done);
        done.show();
    }

    private void fail(Throwable failure) {
        ErrorDialogs.error(owner, Messages.get("wallchart.title"), Messages.get("wallchart.failed"),
                FailureText.describe(failure)).show();
    }

    private void dress(Alert alert) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        CjkFonts.apply(alert.getDialogPane());
        OwnedWindows.dialog(alert);
    }
}
