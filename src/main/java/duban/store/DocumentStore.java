package duban.store;

import duban.domain.ReminderLevel;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The documents the office issues: the numbering of 督办通知单 and 催办单 (never reused, never
 * duplicated), their record in the items' history, the office's own templates and its letterhead.
 */
public final class DocumentStore {

    private final DSLContext dsl;
    private final Clock clock;
    private final Supplier<String> operator;

    public DocumentStore(DSLContext dsl, Clock clock, Supplier<String> operator) {
        this.dsl = dsl;
        this.clock = clock;
        this.operator = operator;
    }

    /**
     * Issues one 督办通知单 for each item, in the order given, with consecutive numbers of
     * {@code issuedOn}'s year, and records each in its item's history (a {@code NOTICE} event whose
     * note is the number as stated, with {@code prefix}): all in one transaction, all or nothing.
     */
    public List<IssuedDocument> issueNotices(List<Long> itemIds, LocalDate issuedOn, String prefix) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /**
     * Records a 催办 by 督办单 ({@code SUPERVISION_NOTICE}) of {@code level} and issues its 催办单,
     * numbered from the 催办单 sequence, in one transaction.
     */
    public IssuedDocument issueReminderNotice(long itemId, LocalDate remindedOn, ReminderLevel level, String note,
                                              String prefix) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** Every document issued for the item, oldest first. */
    public List<IssuedDocument> issuedFor(long itemId) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** The items on the board, not closed, for which no 督办通知单 has been issued yet, by id. */
    public List<Long> itemsWithoutNotice() {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** The office's own template of {@code kind}, or empty when it uses the built-in one. */
    public Optional<DocumentTemplate> template(DocumentKind kind) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** Makes {@code content} the office's template of {@code kind}, recorded as a setting change. */
    public void replaceTemplate(DocumentKind kind, String fileName, byte[] content) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** Goes back to the built-in template of {@code kind}, recorded as a setting change. */
    public void restoreBuiltInTemplate(DocumentKind kind) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** The office's letterhead, {@link Letterhead#DEFAULT} until set. */
    public Letterhead letterhead() {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }

    /** Saves the office's letterhead, each changed value recorded as a setting change. */
    public void saveLetterhead(Letterhead letterhead) {
        throw new UnsupportedOperationException("issue 16: issuing part");
    }
}
