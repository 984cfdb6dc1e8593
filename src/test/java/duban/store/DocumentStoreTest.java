package duban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.details.HistoryEntry;
import duban.details.HistoryFormatter;
import duban.domain.Category;
import duban.domain.Closing;
import duban.domain.EventKind;
import duban.domain.Item;
import duban.domain.ItemDraft;
import duban.domain.ItemEvent;
import duban.domain.ItemNotFoundException;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.domain.Source;
import duban.domain.Status;
import duban.domain.Unit;
import duban.domain.UnitKind;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.IssuedDocument;
import duban.testing.MovableClock;
import duban.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 督办通知单 and 催办单 numbered and recorded in the items' history, all or nothing, and the
 * office's templates and letterhead with their setting changes: on a real file here, on the
 * PostgreSQL server in {@link DocumentStoreOnServerTest}.
 */
class DocumentStoreTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path folder;

    final MovableClock clock = atTenToday();
    Database database;
    ItemStore items;
    WorkflowStore workflow;
    DocumentStore documents;
    Unit unit;

    /** A clock standing at 10:00 of {@link #TODAY} in the office's zone, for the document tests. */
    static MovableClock atTenToday() {
        return new MovableClock(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    @BeforeEach
    void open() throws Exception {
        database = where().open(folder, "documents");
        items = new ItemStore(database.dsl(), clock);
        workflow = new WorkflowStore(database.dsl(), clock);
        documents = new DocumentStore(database.dsl(), clock, OperatorSource.of(database.dsl()));
        unit = new UnitStore(database.dsl()).add("县水利局", UnitKind.COUNTY_DEPARTMENT);
    }

    @AfterEach
    void close() {
        TestDatabase.discard(database);
    }

    /** Where the database lives: a file here, the server in the {@code …OnServerTest} subclass. */
    TestDatabase where() {
        return TestDatabase.FILE;
    }

    Item create(String title) {
        return items.create(new ItemDraft(title, "", Source.LEADER_INSTRUCTION, Category.KEY, unit.id(), List.of(),
                "周建平", null, TODAY.minusDays(30), TODAY.plusDays(30)));
    }

    private List<ItemEvent> events(long itemId, EventKind kind) {
        return items.history(itemId).stream().filter(event -> event.kind() == kind).toList();
    }

    private int issuedRows() {
        return database.dsl().fetchCount(duban.store.generated.Tables.ISSUED_DOCUMENT);
    }

    @Test
    void noticesAreNumberedOnePastTheHighestOfTheirYearAndEachIsInItsItemsHistory() {
        Item first = create("县城区供水管网改造");
        Item second = create("农村饮水安全巩固提升");

        List<IssuedDocument> batch = documents.issueNotices(List.of(second.id(), first.id()), TODAY, "督办");
        IssuedDocument again = documents.issueNotices(List.of(first.id()), TODAY.plusDays(1), "督办").get(0);

        assertThat(batch).extracting(IssuedDocument::itemId).containsExactly(second.id(), first.id());
        assertThat(batch).extracting(IssuedDocument::number).containsExactly(1, 2);
        assertThat(batch).allSatisfy(document -> {
            assertThat(document.kind()).isEqualTo(DocumentKind.NOTICE);
            assertThat(document.year()).isEqualTo(2026);
            assertThat(document.issuedOn()).isEqualTo(TODAY);
            assertThat(document.reminderId()).isNull();
            assertThat(document.operator()).isEqualTo(OperatorSource.of(database.dsl()).get());
        });
        // A re-issue takes a new number; the history shows both.
        assertThat(again.number()).isEqualTo(3);
        assertThat(documents.issuedFor(first.id())).extracting(IssuedDocument::number).containsExactly(2, 3);
        assertThat(documents.issuedFor(first.id()).get(1)).isEqualTo(again);
        assertThat(events(first.id(), EventKind.NOTICE)).extracting(ItemEvent::note)
                .containsExactly("督办〔2026〕第 2 号", "督办〔2026〕第 3 号");
        assertThat(events(second.id(), EventKind.NOTICE)).extracting(ItemEvent::note)
                .containsExactly("督办〔2026〕第 1 号");
        HistoryEntry shown = HistoryFormatter.format(events(second.id(), EventKind.NOTICE).get(0));
        assertThat(shown.summary()).isEqualTo("印发督办通知单 督办〔2026〕第 1 号");
        // Issuing writes beside the item: its row and version are untouched.
        assertThat(items.find(first.id())).isEqualTo(first);
    }

    @Test
    void numbersStartAgainAtOneInANewYearAndEachYearKeepsItsOwnSequence() {
        Item item = create("县城区供水管网改造");
        documents.issueNotices(List.of(item.id(), item.id()), TODAY, "督办");

        LocalDate nextYear = LocalDate.of(2027, 1, 4);
        assertThat(documents.issueNotices(List.of(item.id()), nextYear, "督办").get(0).number()).isEqualTo(1);
        // A notice back-dated into the old year continues the old year's numbers.
        assertThat(documents.issueNotices(List.of(item.id()), TODAY.plusDays(10), "督办").get(0).number())
                .isEqualTo(3);
        assertThat(events(item.id(), EventKind.NOTICE)).extracting(ItemEvent::note).containsExactly(
                "督办〔2026〕第 1 号", "督办〔2026〕第 2 号", "督办〔2027〕第 1 号", "督办〔2026〕第 3 号");
    }

    @Test
    void aBatchWithAnUnknownOrWithdrawnItemIssuesNothingAndTakesNoNumber() {
        Item first = create("县城区供水管网改造");
        Item withdrawn = create("重复交办的事项");
        withdrawn = items.withdraw(withdrawn.id(), withdrawn.version(), "重复交办");
        long eventsBefore = database.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT);

        assertThatThrownBy(() -> documents.issueNotices(List.of(first.id(), 9_999L), TODAY, "督办"))
                .isInstanceOf(ItemNotFoundException.class).hasMessageContaining("9999");
        long withdrawnId = withdrawn.id();
        assertThatThrownBy(() -> documents.issueNotices(List.of(first.id(), withdrawnId), TODAY, "督办"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("重复交办的事项")
                .hasMessageContaining("已被撤销").hasMessageContaining("未编号");
        assertThatThrownBy(() -> documents.issueReminderNotice(withdrawnId, TODAY, ReminderLevel.BLUE, null, "催办"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(issuedRows()).isZero();
        assertThat(database.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT)).isEqualTo(eventsBefore);
        assertThat(workflow.reminders(withdrawnId)).isEmpty();
        // The next success continues where the last success ended: at 1.
        assertThat(documents.issueNotices(List.of(first.id()), TODAY, "督办").get(0).number()).isEqualTo(1);
    }

    @Test
    void aFailureHalfwayThroughABatchLeavesNoNumberNoEventAndNoReminder() throws Exception {
        Item first = create("县城区供水管网改造");
        Item second = create("农村饮水安全巩固提升");
        long eventsBefore = database.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT);
        try (AutoCloseable refusal = TestDatabase.refuseInserts(database, "issued_document", "NEW.number = 2",
                "disk full")) {
            assertThatThrownBy(() -> documents.issueNotices(List.of(first.id(), second.id()), TODAY, "督办"))
                    .isInstanceOf(DataAccessException.class);
        }
        try (AutoCloseable refusal = TestDatabase.refuseInserts(database, "issued_document", null, "disk full")) {
            assertThatThrownBy(() -> documents.issueReminderNotice(first.id(), TODAY, ReminderLevel.RED, "", "催办"))
                    .isInstanceOf(DataAccessException.class);
        }
        assertThat(issuedRows()).isZero();
        assertThat(workflow.reminders(first.id())).isEmpty();
        assertThat(database.dsl().fetchCount(duban.store.generated.Tables.ITEM_EVENT)).isEqualTo(eventsBefore);
        assertThat(documents.issueNotices(List.of(second.id()), TODAY, "督办").get(0).number()).isEqualTo(1);
    }

    @Test
    void aReminderNoticeRecordsTheReminderAndItsEventWithTheNumberFromItsOwnSequence() {
        Item item = create("县城区供水管网改造");
        documents.issueNotices(List.of(item.id(), item.id()), TODAY, "督办");

        IssuedDocument first = documents.issueReminderNotice(item.id(), TODAY, ReminderLevel.YELLOW,
                " 请于 11 月 30 日前报送整改情况 ", "催办");
        IssuedDocument second = documents.issueReminderNotice(item.id(), TODAY.plusDays(3), ReminderLevel.RED, null,
                null);

        assertThat(first.kind()).isEqualTo(DocumentKind.REMINDER_NOTICE);
        assertThat(List.of(first.number(), second.number())).containsExactly(1, 2);
        List<Reminder> reminders = workflow.reminders(item.id());
        assertThat(reminders).extracting(Reminder::id).containsExactly(second.reminderId(), first.reminderId());
        Reminder yellow = reminders.get(1);
        assertThat(yellow.method()).isEqualTo(ReminderMethod.SUPERVISION_NOTICE);
        assertThat(yellow.level()).isEqualTo(ReminderLevel.YELLOW);
        assertThat(yellow.note()).isEqualTo("请于 11 月 30 日前报送整改情况");
        assertThat(yellow.remindedOn()).isEqualTo(TODAY);

        List<ItemEvent> reminds = events(item.id(), EventKind.REMIND);
        assertThat(reminds).hasSize(2);
        HistoryEntry shown = HistoryFormatter.format(reminds.get(0));
        assertThat(shown.changeLines()).contains("催办方式：督办单", "督办单：黄色督办单", "催办单编号：催办〔2026〕第 1 号");
        assertThat(shown.noteLine()).contains("请于 11 月 30 日前报送整改情况");
        // No prefix given: the default 字.
        assertThat(HistoryFormatter.format(reminds.get(1)).changeLines()).contains("催办单编号：催办〔2026〕第 2 号");
        // A 催办 recorded by itself carries no number.
        workflow.addReminder(item.id(), TODAY, ReminderMethod.PHONE, ReminderLevel.BLUE, "电话催办");
        assertThat(HistoryFormatter.format(events(item.id(), EventKind.REMIND).get(2)).changeLines())
                .noneMatch(line -> line.contains("催办单编号"));
        assertThat(documents.issuedFor(item.id())).extracting(IssuedDocument::kind).containsExactly(
                DocumentKind.NOTICE, DocumentKind.NOTICE, DocumentKind.REMINDER_NOTICE, DocumentKind.REMINDER_NOTICE);
        assertThat(documents.issuedFor(item.id()).get(2)).isEqualTo(first);
        assertThat(items.find(item.id()).version()).isEqualTo(item.version());
    }

    @Test
    void theItemsWithoutANoticeAreTheOpenOnesOnTheBoardNoNoticeWasIssuedFor() {
        Item issued = create("已印发通知单的事项");
        Item reminded = create("只有催办单的事项");
        Item waiting = create("尚未印发的事项");
        Item withdrawn = create("已撤销的事项");
        Item closed = create("已办结的事项");
        items.withdraw(withdrawn.id(), withdrawn.version(), "重复交办");
        items.move(closed.id(), closed.version(), Status.CLOSED, 1024, new Closing(TODAY, "已完成"), null);
        documents.issueNotices(List.of(issued.id()), TODAY, "督办");
        documents.issueReminderNotice(reminded.id(), TODAY, ReminderLevel.BLUE, null, "催办");

        assertThat(documents.itemsWithoutNotice()).containsExactly(reminded.id(), waiting.id());
        assertThat(documents.itemsAwaitingNotice()).extracting(Item::id)
                .containsExactlyInAnyOrder(reminded.id(), waiting.id());
    }

    @Test
    void theHistoryWithNoticesAndReminderNoticesVerifiesAndReplays() throws Exception {
        Item first = create("县城区供水管网改造");
        Item second = create("农村饮水安全巩固提升");
        documents.issueNotices(List.of(first.id(), second.id()), TODAY, "督办");
        first = items.move(first.id(), first.version(), Status.IN_PROGRESS, 1024, null, null);
        documents.issueReminderNotice(first.id(), TODAY, ReminderLevel.RED, "逾期未报", "催办");
        documents.issueNotices(List.of(first.id()), TODAY, "督办");
        items.move(first.id(), first.version(), Status.AWAITING_FEEDBACK, 1024, null, null);

        HistoryVerifier.Report report = database.onServer()
                ? HistoryVerifier.verify(database, Optional.empty())
                : HistoryVerifier.verify(database.file());
        assertThat(report.chain().intact()).isTrue();
        assertThat(report.state().differences()).isEmpty();
        assertThat(report.intact()).isTrue();
        // The version counts what changed the row: a notice and a 催办单 do not.
        assertThat(report.state().replayed().get(first.id()).rowChanges())
                .isEqualTo(items.find(first.id()).version());
    }

    @Test
    void theSchemaRefusesToChangeOrDeleteAnIssuedNumber() {
        Item item = create("县城区供水管网改造");
        documents.issueNotices(List.of(item.id()), TODAY, "督办");
        for (String change : List.of("UPDATE issued_document SET number = 7", "DELETE FROM issued_document")) {
            assertThatThrownBy(() -> database.dsl().execute(change)).as(change)
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
        assertThat(documents.issuedFor(item.id())).extracting(IssuedDocument::number).containsExactly(1);
    }
}
