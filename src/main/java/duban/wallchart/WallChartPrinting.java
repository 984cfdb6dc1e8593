package duban.wallchart;

import duban.i18n.Messages;
import duban.ui.print.CjkFontFile;
import duban.ui.print.PrinterPlacement;
import java.io.IOException;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/** Sends the wall chart's pages (A3 landscape) to a printer; {@link WallChartPdf} writes them as a PDF. */
final class WallChartPrinting {

    private WallChartPrinting() {
    }

    /**
     * Prints {@code pages} through {@code job} after the system's printer dialog over {@code owner};
     * returns what to tell the user, or {@code null} when the dialog was cancelled.
     */
    static String print(List<WallChartPage> pages, String title, CjkFontFile font, PrinterJob job, Window owner)
            throws IOException {
        try {
            Printer printer = job.getPrinter();
            job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A3, PageOrientation.LANDSCAPE,
                    Printer.MarginType.HARDWARE_MINIMUM));
            job.getJobSettings().setJobName(title);
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return null;
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
            return Messages.get("preview.printed", pages.size(), printer.getName());
        } catch (IOException | RuntimeException e) {
            job.cancelJob();
            throw e;
        }
    }
}
