package duban.ledger.view;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The board's 督办台账 window. Its view (a table, a scope bar, choosers) is built on first use,
 * not at start-up: most sessions never open it, and building it early cost start-up time.
 */
public final class WindowLedger {

    private final Stage owner;
    private final LedgerViewModel viewModel;
    private final Consumer<Window> importOpener;
    private LedgerView view;
    private Consumer<Window> feedbackExporter;
    private Consumer<Window> feedbackImporter;

    /**
     * @param importOpener opens the import dialog over the ledger window (given as its owner)
     */
    public WindowLedger(Stage owner, LedgerViewModel viewModel, Consumer<Window> importOpener) {
        this.owner = owner;
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.importOpener = Objects.requireNonNull(importOpener, "importOpener");
    }

    /** Gives the window 导出反馈表… and 导入反馈表… (each called with the ledger's window). */
    public void setFeedbackActions(Consumer<Window> exporter, Consumer<Window> importer) {
        feedbackExporter = Objects.requireNonNull(exporter, "exporter");
        feedbackImporter = Objects.requireNonNull(importer, "importer");
        if (view != null) {
            view.setFeedbackActions(exporter, importer);
        }
    }

    /** Shows the window, building it the first time; the items are read afresh. */
    public void open() {
        if (view == null) {
            view = new LedgerView(viewModel, importOpener);
            if (feedbackExporter != null) {
                view.setFeedbackActions(feedbackExporter, feedbackImporter);
            }
        }
        LedgerWindow.show(owner, view, viewModel);
    }

    /** Whether the window is open now (it then follows the board). */
    public boolean isShowing() {
        return view != null && view.getScene() != null && view.getScene().getWindow() != null
                && view.getScene().getWindow().isShowing();
    }
}
