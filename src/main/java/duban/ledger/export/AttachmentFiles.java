package duban.ledger.export;

import duban.domain.attachments.Attachment;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * The ledger export's port to the attachments stored in the database (the composition root adapts
 * store.AttachmentStore to it). Called from the export's background job.
 */
public interface AttachmentFiles {

    /** No attachments at all: a ledger window without the store behind it. */
    AttachmentFiles NONE = new AttachmentFiles() {
        @Override
        public List<Attachment> current(Collection<Long> itemIds) {
            return List.of();
        }

        @Override
        public void copyContent(long attachmentId, OutputStream out) {
            throw new IllegalArgumentException("no attachment " + attachmentId);
        }
    };

    /** The current (not removed) attachments of the given items, by item and then oldest first. */
    List<Attachment> current(Collection<Long> itemIds);

    /** Writes the attachment's bytes to {@code out}, streamed. */
    void copyContent(long attachmentId, OutputStream out) throws IOException;
}
