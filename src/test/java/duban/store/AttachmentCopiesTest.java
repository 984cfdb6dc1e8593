package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.app.cli.VerifyCommand;
import duban.domain.Backup;
import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.UnitKind;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.testing.PostgresServer;
import duban.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments travel with the database: in a backup (VACUUM INTO), through --copy-to to a server
 * and back (BLOB to bytea to BLOB), checked by --verify afterwards; and --verify names a changed
 * attachment's item and file in Chinese.
 */
class AttachmentCopiesTest {

    private static final Clock CLOCK = TestClock.startingToday();

    @TempDir
    Path folder;

    /** An office file with one item and a 1 MB attachment of random bytes; returns the bytes. */
    private byte[] officeWithAttachment(Database database) throws Exception {
        Stores stores = Stores.over(database, CLOCK, () -> "测试");
        long unit = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT).id();
        Item item = stores.items().create(new ItemDraft("防汛物资储备", "", Source.LEADER_INSTRUCTION, Category.KEY,
                unit, List.of(), "周建平", null, TestClock.TODAY, TestClock.TODAY.plusDays(30)));
        byte[] bytes = new byte[1024 * 1024];
        new Random(17).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        Path file = Files.write(folder.resolve("批示件.pdf"), bytes);
        stores.attachments().attach(item.id(), AttachmentKind.INSTRUCTION, file);
        return bytes;
    }

    private static byte[] onlyAttachment(Database database) throws Exception {
        AttachmentStore attachments = Stores.over(database, CLOCK, () -> "测试").attachments();
        Item item = Stores.over(database, CLOCK).items().loadBoard().get(0);
        Attachment attachment = attachments.list(item.id()).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.copyContent(attachment.id(), out);
        return out.toByteArray();
    }

    @Test
    void aBackupHoldsTheAttachmentsBytes() throws Exception {
        Path original = folder.resolve("office.db");
        byte[] bytes;
        Backup backup;
        try (Database database = Database.open(original)) {
            bytes = officeWithAttachment(database);
            backup = new BackupService(database, CLOCK).backupNow();
        }
        assertThat(HistoryVerifier.verify(backup.file()).intact()).isTrue();
        try (Database copy = Database.open(backup.file(), true)) {
            assertThat(onlyAttachment(copy)).isEqualTo(bytes);
        }
    }

    @Test
    void aCopyToAServerAndBackKeepsTheBytesAndVerifies() throws Exception {
        Path original = folder.resolve("office.db");
        Path back = folder.resolve("back.db");
        String name = PostgresServer.freshMigratedDatabase("attach_copy");
        byte[] bytes;
        try (Database file = Database.open(original)) {
            bytes = officeWithAttachment(file);
            try (Database server = Database.openServer(DatabaseCopyTest.server(name), null, false)) {
                DatabaseCopy.Outcome there = DatabaseCopy.copy(file, server);
                assertThat(there.rows("attachment_content")).isEqualTo(1);
                assertThat(onlyAttachment(server)).isEqualTo(bytes);
                assertThat(HistoryVerifier.verify(server, java.util.Optional.empty()).intact()).isTrue();
                try (Database copy = Database.open(back)) {
                    DatabaseCopy.copy(server, copy);
                    assertThat(onlyAttachment(copy)).isEqualTo(bytes);
                }
            }
        } finally {
            PostgresServer.executeAsSuperuser("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        assertThat(HistoryVerifier.verify(back).intact()).isTrue();
    }

    @Test
    void verifyNamesTheItemAndTheFileOfAChangedAttachment() throws Exception {
        Path original = folder.resolve("office.db");
        try (Database database = Database.open(original)) {
            officeWithAttachment(database);
            database.dsl().execute("DROP TRIGGER attachment_content_append_only_update");
            database.dsl().execute("UPDATE attachment_content SET content = X'255044462D00'");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new VerifyCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).verify(original);

        assertThat(status).isEqualTo(VerifyCommand.TAMPERED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("督办事项 1 “防汛物资储备”")
                .contains("附件“批示件.pdf”").contains("SHA-256 不符");
    }
}
