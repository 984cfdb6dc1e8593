package duban.attachments;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a file with the system's viewer (the PDF reader, the picture viewer, WPS …). */
@FunctionalInterface
public interface AttachmentViewer {

    /**
     * Opens {@code file}; called off the FX thread.
     *
     * @throws IOException when no viewer could be started for it
     */
    void open(Path file) throws IOException;
}
