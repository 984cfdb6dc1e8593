package duban.ui;

import duban.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons with Chinese text. JavaFX's {@link ButtonType#OK} and {@link ButtonType#CLOSE}
 * take their text from the JVM's locale, which on many machines is not Chinese.
 */
public final class Buttons {

    public static final ButtonType CLOSE = new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType OK = new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    /** 取消: closes a form without writing. */
    public static final ButtonType CANCEL = new ButtonType(Messages.get("editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    /** 保存: the default button of every form that writes (the item editor, the workflow forms). */
    public static final ButtonType SAVE = new ButtonType(Messages.get("editor.save"), ButtonBar.ButtonData.OK_DONE);

    private Buttons() {
    }
}
