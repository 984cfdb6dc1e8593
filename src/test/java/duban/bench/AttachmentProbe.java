package duban.bench;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.Source;
import duban.domain.UnitKind;
import duban.domain.attachments.Attachment;
import duban.domain.attachments.AttachmentKind;
import duban.store.AttachmentStore;
import duban.store.Database;
import duban.store.HistoryVerifier;
import duban.store.Stores;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child JVM of {@code bench/run --attachments}: {@code AttachmentProbe FILE COUNT BYTES}
 * attaches COUNT files of BYTES random bytes (with a PDF header) to 100 items of a new FILE, one
 * transaction each, then reports the file's size, the time per attachment and in all, listing an
 * item's attachments, streaming one back (hash checked), --verify over all of them, and memory.
 */
public final class AttachmentProbe {

    private static final int ITEMS = 100;

    private AttachmentProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int bytes = Integer.parseInt(args[2]);
        Files.deleteIfExists(file);
        Path source = Files.createTempFile("duban-bench-attachment", ".pdf");
        Random random = new Random(8);
        byte[] content = new byte[bytes];
        List<Long> ids = new ArrayList<>();
        try (Database database = Database.open(file)) {
            Stores stores = Stores.over(database, Clock.systemDefaultZone(), () -> "bench");
            long unit = stores.units().add("县水利局", UnitKind.COUNTY_DEPARTMENT).id();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(stores.items().create(new ItemDraft("事项 " + i, "", Source.OTHER, Category.KEY, unit,
                        List.of(), "张三", null, LocalDate.now(), LocalDate.now().plusDays(30))));
            }
            AttachmentStore attachments = stores.attachments();
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                random.nextBytes(content);
                System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
                Files.write(source, content);
                long one = System.nanoTime();
                Attachment attached = attachments.attach(items.get(i % ITEMS).id(), AttachmentKind.EVIDENCE, source);
                BenchOutput.millis("attach.one", System.nanoTime() - one);
                ids.add(attached.id());
            }
            BenchOutput.millis("attach.all", System.nanoTime() - started);
            for (int i = 0; i < 20; i++) {
                long one = System.nanoTime();
                attachments.list(items.get(i).id());
                BenchOutput.millis("attach.list", System.nanoTime() - one);
                one = System.nanoTime();
                attachments.copyContent(ids.get(i * 37 % ids.size()), OutputStream.nullOutputStream());
                BenchOutput.millis("attach.stream", System.nanoTime() - one);
            }
            Memory.report("attach.memory");
        }
        BenchOutput.sample("attach.fileMegabytes", Files.size(file) / (1024.0 * 1024.0));
        long verifying = System.nanoTime();
        boolean intact = HistoryVerifier.verify(file).intact();
        BenchOutput.millis("attach.verify", System.nanoTime() - verifying);
        BenchOutput.sample("attach.verifyIntact", intact ? 1 : 0);
        Files.deleteIfExists(source);
        ProbeExit.now();
    }
}
