package duban.ui;

import duban.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The application's modal messages, in Chinese, with the CJK font applied. */
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    /** An error that names what failed ({@code header}) and why ({@code message}). */
    public static Alert error(Window owner, String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", Buttons.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        // A Label that wraps, so a long path or cause is never cut off.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("error-dialog");
        CjkFonts.apply(alert.getDialogPane());
        OwnedWindows.dialog(alert);
        return alert;
    }

    /** The dialog shown when the database cannot be opened at start-up. */
    public static Alert openFailure(String file, String cause) {
        return error(null, Messages.get("open.errorTitle"), Messages.get("open.errorHeader", file), cause);
    }
}
