package duban.store;

import duban.domain.ConcurrentChangeException;

import static duban.store.generated.Tables.EXTENSION;
import static duban.store.generated.Tables.ITEM;
import static duban.store.generated.Tables.PROGRESS_REPORT;
import static duban.store.generated.Tables.REMINDER;

import duban.domain.EventKind;
import duban.domain.Extension;
import duban.domain.Item;
import duban.domain.ProgressReport;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import duban.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SelectJoinStep;

/**
 * The supervision workflow around an item: progress reports (办理进展), reminders (催办) and
 * extensions (延期). Each is written in one transaction with its {@code item_event}.
 *
 * <p>Reports and reminders are appended without touching the item row, so two officers may
 * record them at once; an extension changes the item's deadlines and so checks its version.
 */
public final class WorkflowStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    /** Over {@code dsl}; {@code clock} stamps the events, its connection's {@link OperatorSource} signs them. */
    public WorkflowStore(DSLContext dsl, Clock clock) {
        this(dsl, clock, OperatorSource.of(dsl));
    }

    /** Over {@code dsl}; {@code clock} stamps the events, {@code operator} names who wrote each (操作人). */
    public WorkflowStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = java.util.Objects.requireNonNull(operator, "operator");
    }

    /** Records a 办理进展 and returns the item as it now is. */
    public Item addReport(long itemId, LocalDate reportedOn, String reporter, String content) {
        requireText(reporter, "报送人");
        requireText(content, "进展内容");
        requireNotAfterToday(reportedOn, "workflow.reportInFuture");
        return writeOnItem(itemId, (db, before, at) -> {
            db.insertInto(PROGRESS_REPORT)
                    .set(PROGRESS_REPORT.ITEM_ID, itemId)
                    .set(PROGRESS_REPORT.REPORTED_ON, reportedOn)
                    .set(PROGRESS_REPORT.REPORTER, reporter.strip())
                    .set(PROGRESS_REPORT.CONTENT, content.strip())
                    .set(PROGRESS_REPORT.CREATED_AT, at)
                    .execute();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("reportedOn", reportedOn.toString());
            fields.put("reporter", reporter.strip());
            fields.put("content", content.strip());
            ItemStore.appendEvent(db, itemId, at, EventKind.REPORT, null, null, null, null, ItemStore.json(fields), null,
                    operator.get());
        });
    }

    /** Records a 催办 and returns the item as it now is. */
    public Item addReminder(long itemId, LocalDate remindedOn, ReminderMethod method, ReminderLevel level, String note) {
        return writeOnItem(itemId, (db, before, at) ->
                recordReminder(db, itemId, at, remindedOn, method, level, note, null, operator.get()));
    }

    /**
     * Writes a 催办 and its {@code REMIND} event in the caller's transaction: what
     * {@link #addReminder} records, and what DocumentStore records with a 催办单.
     *
     * @param noticeNumber the number of the 催办单 issued with it as the document states it, recorded
     *                     in the event's changes ({@code noticeNumber}); {@code null} for none
     * @return the reminder's id
     */
    static long recordReminder(DSLContext db, long itemId, OffsetDateTime at, LocalDate remindedOn,
                               ReminderMethod method, ReminderLevel level, String note, String noticeNumber,
                               String operator) {
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        long reminderId = db.insertInto(REMINDER)
                .set(REMINDER.ITEM_ID, itemId)
                .set(REMINDER.REMINDED_ON, remindedOn)
                .set(REMINDER.METHOD, method)
                .set(REMINDER.LEVEL, level)
                .set(REMINDER.NOTE, trimmedNote)
                .set(REMINDER.CREATED_AT, at)
                .returning(REMINDER.ID)
                .fetchOne(REMINDER.ID);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("remindedOn", remindedOn.toString());
        fields.put("method", method.name());
        fields.put("level", level.name());
        if (noticeNumber != null) {
            fields.put("noticeNumber", noticeNumber);
        }
        ItemStore.appendEvent(db, itemId, at, EventKind.REMIND, null, null, null, null, ItemStore.json(fields),
                trimmedNote, operator);
        return reminderId;
    }

    /**
     * Approves a 延期: the item keeps its original deadline; the new one becomes the deadline it
     * works to, and the deadline it is assessed against only if approved before that had passed.
     *
     * @throws ConcurrentChangeException when the item changed since it was read
     */
    public Item extend(long itemId, int expectedVersion, LocalDate newDeadline, String reason, String approver,
                       LocalDate approvedOn) {
        requireText(reason, "延期原因");
        requireText(approver, "批准人");
        requireNotAfterToday(approvedOn, "workflow.approvedInFuture");
        return writeOnItem(itemId, (db, before, at) -> {
            ItemStore.requireVersion(before, expectedVersion);
            LocalDate current = before.currentDeadline();
            if (!newDeadline.isAfter(current)) {
                throw new IllegalArgumentException(Messages.get("workflow.extensionNotLater", newDeadline, current));
            }
            LocalDate assessedBefore = before.assessmentDeadline();
            LocalDate assessedAfter = Extension.countsForAssessment(approvedOn, assessedBefore)
                    ? newDeadline : assessedBefore;
            db.insertInto(EXTENSION)
                    .set(EXTENSION.ITEM_ID, itemId)
                    .set(EXTENSION.REASON, reason.strip())
                    .set(EXTENSION.PREVIOUS_DEADLINE, current)
                    .set(EXTENSION.NEW_DEADLINE, newDeadline)
                    .set(EXTENSION.APPROVER, approver.strip())
                    .set(EXTENSION.APPROVED_ON, approvedOn)
                    .set(EXTENSION.CREATED_AT, at)
                    .execute();
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(ITEM.WORKING_DEADLINE, newDeadline);
            values.put(ITEM.ASSESSED_DEADLINE, assessedAfter.equals(before.deadline()) ? null : assessedAfter);
            ItemStore.updateChecked(db, before, expectedVersion, at, values);
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("workingDeadline", Arrays.asList(current.toString(), newDeadline.toString()));
            if (!assessedAfter.equals(assessedBefore)) {
                changes.put("assessedDeadline", Arrays.asList(assessedBefore.toString(), assessedAfter.toString()));
            }
            changes.put("approver", approver.strip());
            changes.put("approvedOn", approvedOn.toString());
            ItemStore.appendEvent(db, itemId, at, EventKind.EXTEND, null, null, null, null, ItemStore.json(changes),
                    reason.strip(), operator.get());
        });
    }

    /** The item's progress reports, newest first. */
    public List<ProgressReport> reports(long itemId) {
        return selectReports()
                .where(PROGRESS_REPORT.ITEM_ID.eq(itemId))
                .orderBy(PROGRESS_REPORT.REPORTED_ON.desc(), PROGRESS_REPORT.ID.desc())
                .fetch(Records.mapping(ProgressReport::new));
    }

    /** The item's reminders, newest first. */
    public List<Reminder> reminders(long itemId) {
        return dsl.select(REMINDER.ID, REMINDER.ITEM_ID, REMINDER.REMINDED_ON, REMINDER.METHOD, REMINDER.LEVEL,
                        REMINDER.NOTE, REMINDER.CREATED_AT)
                .from(REMINDER)
                .where(REMINDER.ITEM_ID.eq(itemId))
                .orderBy(REMINDER.REMINDED_ON.desc(), REMINDER.ID.desc())
                .fetch(Records.mapping(Reminder::new));
    }

    /** The latest progress report of every item that has one, by item id (the ledger's 办理进展). */
    public Map<Long, ProgressReport> latestReports() {
        Map<Long, ProgressReport> latest = new HashMap<>();
        // Oldest first, so the last one seen per item is its latest.
        selectReports()
                .orderBy(PROGRESS_REPORT.REPORTED_ON, PROGRESS_REPORT.ID)
                .fetch(Records.mapping(ProgressReport::new))
                .forEach(report -> latest.put(report.itemId(), report));
        return latest;
    }

    /** The item's extensions, oldest first (the order in which they were approved). */
    public List<Extension> extensions(long itemId) {
        return dsl.select(EXTENSION.ID, EXTENSION.ITEM_ID, EXTENSION.REASON, EXTENSION.PREVIOUS_DEADLINE,
                        EXTENSION.NEW_DEADLINE, EXTENSION.APPROVER, EXTENSION.APPROVED_ON, EXTENSION.CREATED_AT)
                .from(EXTENSION)
                .where(EXTENSION.ITEM_ID.eq(itemId))
                .orderBy(EXTENSION.ID)
                .fetch(Records.mapping(Extension::new));
    }

    /** Every progress report's columns, in {@link ProgressReport}'s order. */
    private SelectJoinStep<Record6<Long, Long, LocalDate, String, String, OffsetDateTime>> selectReports() {
        return dsl.select(PROGRESS_REPORT.ID, PROGRESS_REPORT.ITEM_ID, PROGRESS_REPORT.REPORTED_ON,
                        PROGRESS_REPORT.REPORTER, PROGRESS_REPORT.CONTENT, PROGRESS_REPORT.CREATED_AT)
                .from(PROGRESS_REPORT);
    }

    /**
     * Runs {@code write} on the existing item {@code itemId} in one transaction, and returns the
     * item as it then is.
     *
     * @throws duban.domain.ItemNotFoundException when there is no such item
     */
    private Item writeOnItem(long itemId, ItemWrite write) {
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            ItemStore items = new ItemStore(db, clock, operator);
            write.apply(db, items.find(itemId), items.now());
            return items.find(itemId);
        });
    }

    /** One workflow write inside {@link #writeOnItem}: the item as read, and the time it records. */
    @FunctionalInterface
    private interface ItemWrite {
        void apply(DSLContext db, Item before, OffsetDateTime at);
    }

    private void requireNotAfterToday(LocalDate date, String messageKey) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException(Messages.get(messageKey));
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.get("workflow.required", what));
        }
    }
}
