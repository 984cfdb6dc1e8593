package duban.attachments;

import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attachments in memory, as the store keeps them: bytes apart, removal with a reason, a size limit. */
final class MemoryAttachmentPort implements AttachmentPort {

    static final OffsetDateTime ADDED = OffsetDateTime.of(2026, 11, 20, 14, 3, 0, 0, ZoneOffset.ofHours(8));

    final List<Attachment> attachments = new ArrayList<>();
    final Map<Long, byte[]> contents = new HashMap<>();
    long sizeLimit = 50L * 1024 * 1024;
    private long nextId = 1;

    @Override
    public synchronized List<Attachment> list(long itemId) {
        return attachments.stream().filter(attachment -> attachment.itemId() == itemId).toList();
    }

    @Override
    public synchronized Attachment attach(long itemId, AttachmentKind kind, Path file) throws IOException {
        if (Files.size(file) > sizeLimit) {
            throw new IllegalArgumentException("文件超过 " + sizeLimit / 1024 + " KB 的上限，请压缩或拆分后再添加。");
        }
        byte[] bytes = Files.readAllBytes(file);
        Attachment attachment = new Attachment(nextId++, itemId, kind, file.getFileName().toString(),
                "application/octet-stream", bytes.length, "0".repeat(64), ADDED, "王芳", null, null);
        attachments.add(attachment);
        contents.put(attachment.id(), bytes);
        return attachment;
    }

    @Override
    public synchronized void copyContent(long attachmentId, OutputStream out) throws IOException {
        out.write(contents.get(attachmentId));
    }

    @Override
    public synchronized Attachment remove(long attachmentId, String reason) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            if (a.id() == attachmentId) {
                Attachment removed = new Attachment(a.id(), a.itemId(), a.kind(), a.fileName(), a.mediaType(), a.size(),
                        a.sha256(), a.addedAt(), a.operator(), ADDED.plusHours(1), reason);
                attachments.set(i, removed);
                return removed;
            }
        }
        throw new IllegalArgumentException("没有这个附件。");
    }

    /** Names of the item's current attachments. */
    synchronized List<String> currentNames(long itemId) {
        return list(itemId).stream().filter(a -> !a.removed()).map(Attachment::fileName).toList();
    }
}
