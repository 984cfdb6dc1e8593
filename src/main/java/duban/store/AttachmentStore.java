package duban.store;

import duban.domain.Closing;
import duban.domain.Item;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Attachments stored inside the database: adding (size limit, SHA-256 into the item's history),
 * listing, reading the bytes, removing with a reason. BASE STUB: the signatures other parts call
 * are fixed here; the attachments part fills them in (and may add more).
 */
public final class AttachmentStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public AttachmentStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /** Attaches {@code file} to the item, all or nothing. */
    public Attachment attach(long itemId, AttachmentKind kind, Path file) throws IOException {
        throw new UnsupportedOperationException("attachments part");
    }

    /** The item's attachments, removed ones included, oldest first. */
    public List<Attachment> list(long itemId) {
        throw new UnsupportedOperationException("attachments part");
    }

    /** The current (not removed) attachments of the given items, by item and then oldest first. */
    public List<Attachment> current(Collection<Long> itemIds) {
        throw new UnsupportedOperationException("attachments part");
    }

    /** Writes the attachment's bytes to {@code out}, streamed (a file may be tens of megabytes). */
    public void copyContent(long attachmentId, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("attachments part");
    }

    /** Removes an attachment with its reason: it stays in the file, a DETACH event records it. */
    public Attachment remove(long attachmentId, String reason) {
        throw new UnsupportedOperationException("attachments part");
    }

    /** BASE STUB (attachments part): refuses closing without 佐证材料 when the item's category requires it. */
    static void checkClosing(DSLContext db, Item before, Closing closing) {
    }
}
