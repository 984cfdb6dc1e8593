package duban.app;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Progress;
import duban.domain.Source;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.attachments.AttachmentKind;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.export.AttachmentFiles;
import duban.ledger.export.AttachmentZip;
import duban.store.Database;
import duban.store.Stores;
import duban.ui.StoreThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 同时导出附件（zip） over the real attachments store of a file: the export's background thread hands
 * each read to the store thread, and the zip holds the bytes that were attached.
 */
class LedgerAttachmentPortsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;

    @Test
    void theZipHoldsTheAttachedBytesReadThroughTheStoreThread() throws Exception {
        byte[] scan = ("%PDF-1.4\n" + "县长批示：请水利局牵头，月底前拿出方案。\n".repeat(2000))
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("县长批示.pdf"), scan);
        try (Database database = Database.open(folder.resolve("office.db"));
             StoreThread storeThread = new StoreThread()) {
            Stores stores = Stores.over(database, CLOCK, () -> "王芳");
            Unit water = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT);
            Item item = stores.items().create(new ItemDraft("城区河道清淤整治", "", Source.LEADER_INSTRUCTION,
                    Category.KEY, water.id(), List.of(), "张伟", null, LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 12, 31)));
            stores.attachments().attach(item.id(), AttachmentKind.INSTRUCTION, file);
            AttachmentFiles files = LedgerAttachmentPorts.withAttachments(StorePorts.ledger(stores.items(),
                    stores.workflow(), stores.units(), stores.settings()), stores.attachments(), storeThread)
                    .attachments();
            Ledger ledger = Ledger.build(stores.items().loadAll(), Map.of(), new Deadlines(CLOCK), LedgerScope.ALL,
                    Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
            Path zip = AttachmentZip.besideSpreadsheet(folder.resolve("督办事项台账.xlsx"));

            assertThat(AttachmentZip.write(ledger, files, zip, Progress.NONE)).isEqualTo(1);

            try (ZipFile written = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
                assertThat(written.stream().map(ZipEntry::getName)).containsExactly("1 城区河道清淤整治/县长批示.pdf");
                assertThat(written.getInputStream(written.getEntry("1 城区河道清淤整治/县长批示.pdf")).readAllBytes())
                        .isEqualTo(scan);
            }
        }
    }
}
