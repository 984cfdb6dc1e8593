package duban.ledger.view;

import duban.domain.Progress;
import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ledger.print.LedgerPage;
import duban.ledger.print.LedgerPageLayout;
import duban.ledger.print.LedgerPageNode;
import duban.ledger.print.LedgerPages;
import duban.ledger.print.Orientation;
import duban.ledger.print.PageSetup;
import duban.ledger.print.Paper;
import duban.ui.BackgroundJob;
import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import duban.ui.print.PrinterPlacement;
import java.io.IOException;
import java.util.Objects;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/**
 * Sends the print preview's pages to a printer: the system's printer dialog (printer, copies,
 * pages and its page setup), then every page as a background {@link BackgroundJob} with its progress,
 * laid out again when the paper or orientation was changed in that dialog.
 */
final class LedgerPrinting {

    private final PrintPreviewViewModel viewModel;

    LedgerPrinting(PrintPreviewViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    /** Prints {@code shown} through {@code printerJob}, after its dialog over {@code owner}. */
    void print(LedgerPages shown, PrinterJob printerJob, Window owner) {
        Printer printer = printerJob.getPrinter();
        printerJob.getJobSettings().setPageLayout(printer.createPageLayout(fxPaper(viewModel.paperProperty().get()),
                fxOrientation(viewModel.orientationProperty().get()), Printer.MarginType.HARDWARE_MINIMUM));
        printerJob.getJobSettings().setJobName(shown.heading().title());
        if (!printerJob.showPrintDialog(owner)) {
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
                        shown.heading(), setup, FontMeasure.of(font), Progress.NONE);
                for (LedgerPage page : pages.pages()) {
                    progress.advance(page.number() - 1, pages.pageCount());
                    if (!printerJob.printPage(chosen, PrinterPlacement.atPaperCorner(LedgerPageNode.of(page, font), page.width(), chosen))) {
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
        }, new BackgroundJob.Outcome<Integer>() {
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

    /** Our page setup for the paper and orientation chosen in the printer's dialog, when it is one of ours. */
    private static PageSetup setupFor(PageLayout chosen, PageSetup current) {
        Paper paper = ourPaper(chosen.getPaper(), current.paper());
        Orientation orientation = ourOrientation(chosen.getPageOrientation());
        return paper == current.paper() && orientation == current.orientation() ? current
                : PageSetup.of(paper, orientation).withMargins(current.margins());
    }

    /** Our paper for the printer's, or {@code otherwise} when it is neither A3 nor A4. */
    static Paper ourPaper(javafx.print.Paper printerPaper, Paper otherwise) {
        if (printerPaper == javafx.print.Paper.A3) {
            return Paper.A3;
        } else if (printerPaper == javafx.print.Paper.A4) {
            return Paper.A4;
        }
        return otherwise;
    }

    static Orientation ourOrientation(PageOrientation printerOrientation) {
        return printerOrientation == PageOrientation.PORTRAIT || printerOrientation == PageOrientation.REVERSE_PORTRAIT
                ? Orientation.PORTRAIT : Orientation.LANDSCAPE;
    }

    static javafx.print.Paper fxPaper(Paper paper) {
        return paper == Paper.A3 ? javafx.print.Paper.A3 : javafx.print.Paper.A4;
    }

    static PageOrientation fxOrientation(Orientation orientation) {
        return orientation == Orientation.PORTRAIT ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE;
    }
}
