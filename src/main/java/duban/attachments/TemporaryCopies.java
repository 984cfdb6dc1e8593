package duban.attachments;

import duban.domain.attachments.Attachment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of attachments written out of the database to a private temporary folder, under their
 * own names (so the viewer shows 现场照片.jpg, not a number), for the system's viewer and the
 * preview. Deleted when the application ends; a copy is written once and reused.
 */
final class TemporaryCopies {

    private final AttachmentPort port;
    private Path folder;

    TemporaryCopies(AttachmentPort port) {
        this.port = port;
    }

    /** The copy of {@code attachment}, written first if it is not there yet. Called off the FX thread. */
    synchronized Path of(Attachment attachment) throws IOException {
        Path own = folder().resolve(Long.toString(attachment.id()));
        Path copy = own.resolve(safeName(attachment.fileName()));
        if (Files.isRegularFile(copy) && Files.size(copy) == attachment.size()) {
            return copy;
        }
        if (!Files.isDirectory(own)) {
            Files.createDirectories(own);
            own.toFile().deleteOnExit();
        }
        Path part = own.resolve(".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            port.copyContent(attachment.id(), out);
        }
        Files.move(part, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().deleteOnExit();
        return copy;
    }

    synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("duban-attachments");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    /** The stored name without anything that would lead out of the folder. */
    private static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "_" + name : name;
    }
}
