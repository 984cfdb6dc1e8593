package duban.ui.print;

import duban.i18n.Messages;
import duban.ui.CjkFonts;
import duban.ui.OwnedWindows;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What every print preview says when this machine has no printer: that there is none, and the PDF
 * of the very same pages as the way out. One behaviour for all: the dialog is shown over the
 * preview without waiting, and 导出 PDF… runs the preview's own export.
 */
public final class NoPrinterOffer {

    /** The dialog pane's id, for tests and the stylesheet. */
    public static final String ID = "preview-no-printer";

    private NoPrinterOffer() {
    }

    /** Shows the offer over {@code owner} (none if {@code null}); {@code exportPdf} runs when the PDF is chosen. */
    public static Alert show(Window owner, Runnable exportPdf) {
        ButtonType pdf = new ButtonType(Messages.get("preview.exportPdf"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("preview.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("preview.noPrinterDetail"), pdf, close);
        alert.setTitle(Messages.get("preview.noPrinterTitle"));
        alert.setHeaderText(Messages.get("preview.noPrinter"));
        alert.getDialogPane().setId(ID);
        if (owner != null) {
            alert.initOwner(owner);
        }
        CjkFonts.apply(alert.getDialogPane());
        OwnedWindows.dialog(alert);
        alert.resultProperty().addListener((observable, old, answer) -> {
            if (answer == pdf) {
                exportPdf.run();
            }
        });
        alert.show();
        return alert;
    }
}
