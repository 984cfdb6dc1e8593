package duban.ui.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either complete or not there: into a temporary file beside the
 * target, then moved over it. A failed or cancelled export leaves no half-written file behind,
 * and never damages a previous export of the same name.
 */
public final class SafeFiles {

    /** Writes the content of a file at a path. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private SafeFiles() {
    }

    public static void writeAtomically(Path target, Writer writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay with the finished file, and a
        // nightly ledger in a shared folder must be readable by the others, as any file the user saves.
        Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".part");
        Files.createFile(temporary);
        try {
            writer.write(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            // The half-written file goes; the reason it failed (a full disk, the target open in
            // Excel) is what the user must hear, not a failure to delete.
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException notRemoved) {
                e.addSuppressed(notRemoved);
            }
            throw e;
        }
    }
}
