package duban.store;

import static duban.store.generated.Tables.ATTACHMENT;
import static duban.store.generated.Tables.ATTACHMENT_CONTENT;

import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentException;
import duban.domain.attachments.AttachmentException.Reason;
import duban.domain.attachments.AttachmentKind;
import duban.domain.attachments.AttachmentSettings;
import duban.domain.attachments.AttachmentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectJoinStep;

/**
 * Attachments stored inside the database: adding (size limit, type by name and content, SHA-256
 * into the item's history), listing, reading the bytes back checked against their SHA-256,
 * removing with a reason, and the rule that some categories need 佐证材料 before 办结销号.
 * The bytes live in {@code attachment_content}, apart from what is listed.
 */
public final class AttachmentStore {

    /** How much of the bytes is handed to the output at a time. */
    private static final int CHUNK = 64 * 1024;

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public AttachmentStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = Objects.requireNonNull(operator, "operator");
    }

    /**
     * Attaches {@code file} to the item, all or nothing: the row, the bytes and the ATTACH event
     * (whose changes record the attachment's id, name, size and SHA-256, so the hash chain covers
     * the bytes) in one transaction. The file is read once; it is checked before anything is
     * written.
     *
     * @throws AttachmentException (Chinese message) when the file is too large, empty, unreadable, of
     *     another type, changed while read, or the item is withdrawn; nothing is written then
     * @throws duban.domain.ItemNotFoundException when there is no such item
     */
    public Attachment attach(long itemId, AttachmentKind kind, Path file) throws IOException {
        Objects.requireNonNull(kind, "kind");
        AttachmentSettings settings = settings();
        String name = storedName(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        if (AttachmentType.byName(name).isEmpty()) {
            throw new AttachmentException(Reason.TYPE, name);
        }
        byte[] content = readWhole(file, name, settings.maxBytes(), settings.maxMegabytes());
        AttachmentType type = AttachmentType.of(name, content)
                .orElseThrow(() -> new AttachmentException(Reason.TYPE, name));
        String sha256 = AttachmentCheck.sha256(content);
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            Item item = items.find(itemId);
            if (item.withdrawn()) {
                throw new AttachmentException(Reason.WITHDRAWN, item.title());
            }
            OffsetDateTime at = items.now();
            String who = operator.get();
            long id = db.insertInto(ATTACHMENT)
                    .set(ATTACHMENT.ITEM_ID, itemId).set(ATTACHMENT.KIND, kind).set(ATTACHMENT.FILE_NAME, name)
                    .set(ATTACHMENT.MEDIA_TYPE, type.mediaType()).set(ATTACHMENT.SIZE, (long) content.length)
                    .set(ATTACHMENT.SHA256, sha256).set(ATTACHMENT.ADDED_AT, at).set(ATTACHMENT.OPERATOR, who)
                    .returning(ATTACHMENT.ID).fetchOne(ATTACHMENT.ID);
            db.insertInto(ATTACHMENT_CONTENT)
                    .set(ATTACHMENT_CONTENT.ATTACHMENT_ID, id).set(ATTACHMENT_CONTENT.CONTENT, content)
                    .execute();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(AttachmentCheck.ID_KEY, id);
            changes.put("kind", kind.name());
            changes.put("name", name);
            changes.put("size", (long) content.length);
            changes.put(AttachmentCheck.SHA256_KEY, sha256);
            ItemStore.appendEvent(db, itemId, at, EventKind.ATTACH, null, null, null, null, ItemStore.json(changes),
                    null, who);
            return find(db, id);
        });
    }

    /** The item's attachments, removed ones included, oldest first. */
    public List<Attachment> list(long itemId) {
        return select(dsl).where(ATTACHMENT.ITEM_ID.eq(itemId)).orderBy(ATTACHMENT.ID)
                .fetch(Records.mapping(Attachment::new));
    }

    /** The current (not removed) attachments of the given items, by item and then oldest first. */
    public List<Attachment> current(Collection<Long> itemIds) {
        return select(dsl).where(ATTACHMENT.ITEM_ID.in(itemIds), ATTACHMENT.REMOVED_AT.isNull())
                .orderBy(ATTACHMENT.ITEM_ID, ATTACHMENT.ID)
                .fetch(Records.mapping(Attachment::new));
    }

    /**
     * Writes the attachment's bytes to {@code out} in chunks, after checking them against the
     * SHA-256 recorded when they were attached: bytes changed since are never handed out as the
     * attachment (the caller gets nothing, not a damaged file).
     *
     * @throws AttachmentException {@code DAMAGED} when the bytes differ, {@code NOT_FOUND} when there is no such attachment
     */
    public void copyContent(long attachmentId, OutputStream out) throws IOException {
        Attachment attachment = dsl.transactionResult(tx -> find(tx.dsl(), attachmentId));
        byte[] content = dsl.select(ATTACHMENT_CONTENT.CONTENT).from(ATTACHMENT_CONTENT)
                .where(ATTACHMENT_CONTENT.ATTACHMENT_ID.eq(attachmentId)).fetchOne(ATTACHMENT_CONTENT.CONTENT);
        if (content == null || !AttachmentCheck.sha256(content).equals(attachment.sha256())
                || content.length != attachment.size()) {
            throw new AttachmentException(Reason.DAMAGED, attachment.fileName());
        }
        for (int from = 0; from < content.length; from += CHUNK) {
            out.write(content, from, Math.min(CHUNK, content.length - from));
        }
        out.flush();
    }

    /**
     * Removes an attachment with its reason: it stays in the file (bytes included), marked removed
     * once, and a DETACH event in its item's history records the reason.
     *
     * @throws AttachmentException without a reason, for an attachment removed already or not found
     */
    public Attachment remove(long attachmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AttachmentException(Reason.REASON_REQUIRED);
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            Attachment before = find(db, attachmentId);
            if (before.removed()) {
                throw new AttachmentException(Reason.ALREADY_REMOVED, before.fileName());
            }
            OffsetDateTime at = new ItemStore(db, clock, operator).now();
            int changed = db.update(ATTACHMENT).set(ATTACHMENT.REMOVED_AT, at)
                    .set(ATTACHMENT.REMOVED_REASON, reason.strip())
                    .where(ATTACHMENT.ID.eq(attachmentId), ATTACHMENT.REMOVED_AT.isNull()).execute();
            if (changed == 0) {
                throw new AttachmentException(Reason.ALREADY_REMOVED, before.fileName());
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(AttachmentCheck.ID_KEY, attachmentId);
            changes.put("name", before.fileName());
            ItemStore.appendEvent(db, before.itemId(), at, EventKind.DETACH, null, null, null, null,
                    ItemStore.json(changes), reason.strip(), operator.get());
            return find(db, attachmentId);
        });
    }

    /** The office's attachment rules (设置): size limit and the categories needing 佐证材料. */
    public AttachmentSettings settings() {
        return EvidenceRule.settings(dsl);
    }

    /**
     * Saves the attachment rules in one transaction, each changed key logged in {@code setting_change}.
     *
     * @return the keys written; empty when nothing changed
     */
    public List<String> saveSettings(AttachmentSettings settings) {
        return dsl.transactionResult(tx -> {
            SettingsStore store = new SettingsStore(tx.dsl(), clock, operator);
            return settings.toStored().entrySet().stream()
                    .filter(entry -> store.put(entry.getKey(), entry.getValue()))
                    .map(Map.Entry::getKey).toList();
        });
    }

    /**
     * The whole file, read once, refused when it is not a readable file, is empty, is over the
     * limit, or its length changes while it is read (a scanner still writing it).
     */
    private static byte[] readWhole(Path file, String name, long maxBytes, int maxMegabytes) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new AttachmentException(Reason.UNREADABLE, name);
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new AttachmentException(Reason.UNREADABLE, name);
        }
        if (size == 0) {
            throw new AttachmentException(Reason.EMPTY, name);
        }
        if (size > maxBytes) {
            throw new AttachmentException(Reason.TOO_LARGE, name, megabytes(size), String.valueOf(maxMegabytes));
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte more than the size: a file that grew while read is seen to have grown.
            content = in.readNBytes((int) size + 1);
        } catch (IOException e) {
            throw new AttachmentException(Reason.UNREADABLE, name);
        }
        if (content.length != size) {
            throw new AttachmentException(Reason.CHANGED_WHILE_READING, name);
        }
        return content;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The name as stored: at most 255 characters, the extension kept. */
    private static String storedName(String name) {
        String stripped = name.strip();
        if (stripped.length() <= 255) {
            return stripped;
        }
        int dot = stripped.lastIndexOf('.');
        String extension = dot >= 0 && stripped.length() - dot <= 10 ? stripped.substring(dot) : "";
        return stripped.substring(0, 255 - extension.length()) + extension;
    }

    private static Attachment find(DSLContext db, long attachmentId) {
        return select(db).where(ATTACHMENT.ID.eq(attachmentId)).fetchOptional(Records.mapping(Attachment::new))
                .orElseThrow(() -> new AttachmentException(Reason.NOT_FOUND, String.valueOf(attachmentId)));
    }

    private static SelectJoinStep<org.jooq.Record11<Long, Long, AttachmentKind, String, String, Long, String,
            OffsetDateTime, String, OffsetDateTime, String>> select(DSLContext db) {
        return db.select(ATTACHMENT.ID, ATTACHMENT.ITEM_ID, ATTACHMENT.KIND, ATTACHMENT.FILE_NAME,
                        ATTACHMENT.MEDIA_TYPE, ATTACHMENT.SIZE, ATTACHMENT.SHA256, ATTACHMENT.ADDED_AT,
                        ATTACHMENT.OPERATOR, ATTACHMENT.REMOVED_AT, ATTACHMENT.REMOVED_REASON)
                .from(ATTACHMENT);
    }
}
