package duban.store;

import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Deadlines;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemEvent;
import duban.domain.Progress;
import duban.domain.ProgressReport;
import duban.domain.Status;
import duban.domain.importing.ImportResult;
import duban.ledger.Ledger;
import duban.ledger.LedgerScope;
import duban.ledger.export.LedgerExport;
import duban.ledger.importing.ImportPreview;
import duban.ledger.importing.ImportReader;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger the product exported (the real exporter, .xlsx and .csv), imported into an empty file:
 * every item comes back in its column, with its category, its closing date and note, its
 * withdrawal and its latest 办理进展, written as events of its history (stamped at the import, the
 * file's dates in their fields), and the file verifies.
 */
class ExportedLedgerImportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 21, 9, 30, 0, 0, SHANGHAI).toInstant(),
            SHANGHAI);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path dir;

    private Database office;
    private Database empty;

    @BeforeEach
    void open() throws Exception {
        office = TestDatabase.FILE.open(dir, "office");
        empty = TestDatabase.FILE.open(dir, "empty");
        new DemoData(office.dsl(), CLOCK).seedIfEmpty();
        ItemStore items = new ItemStore(office.dsl(), CLOCK);
        Item toWithdraw = items.loadBoard().stream().filter(item -> item.status() == Status.IN_PROGRESS)
                .findFirst().orElseThrow();
        items.withdraw(toWithdraw.id(), toWithdraw.version(), "与另一事项重复登记");
    }

    @AfterEach
    void close() {
        TestDatabase.discard(office);
        TestDatabase.discard(empty);
    }

    @ParameterizedTest
    @EnumSource(value = LedgerExport.class, names = {"XLSX", "CSV"})
    void anExportedLedgerComesBackAsItWas(LedgerExport format) throws Exception {
        Path file = export(format);

        ImportStore importing = new ImportStore(empty.dsl(), CLOCK);
        ImportPreview preview = ImportPreview.of(ImportReader.read(file), importing.basis(), TODAY, true);
        assertThat(preview.fileProblem()).isEmpty();
        assertThat(preview.fileNotes()).isEmpty();
        assertThat(preview.invalid()).as(preview.rows().toString()).isZero();
        ImportResult result = importing.importPlan(preview.plan(), Progress.NONE);

        Map<String, Item> before = byTitle(new ItemStore(office.dsl(), CLOCK).loadAll());
        Map<String, Item> after = byTitle(new ItemStore(empty.dsl(), CLOCK).loadAll());
        assertThat(result.imported()).isEqualTo(before.size());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        Map<Long, ProgressReport> reportsBefore = new WorkflowStore(office.dsl(), CLOCK).latestReports();
        Map<Long, ProgressReport> reportsAfter = new WorkflowStore(empty.dsl(), CLOCK).latestReports();
        long closed = 0;
        for (Item was : before.values()) {
            Item now = after.get(was.title());
            String which = was.title();
            // The ledger says only 已撤销 of a withdrawn item: it comes back withdrawn from 交办.
            assertThat(now.status()).as("status of %s", which)
                    .isEqualTo(was.withdrawn() ? Status.ASSIGNED : was.status());
            assertThat(now.category()).as("category of %s", which).isEqualTo(was.category());
            assertThat(now.source()).as("source of %s", which).isEqualTo(was.source());
            assertThat(now.leader()).as("leader of %s", which).isEqualTo(was.leader());
            assertThat(now.details()).as("details of %s", which).startsWith(was.details());
            assertThat(now.assignedOn()).as("assigned on of %s", which).isEqualTo(was.assignedOn());
            assertThat(now.deadline()).as("deadline of %s", which).isEqualTo(was.currentDeadline());
            assertThat(now.closedOn()).as("closing date of %s", which).isEqualTo(was.closedOn());
            assertThat(now.closingNote()).as("closing note of %s", which).isEqualTo(was.closingNote());
            assertThat(now.withdrawn()).as("withdrawn %s", which).isEqualTo(was.withdrawn());
            assertThat(now.withdrawnReason()).as("withdrawal reason of %s", which).isEqualTo(was.withdrawnReason());
            ProgressReport latest = reportsBefore.get(was.id());
            ProgressReport taken = reportsAfter.get(now.id());
            if (latest == null) {
                assertThat(taken).as("progress of %s", which).isNull();
            } else {
                assertThat(taken).as("progress of %s", which).isNotNull();
                assertThat(taken.reportedOn()).as("progress date of %s", which).isEqualTo(latest.reportedOn());
                assertThat(taken.content()).as("progress of %s", which).isEqualTo(latest.content());
            }
            closed += was.status().isClosed() ? 1 : 0;
        }
        assertThat(closed).isGreaterThanOrEqualTo(10);
        assertThat(after.values()).anyMatch(Item::withdrawn);
        assertThat(HistoryVerifier.verify(dir.resolve("empty.db")).intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LedgerExport.class, names = {"XLSX", "CSV"})
    void theHistorySaysWhatTheImportTookOverAndWhen(LedgerExport format) throws Exception {
        Path file = export(format);
        ImportStore importing = new ImportStore(empty.dsl(), CLOCK);
        importing.importPlan(ImportPreview.of(ImportReader.read(file), importing.basis(), TODAY, true).plan(),
                Progress.NONE);

        ItemStore items = new ItemStore(empty.dsl(), CLOCK);
        Item closed = items.loadAll().stream().filter(item -> item.status().isClosed()).findFirst().orElseThrow();
        List<ItemEvent> history = items.history(closed.id());
        assertThat(history).extracting(ItemEvent::kind).startsWith(EventKind.CREATE).contains(EventKind.MOVE);
        ItemEvent move = history.stream().filter(event -> event.kind() == EventKind.MOVE).findFirst().orElseThrow();
        // Stamped when imported, never back-dated; the file's closing date is in the move's changes.
        assertThat(history).allSatisfy(event -> assertThat(event.at().toInstant()).isEqualTo(CLOCK.instant()));
        assertThat(move.toStatus()).isEqualTo(Status.CLOSED);
        assertThat(move.note()).startsWith("据导入的台账第 ").contains("办结销号");
        assertThat(move.changes()).contains(closed.closedOn().toString());
    }

    @ParameterizedTest
    @EnumSource(value = LedgerExport.class, names = {"XLSX", "CSV"})
    void importingTheSameLedgerAgainAddsNothing(LedgerExport format) throws Exception {
        Path file = export(format);
        ImportStore importing = new ImportStore(empty.dsl(), CLOCK);
        importing.importPlan(ImportPreview.of(ImportReader.read(file), importing.basis(), TODAY, true).plan(),
                Progress.NONE);

        ImportPreview again = ImportPreview.of(ImportReader.read(file), importing.basis(), TODAY, true);
        assertThat(again.importable()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(again.total());
    }

    private Path export(LedgerExport format) throws Exception {
        Stores stores = Stores.over(office, CLOCK);
        Ledger ledger = Ledger.build(stores.items().loadAll(), stores.workflow().latestReports(),
                stores.items().operators(), new Deadlines(CLOCK), LedgerScope.ALL.withWithdrawn(true),
                Ledger.Order.ASSIGNED_ON, Ledger.Grouping.NONE);
        Path file = dir.resolve("台账." + format.extension());
        format.write(ledger, "青石县人民政府办公室督办事项台账", TODAY, file, Progress.NONE);
        return file;
    }

    private static Map<String, Item> byTitle(List<Item> items) {
        return items.stream().collect(Collectors.toMap(Item::title, Function.identity()));
    }
}
