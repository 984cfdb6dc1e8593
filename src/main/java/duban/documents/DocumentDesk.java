package duban.documents;

import duban.domain.Item;
import duban.domain.Reminder;
import duban.domain.ReminderLevel;
import duban.domain.Source;
import duban.domain.bulletin.BulletinFigures;
import duban.domain.bulletin.ReportPeriod;
import duban.domain.documents.DocumentKind;
import duban.domain.documents.DocumentTemplate;
import duban.domain.documents.IssuedDocument;
import duban.domain.documents.Letterhead;
import duban.domain.office.OfficeSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The documents feature's port to the store: the numbering of 督办通知单 and 催办单, the office's
 * templates and letterhead, the figures of a 通报. Every method is called on the store thread.
 */
public interface DocumentDesk {

    /** The office's letterhead. */
    Letterhead letterhead();

    /** Saves the office's letterhead. */
    void saveLetterhead(Letterhead letterhead);

    /** The office's rules (办理时限, reporting cadences) a notice states. */
    OfficeSettings settings();

    /** Issues consecutive 督办通知单 numbers for {@code itemIds}, in one transaction. */
    List<IssuedDocument> issueNotices(List<Long> itemIds, LocalDate issuedOn, String prefix);

    /** The documents issued for an item, oldest first. */
    List<IssuedDocument> issuedFor(long itemId);

    /** Records a 催办 by 督办单 and numbers its 催办单, in one transaction. */
    IssuedDocument issueReminderNotice(long itemId, LocalDate remindedOn, ReminderLevel level, String note,
                                       String prefix);

    /** The items on the board, not closed, without a 督办通知单 yet. */
    List<Item> itemsWithoutNotice();

    /** The item as it now is. */
    Item item(long itemId);

    /** The item's reminders, oldest first. */
    List<Reminder> reminders(long itemId);

    /** The office's own template of {@code kind}, or empty for the built-in one. */
    Optional<DocumentTemplate> template(DocumentKind kind);

    /** Makes {@code content} the office's template of {@code kind}. */
    void replaceTemplate(DocumentKind kind, String fileName, byte[] content);

    /** Goes back to the built-in template of {@code kind}. */
    void restoreBuiltInTemplate(DocumentKind kind);

    /** The figures of a 通报 over {@code period} and one {@code source}, or all ({@code null}). */
    BulletinFigures figures(ReportPeriod period, Source source);

    /** The office's template bytes of {@code kind}, or {@code null} for the built-in one. */
    default byte[] templateBytes(DocumentKind kind) {
        return template(kind).map(DocumentTemplate::content).orElse(null);
    }
}
