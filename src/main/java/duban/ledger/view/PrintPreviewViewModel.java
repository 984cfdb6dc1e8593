package duban.ledger.view;


import duban.i18n.FailureText;
import duban.i18n.Messages;
import duban.ledger.Ledger;
import duban.ledger.print.LedgerHeading;
import duban.ledger.print.LedgerPageLayout;
import duban.ledger.print.LedgerPages;
import duban.ledger.print.Orientation;
import duban.ledger.print.PageSetup;
import duban.ledger.print.Paper;
import duban.ledger.print.PdfExport;
import duban.ui.BackgroundJob;
import duban.ui.print.CjkFontFile;
import duban.ui.print.FontMeasure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The print preview of one ledger: the paper and orientation chosen, the pages they give (laid
 * out in the background, since a large ledger has hundreds), and the PDF of exactly those pages.
 * Printing itself is the view's, as it needs the printer dialogs.
 */
public final class PrintPreviewViewModel {

    private final Ledger ledger;
    private final LedgerHeading heading;
    private final BackgroundJob job;
    private final Optional<CjkFontFile> font;
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", PageSetup.DEFAULT.paper());
    private final ObjectProperty<Orientation> orientation =
            new SimpleObjectProperty<>(this, "orientation", PageSetup.DEFAULT.orientation());
    private final ObjectProperty<MarginChoice> margins =
            new SimpleObjectProperty<>(this, "margins", MarginChoice.STANDARD);
    private final ReadOnlyObjectWrapper<LedgerPages> pages = new ReadOnlyObjectWrapper<>(this, "pages");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** A page setup asked for while the pages of another were still being laid out. */
    private boolean layoutPending;

    /**
     * @param fontFinder finds the Chinese font the pages are measured and drawn with
     */
    public PrintPreviewViewModel(Ledger ledger, String title, LocalDate producedOn, BackgroundJob job,
                                 Supplier<Optional<CjkFontFile>> fontFinder) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.heading = LedgerHeading.of(title, ledger, producedOn);
        this.job = Objects.requireNonNull(job, "job");
        this.font = fontFinder.get();
        paper.addListener((observable, old, now) -> layOut());
        orientation.addListener((observable, old, now) -> layOut());
        margins.addListener((observable, old, now) -> layOut());
    }

    /** The page setup chosen: A4 landscape unless changed. */
    public PageSetup pageSetup() {
        return PageSetup.of(paper.get(), orientation.get()).withMargins(margins.get().margins());
    }

    /** Lays the pages out afresh for the chosen page setup, in the background. */
    public void layOut() {
        if (font.isEmpty()) {
            message.set(Messages.get("print.noCjkFont", CjkFontFile.FONT_PROPERTY));
            return;
        }
        if (job.runningProperty().get()) {
            layoutPending = true;
            return;
        }
        PageSetup setup = pageSetup();
        CjkFontFile chosen = font.get();
        job.start(Messages.get("preview.job.layout"), progress -> LedgerPageLayout.layout(ledger, heading, setup,
                FontMeasure.of(chosen), progress), new BackgroundJob.Outcome<LedgerPages>() {
                    @Override
                    public void done(LedgerPages laidOut) {
                        pages.set(laidOut);
                        message.set(Messages.get("preview.pages", laidOut.pageCount(), ledger.rows().size(),
                                setup.paper().label(), setup.orientation().label()));
                        layOutIfPending();
                    }

                    @Override
                    public void failed(Throwable failure) {
                        message.set(Messages.get("preview.layoutFailed", FailureText.describe(failure)));
                        layOutIfPending();
                    }

                    @Override
                    public void cancelled() {
                        message.set(Messages.get("preview.layoutCancelled"));
                        layOutIfPending();
                    }
                });
    }

    private void layOutIfPending() {
        if (layoutPending) {
            layoutPending = false;
            layOut();
        }
    }

    /** Writes the pages shown to a PDF, in the background; the message says how it went. */
    public void exportPdf(Path target) {
        LedgerPages shown = pages.get();
        if (shown == null || font.isEmpty()) {
            message.set(Messages.get("print.noCjkFont", CjkFontFile.FONT_PROPERTY));
            return;
        }
        CjkFontFile chosen = font.get();
        boolean started = job.start(Messages.get("ledger.job.export", "PDF"), progress -> {
            PdfExport.write(shown, chosen, target, progress);
            return target;
        }, new FileWritten(message::set, target, written -> Messages.get(
                "preview.pdfWritten", shown.pageCount(), written.toAbsolutePath())));
        if (!started) {
            message.set(Messages.get("ledger.jobBusy"));
        }
    }

    /** Runs printing work (sending pages to the printer) as the window's background job. */
    public <T> boolean startPrinting(BackgroundJob.Work<T> work, BackgroundJob.Outcome<? super T> outcome) {
        return job.start(Messages.get("preview.job.print"), work, outcome);
    }

    /** Shows a message under the pages (the printing's outcome, no printer …). */
    public void showMessage(String text) {
        message.set(text == null ? "" : text);
    }

    /** The font the pages are drawn with, when this machine has one. */
    public Optional<CjkFontFile> font() {
        return font;
    }

    public Ledger ledger() {
        return ledger;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<MarginChoice> marginsProperty() {
        return margins;
    }

    public ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    /** The pages laid out for the chosen setup; {@code null} until the first layout is done. */
    public ReadOnlyObjectProperty<LedgerPages> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }

}
