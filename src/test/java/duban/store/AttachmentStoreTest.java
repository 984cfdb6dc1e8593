package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.EventChanges;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentException;
import duban.domain.attachments.AttachmentKind;
import duban.domain.attachments.AttachmentSettings;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import duban.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments on a real file (and, in the subclass, on the PostgreSQL server): the stored bytes are
 * the file's, the SHA-256 is in the ATTACH event, refusals write nothing, removal is an event, the
 * evidence rule, and {@code --verify} finds bytes changed behind the board's back.
 */
class AttachmentStoreTest {

    private static final Clock CLOCK = TestClock.startingToday();

    @TempDir
    Path folder;

    Database database;
    Stores stores;
    AttachmentStore attachments;
    Unit unit;

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "attach");
        stores = Stores.over(database, CLOCK, () -> "测试");
        attachments = stores.attachments();
        unit = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    Item create(Category category) {
        return stores.items().create(new ItemDraft("县城区供水管网改造", "", Source.LEADER_INSTRUCTION, category,
                unit.id(), List.of(), "周建平", null, TestClock.TODAY.minusDays(30), TestClock.TODAY.plusDays(30)));
    }

    /** A PDF-looking file of {@code size} random bytes. */
    Path pdf(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return Files.write(folder.resolve(name), bytes);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    byte[] stored(long attachmentId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.copyContent(attachmentId, out);
        return out.toByteArray();
    }

    List<ItemEvent> events(long itemId, EventKind kind) {
        return stores.items().history(itemId).stream().filter(event -> event.kind() == kind).toList();
    }

    long rows(String table) {
        return database.dsl().fetchCount(org.jooq.impl.DSL.table(table));
    }

    @Test
    void theStoredBytesAreTheFilesAndTheirHashIsInTheHistory() throws Exception {
        Item item = create(Category.KEY);
        Path file = pdf("批示件扫描.pdf", 300_000);
        byte[] bytes = Files.readAllBytes(file);

        Attachment attached = attachments.attach(item.id(), AttachmentKind.INSTRUCTION, file);

        assertThat(attached.fileName()).isEqualTo("批示件扫描.pdf");
        assertThat(attached.mediaType()).isEqualTo("application/pdf");
        assertThat(attached.size()).isEqualTo(300_000);
        assertThat(attached.sha256()).isEqualTo(sha256(bytes));
        assertThat(attached.kind()).isEqualTo(AttachmentKind.INSTRUCTION);
        assertThat(attached.removed()).isFalse();
        assertThat(stored(attached.id())).isEqualTo(bytes);
        assertThat(attachments.list(item.id())).containsExactly(attached);
        assertThat(attachments.current(List.of(item.id()))).containsExactly(attached);

        ItemEvent event = events(item.id(), EventKind.ATTACH).get(0);
        Map<String, Object> changes = EventChanges.parse(event.changes());
        assertThat(changes).containsEntry("attachment", attached.id()).containsEntry("name", "批示件扫描.pdf")
                .containsEntry("size", 300_000L).containsEntry("sha256", sha256(bytes));
        Item after = stores.items().find(item.id());
        assertThat(after.version()).as("attaching leaves the item's row alone").isEqualTo(item.version());
        assertThat(after.links().attachmentCount()).isEqualTo(1);
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void imagesAndOfficeFilesAreRecognisedByNameAndContent() throws Exception {
        Item item = create(Category.KEY);
        Path png = Files.write(folder.resolve("现场照片.PNG"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3});
        Path jpg = Files.write(folder.resolve("现场.jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        Path docx = zip("整改报告.docx", "word/document.xml");
        Path xlsx = zip("进度表.xlsx", "xl/workbook.xml");

        assertThat(List.of(png, jpg, docx, xlsx)).extracting(file -> {
            try {
                return attachments.attach(item.id(), AttachmentKind.EVIDENCE, file).mediaType();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).containsExactly("image/png", "image/jpeg",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(stores.items().find(item.id()).links().evidenceCount()).isEqualTo(4);
    }

    Path zip(String name, String entry) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        Item item = create(Category.KEY);
        Path big = folder.resolve("全年台账扫描.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(51L * 1024 * 1024);
        }
        long events = rows("item_event");

        assertThatThrownBy(() -> attachments.attach(item.id(), AttachmentKind.EVIDENCE, big))
                .isInstanceOfSatisfying(AttachmentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AttachmentException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("全年台账扫描.pdf").contains("51.0 MB").contains("50 MB");
                });
        assertThat(rows("attachment")).isZero();
        assertThat(rows("attachment_content")).isZero();
        assertThat(rows("item_event")).isEqualTo(events);

        // The limit is the office's setting.
        attachments.saveSettings(new AttachmentSettings(60, EnumSet.noneOf(Category.class)));
        assertThat(attachments.attach(item.id(), AttachmentKind.EVIDENCE, big).size()).isEqualTo(51L * 1024 * 1024);
    }

    @Test
    void unreadableEmptyAndForeignFilesAreRefusedAndNothingIsWritten() throws Exception {
        Item item = create(Category.KEY);
        Path missing = folder.resolve("不存在.pdf");
        Path directory = Files.createDirectory(folder.resolve("文件夹.pdf"));
        Path empty = Files.createFile(folder.resolve("空.pdf"));
        Path renamed = Files.write(folder.resolve("通知.pdf"), "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        Path text = Files.writeString(folder.resolve("说明.txt"), "文字");
        Path zipNotDocx = zip("其实是压缩包.docx", "readme.txt");

        assertThat(reason(missing)).isEqualTo(AttachmentException.Reason.UNREADABLE);
        assertThat(reason(directory)).isEqualTo(AttachmentException.Reason.UNREADABLE);
        assertThat(reason(empty)).isEqualTo(AttachmentException.Reason.EMPTY);
        assertThat(reason(renamed)).isEqualTo(AttachmentException.Reason.TYPE);
        assertThat(reason(text)).isEqualTo(AttachmentException.Reason.TYPE);
        assertThat(reason(zipNotDocx)).isEqualTo(AttachmentException.Reason.TYPE);
        assertThatThrownBy(() -> attachments.attach(item.id(), AttachmentKind.OTHER, renamed))
                .hasMessageContaining("通知.pdf").hasMessageContaining("PDF、JPG/JPEG、PNG、DOCX 或 XLSX");
        assertThat(rows("attachment")).isZero();
        assertThat(events(item.id(), EventKind.ATTACH)).isEmpty();
    }

    AttachmentException.Reason reason(Path file) {
        Item item = stores.items().loadBoard().get(0);
        try {
            attachments.attach(item.id(), AttachmentKind.OTHER, file);
        } catch (AttachmentException e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused: " + file);
    }

    @Test
    void aWithdrawnItemTakesNoAttachment() throws Exception {
        Item item = create(Category.KEY);
        stores.items().withdraw(item.id(), item.version(), "重复交办");
        Path file = pdf("a.pdf", 100);
        assertThatThrownBy(() -> attachments.attach(item.id(), AttachmentKind.OTHER, file))
                .isInstanceOfSatisfying(AttachmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentException.Reason.WITHDRAWN));
        assertThat(rows("attachment")).isZero();
    }

    @Test
    void removingNeedsAReasonIsAnEventAndHappensOnce() throws Exception {
        Item item = create(Category.KEY);
        Attachment attached = attachments.attach(item.id(), AttachmentKind.EVIDENCE, pdf("照片.pdf", 1000));

        assertThatThrownBy(() -> attachments.remove(attached.id(), " ")).isInstanceOf(AttachmentException.class)
                .hasMessageContaining("原因");
        Attachment removed = attachments.remove(attached.id(), "传错了文件");

        assertThat(removed.removed()).isTrue();
        assertThat(removed.removedReason()).isEqualTo("传错了文件");
        assertThat(attachments.list(item.id())).containsExactly(removed);
        assertThat(attachments.current(List.of(item.id()))).isEmpty();
        assertThat(stored(attached.id())).as("the bytes stay in the file").hasSize(1000);
        ItemEvent detach = events(item.id(), EventKind.DETACH).get(0);
        assertThat(detach.note()).isEqualTo("传错了文件");
        assertThat(EventChanges.parse(detach.changes())).containsEntry("attachment", attached.id());
        assertThatThrownBy(() -> attachments.remove(attached.id(), "再删一次"))
                .isInstanceOfSatisfying(AttachmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentException.Reason.ALREADY_REMOVED));
        assertThat(events(item.id(), EventKind.DETACH)).hasSize(1);
        assertThat(stores.items().find(item.id()).links().attachmentCount()).isZero();
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aCategoryThatNeedsEvidenceCannotBeCrossedOffWithoutIt() throws Exception {
        attachments.saveSettings(new AttachmentSettings(50, EnumSet.of(Category.KEY)));
        assertThat(attachments.settings().evidenceRequired()).containsExactly(Category.KEY);
        Item key = create(Category.KEY);
        Item routine = create(Category.ROUTINE);
        Item awaiting = stores.items().move(key.id(), key.version(), Status.AWAITING_FEEDBACK, 1, null, null);
        Closing closing = new Closing(TestClock.TODAY, "已完成改造");

        assertThatThrownBy(() -> stores.items().move(key.id(), awaiting.version(), Status.CLOSED, 1, closing, null))
                .isInstanceOfSatisfying(AttachmentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AttachmentException.Reason.EVIDENCE_REQUIRED);
                    assertThat(e.getMessage()).contains("重点督办").contains("佐证材料");
                });
        assertThat(stores.items().find(key.id()).status()).isEqualTo(Status.AWAITING_FEEDBACK);

        // A removed 佐证材料 or another kind of attachment does not count.
        Attachment wrong = attachments.attach(key.id(), AttachmentKind.EVIDENCE, pdf("错的.pdf", 100));
        attachments.remove(wrong.id(), "传错了");
        attachments.attach(key.id(), AttachmentKind.INSTRUCTION, pdf("批示.pdf", 200));
        assertThatThrownBy(() -> stores.items().move(key.id(), awaiting.version(), Status.CLOSED, 1, closing, null))
                .isInstanceOf(AttachmentException.class);

        attachments.attach(key.id(), AttachmentKind.EVIDENCE, pdf("整改报告.pdf", 300));
        assertThat(stores.items().move(key.id(), awaiting.version(), Status.CLOSED, 1, closing, null).status())
                .isEqualTo(Status.CLOSED);
        Item routineAwaiting = stores.items().move(routine.id(), routine.version(), Status.AWAITING_FEEDBACK, 2,
                null, null);
        assertThat(stores.items().move(routine.id(), routineAwaiting.version(), Status.CLOSED, 2, closing, null)
                .status()).as("常规 needs none").isEqualTo(Status.CLOSED);
    }

    @Test
    void verifyFindsBytesChangedBehindTheBoardsBack() throws Exception {
        Item item = create(Category.KEY);
        Attachment attached = attachments.attach(item.id(), AttachmentKind.EVIDENCE, pdf("整改报告.pdf", 5000));
        assertThat(verify().intact()).isTrue();

        tamper("UPDATE attachment_content SET content = " + (database.onServer()
                ? "decode('255044462d00', 'hex')" : "X'255044462D00'") + " WHERE attachment_id = " + attached.id(),
                "attachment_content");

        HistoryVerifier.Report report = verify();
        assertThat(report.intact()).isFalse();
        assertThat(report.chain().intact()).as("the history itself is untouched").isTrue();
        assertThat(report.attachments()).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(AttachmentCheck.Problem.CONTENT_CHANGED);
            assertThat(finding.fileName()).isEqualTo("整改报告.pdf");
            assertThat(finding.itemTitle()).isEqualTo("县城区供水管网改造");
        });
        assertThatThrownBy(() -> stored(attached.id())).isInstanceOfSatisfying(AttachmentException.class,
                e -> assertThat(e.reason()).isEqualTo(AttachmentException.Reason.DAMAGED));
    }

    @Test
    void verifyFindsARowWhoseHashNoLongerMatchesItsEventAndARowWithoutAnEvent() throws Exception {
        Item item = create(Category.KEY);
        Attachment first = attachments.attach(item.id(), AttachmentKind.EVIDENCE, pdf("a.pdf", 100));
        Attachment second = attachments.attach(item.id(), AttachmentKind.EVIDENCE, pdf("b.pdf", 200));
        // Both the bytes and the row's hash replaced consistently: only the ATTACH event still knows.
        String otherHash = sha256("%PDF-x".getBytes(StandardCharsets.US_ASCII));
        tamper("UPDATE attachment SET sha256 = '" + otherHash + "', size = 6 WHERE id = " + first.id()
                + "; UPDATE attachment_content SET content = " + (database.onServer()
                ? "convert_to('%PDF-x', 'UTF8')" : "CAST('%PDF-x' AS BLOB)") + " WHERE attachment_id = " + first.id(),
                "attachment", "attachment_content");
        // An attachment slipped in with SQL: no ATTACH event.
        database.dsl().execute("INSERT INTO attachment (item_id, kind, file_name, media_type, size, sha256, added_at)"
                + " VALUES (?, 'EVIDENCE', '补的.pdf', 'application/pdf', 6, ?, '2026-11-21T09:00:00.000+08:00')",
                item.id(), otherHash);

        assertThat(verify().attachments()).extracting(AttachmentCheck.Finding::fileName,
                AttachmentCheck.Finding::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.pdf", AttachmentCheck.Problem.ROW_CHANGED),
                org.assertj.core.groups.Tuple.tuple("补的.pdf", AttachmentCheck.Problem.NO_ATTACH_EVENT));
        assertThat(second.id()).isPositive();
    }

    /** Runs {@code sql} with the append-only triggers of {@code tables} out of the way, as a tamperer would. */
    void tamper(String sql, String... tables) {
        if (database.onServer()) {
            StringBuilder script = new StringBuilder();
            for (String table : tables) {
                script.append("ALTER TABLE ").append(table).append(" DISABLE TRIGGER USER; ");
            }
            script.append(sql).append("; ");
            for (String table : tables) {
                script.append("ALTER TABLE ").append(table).append(" ENABLE TRIGGER USER; ");
            }
            PostgresServer.executeAsSuperuser(database.server().database(), script.toString());
            return;
        }
        database.dsl().execute("DROP TRIGGER attachment_only_removed");
        database.dsl().execute("DROP TRIGGER attachment_content_append_only_update");
        for (String statement : sql.split("; ")) {
            database.dsl().execute(statement);
        }
    }

    HistoryVerifier.Report verify() throws HistoryVerifier.NotADatabaseException {
        return database.onServer() ? HistoryVerifier.verify(database, Optional.empty())
                : HistoryVerifier.verify(database.file());
    }
}
