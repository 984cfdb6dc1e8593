package duban.documents;

import duban.documents.drafting.DocumentContent;
import duban.documents.drafting.DocumentDrafter;
import duban.documents.drafting.DocumentFormat;
import duban.domain.documents.DocumentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A drafter that writes a small text file naming what it drafted; when {@link #holding}, it waits
 * in the middle of a draft until cancelled (then writes nothing), as a long PDF would.
 */
final class FakeDrafter implements DocumentDrafter {

    static final byte[] BUILT_IN = "built-in template".getBytes(StandardCharsets.UTF_8);

    final List<DocumentContent> drafted = new CopyOnWriteArrayList<>();
    final List<byte[]> templatesUsed = new CopyOnWriteArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    volatile boolean holding;
    volatile List<String> problems = List.of();

    @Override
    public byte[] builtInTemplate(DocumentKind kind) {
        return BUILT_IN.clone();
    }

    @Override
    public List<String> check(DocumentKind kind, byte[] template) {
        return problems;
    }

    @Override
    public void write(DocumentContent content, byte[] template, DocumentFormat format, Path out,
                      BooleanSupplier cancelled) throws IOException {
        started.countDown();
        if (holding) {
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!cancelled.getAsBoolean() && System.nanoTime() < waitUntil) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException();
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
        }
        drafted.add(content);
        templatesUsed.add(template);
        Files.writeString(out, content.kind() + " " + format + " " + describe(content), StandardCharsets.UTF_8);
    }

    private static String describe(DocumentContent content) {
        if (content instanceof DocumentContent.Notice notice) {
            return notice.issued().numberText(notice.letterhead().noticePrefix()) + " " + notice.item().title();
        }
        if (content instanceof DocumentContent.ReminderNotice reminder) {
            return reminder.issued().numberText(reminder.letterhead().reminderPrefix()) + " " + reminder.level();
        }
        return ((DocumentContent.Bulletin) content).issuedOn().toString();
    }
}
