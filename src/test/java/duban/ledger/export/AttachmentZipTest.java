package duban.ledger.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemLinks;
import duban.domain.Progress;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.testing.TestItems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 同时导出附件（zip）: a folder per item by its 序号 and title, every current attachment's bytes, all or nothing. */
class AttachmentZipTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Deadlines DEADLINES = new Deadlines(
            Clock.fixed(TestItems.TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE));
    private static final OffsetDateTime ADDED = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, java.time.ZoneOffset.ofHours(8));

    @TempDir
    Path folder;

    /** The attachments port over bytes in memory, as the attachments part's store will answer. */
    private static final class FakeAttachments implements AttachmentFiles {
        final Map<Attachment, byte[]> stored = new LinkedHashMap<>();
        final List<Collection<Long>> asked = new ArrayList<>();

        void add(long id, long itemId, String name, byte[] bytes) {
            stored.put(new Attachment(id, itemId, AttachmentKind.EVIDENCE, name, "application/octet-stream",
                    bytes.length, "0".repeat(64), ADDED, "督查室", null, null), bytes);
        }

        @Override
        public List<Attachment> current(Collection<Long> itemIds) {
            asked.add(List.copyOf(itemIds));
            return stored.keySet().stream().filter(attachment -> itemIds.contains(attachment.itemId())).toList();
        }

        @Override
        public void copyContent(long attachmentId, OutputStream out) throws IOException {
            byte[] bytes = stored.entrySet().stream().filter(entry -> entry.getKey().id() == attachmentId)
                    .findFirst().orElseThrow().getValue();
            // In two pieces and closed, as a store streaming a large file would.
            out.write(bytes, 0, bytes.length / 2);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
            out.close();
        }
    }

    private static Ledger workReport() {
        Item parent = TestItems.item(1, "推进城区供水管网改造").assignedOn(TestItems.TODAY.minusDays(50)).build()
                .withLinks(new ItemLinks(null, 1, 0, null, null, false, 2, 0));
        Item child = TestItems.item(2, "管网测绘/评估（水利局）").assignedOn(TestItems.TODAY.minusDays(40)).build()
                .withLinks(new ItemLinks(1L, 0, 0, null, null, false, 1, 1));
        Item plain = TestItems.item(3, "做好冬季安全生产").assignedOn(TestItems.TODAY.minusDays(30)).build();
        Item outOfScope = TestItems.item(4, "已撤销的事项").withdrawn().build();
        return Ledger.build(List.of(plain, child, parent, outOfScope), Map.of(), DEADLINES, LedgerScope.ALL,
                Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
    }

    private static byte[] bytes(String text, int repeat) {
        return text.repeat(repeat).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theZipHoldsAFolderPerItemWithEveryAttachmentsBytesUnderAUniqueName() throws Exception {
        FakeAttachments attachments = new FakeAttachments();
        attachments.add(11, 1, "县长批示.pdf", bytes("批示件扫描", 5000));
        attachments.add(12, 1, "县长批示.pdf", bytes("第二次批示", 3000));
        attachments.add(13, 2, "现场照片.jpg", bytes("照片", 20000));
        attachments.add(14, 4, "不在台账里.docx", bytes("撤销", 10));
        Path zip = AttachmentZip.besideSpreadsheet(folder.resolve("督办事项台账-20261121.xlsx"));

        int written = AttachmentZip.write(workReport(), attachments, zip, Progress.NONE);

        assertThat(zip.getFileName().toString()).isEqualTo("督办事项台账-20261121-附件.zip");
        assertThat(written).isEqualTo(3);
        assertThat(attachments.asked).containsExactly(List.of(1L, 2L, 3L));
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            assertThat(file.stream().map(ZipEntry::getName)).containsExactly(
                    "1 推进城区供水管网改造/县长批示.pdf",
                    "1 推进城区供水管网改造/县长批示 (2).pdf",
                    "1.1 管网测绘_评估（水利局）/现场照片.jpg");
            assertThat(file.getInputStream(file.getEntry("1 推进城区供水管网改造/县长批示.pdf")).readAllBytes())
                    .isEqualTo(bytes("批示件扫描", 5000));
            assertThat(file.getInputStream(file.getEntry("1 推进城区供水管网改造/县长批示 (2).pdf")).readAllBytes())
                    .isEqualTo(bytes("第二次批示", 3000));
            assertThat(file.getInputStream(file.getEntry("1.1 管网测绘_评估（水利局）/现场照片.jpg")).readAllBytes())
                    .isEqualTo(bytes("照片", 20000));
        }
    }

    @Test
    void aCancelledZipLeavesNothingBehindAndKeepsAnEarlierOne() throws Exception {
        FakeAttachments attachments = new FakeAttachments();
        attachments.add(11, 1, "县长批示.pdf", bytes("批示件扫描", 5000));
        attachments.add(13, 2, "现场照片.jpg", bytes("照片", 20000));
        Path zip = folder.resolve("台账-附件.zip");
        Files.writeString(zip, "上次导出的附件");
        Progress cancelledAfterTheFirst = new Progress() {
            private long done;

            @Override
            public void update(long doneSoFar, long total) {
                done = doneSoFar;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };

        assertThatThrownBy(() -> AttachmentZip.write(workReport(), attachments, zip, cancelledAfterTheFirst))
                .isInstanceOf(CancellationException.class);

        assertThat(Files.readString(zip)).isEqualTo("上次导出的附件");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(zip);
        }
    }
}
