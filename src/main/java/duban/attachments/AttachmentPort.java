package duban.attachments;

import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What the attachments panel needs from the store (store/AttachmentStore, adapted in app/). Every
 * call is made on the store thread, never on the FX thread.
 */
public interface AttachmentPort {

    /** The item's attachments, removed ones included, oldest first. */
    List<Attachment> list(long itemId);

    /**
     * Stores {@code file} with the item, all or nothing.
     *
     * @throws IOException when the file cannot be read; a refusal (too big, not allowed) is the store's exception
     */
    Attachment attach(long itemId, AttachmentKind kind, Path file) throws IOException;

    /** Writes the attachment's bytes to {@code out}. */
    void copyContent(long attachmentId, OutputStream out) throws IOException;

    /** Removes the attachment with its reason (it stays in the file, the item's history says so). */
    Attachment remove(long attachmentId, String reason);
}
