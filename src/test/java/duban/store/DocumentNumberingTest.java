package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.EventKind;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.Source;
import duban.domain.UnitKind;
import duban.domain.documents.IssuedDocument;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two PCs issuing 督办通知单 at the same moment: each through its own connection to the same file
 * (here) or server ({@link DocumentNumberingOnServerTest}), one notice per transaction so that the
 * two interleave. The numbers are exactly 1 to 80: none missing, none given twice.
 */
class DocumentNumberingTest {

    private static final int EACH = 40;

    @TempDir
    Path folder;

    private final MovableClock clock = DocumentStoreTest.atTenToday();
    private Database first;
    private Database second;

    @BeforeEach
    void open() throws Exception {
        first = where().open(folder, "numbering");
        // The second PC: another connection to the same database.
        second = first.onServer() ? Database.openServer(first.server(), null, false) : Database.open(first.file());
    }

    @AfterEach
    void close() {
        if (second != null) {
            second.close();
        }
        TestDatabase.discard(first);
    }

    TestDatabase where() {
        return TestDatabase.FILE;
    }

    @Test
    void twoIssuersAtOnceGetTheNumbersOneToEightyEachOnce() throws Exception {
        ItemStore items = new ItemStore(first.dsl(), clock);
        long unitId = new UnitStore(first.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT).id();
        List<Long> itemIds = IntStream.range(0, 2 * EACH).mapToObj(index -> items.create(new ItemDraft(
                "事项 " + index, "", Source.OTHER, Category.KEY, unitId, List.of(), "周建平", null,
                DocumentStoreTest.TODAY, DocumentStoreTest.TODAY.plusDays(30))).id()).toList();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<IssuedDocument>>> issuers = new ArrayList<>();
        try {
            for (Database database : List.of(first, second)) {
                List<Long> own = database == first ? itemIds.subList(0, EACH) : itemIds.subList(EACH, 2 * EACH);
                DocumentStore documents = new DocumentStore(database.dsl(), clock, OperatorSource.of(database.dsl()));
                issuers.add(pool.submit(() -> {
                    start.await();
                    List<IssuedDocument> issued = new ArrayList<>();
                    for (long itemId : own) {
                        issued.addAll(documents.issueNotices(List.of(itemId), DocumentStoreTest.TODAY, "督办"));
                    }
                    return issued;
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<List<IssuedDocument>> issuer : issuers) {
                issuer.get().forEach(document -> numbers.add(document.number()));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * EACH).boxed().toList());
            // Each issuer's own numbers rise; both got some of the low ones (they did interleave, or one ran first).
            assertThat(issuers.get(0).get()).extracting(IssuedDocument::number).isSorted();
            assertThat(issuers.get(1).get()).extracting(IssuedDocument::number).isSorted();
        } finally {
            pool.shutdownNow();
        }

        // The history agrees with the rows, and the chain both wrote into still verifies.
        DocumentStore documents = new DocumentStore(first.dsl(), clock, OperatorSource.of(first.dsl()));
        for (long itemId : itemIds) {
            IssuedDocument issued = documents.issuedFor(itemId).get(0);
            assertThat(items.history(itemId).stream().filter(event -> event.kind() == EventKind.NOTICE)
                    .map(ItemEvent::note)).containsExactly(issued.numberText("督办"));
        }
        HistoryVerifier.Report report = first.onServer() ? HistoryVerifier.verify(first, Optional.empty())
                : HistoryVerifier.verify(first.file());
        assertThat(report.intact()).isTrue();
        assertThat(report.chain().eventsChecked()).isEqualTo(4 * EACH);
    }
}
