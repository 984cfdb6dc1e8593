package duban.domain.attachments;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A file attached to an item, as listed (its bytes are read apart, when opened).
 *
 * @param sha256        the SHA-256 of the bytes, lower-case hex; also recorded in the item's ATTACH event
 * @param operator      who attached it, or {@code null} when not known
 * @param removedAt     when it was removed (with {@code removedReason}), or {@code null} while it is current
 */
public record Attachment(long id, long itemId, AttachmentKind kind, String fileName, String mediaType, long size,
                         String sha256, OffsetDateTime addedAt, String operator, OffsetDateTime removedAt,
                         String removedReason) {

    public Attachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether the attachment was removed (it stays in the file, with its reason). */
    public boolean removed() {
        return removedAt != null;
    }
}
