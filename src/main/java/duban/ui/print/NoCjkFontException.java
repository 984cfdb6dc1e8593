package duban.ui.print;

import duban.i18n.Messages;
import java.io.IOException;

/** No Chinese TrueType font that a PDF can embed was found on this machine; the message says what to install. */
public final class NoCjkFontException extends IOException {

    public NoCjkFontException() {
        super(Messages.get("print.noCjkFont", CjkFontFile.FONT_PROPERTY));
    }
}
