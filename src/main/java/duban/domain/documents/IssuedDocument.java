package duban.domain.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 督办通知单 or 催办单 as issued: its number in the office's sequence of its kind and year, never
 * reused, and the item (and for a 催办单 the reminder) it belongs to.
 *
 * @param reminderId the 催办 a 催办单 records, {@code null} for a 通知单
 * @param operator   who issued it (操作人), as the events name them
 */
public record IssuedDocument(long id, DocumentKind kind, int year, int number, long itemId, Long reminderId,
                             LocalDate issuedOn, String operator) {

    public IssuedDocument {
        Objects.requireNonNull(kind, "kind");
        if (!kind.isNumbered()) {
            throw new IllegalArgumentException("not a numbered document: " + kind);
        }
        if (number <= 0) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
        if ((kind == DocumentKind.REMINDER_NOTICE) != (reminderId != null)) {
            throw new IllegalArgumentException("a 催办单, and only a 催办单, records a reminder");
        }
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** The number as the document states it, with the office's 字 such as 督办: 督办〔2026〕第 3 号. */
    public String numberText(String prefix) {
        return numberText(prefix, year, number);
    }

    /** A number as a document states it, before its row exists: 督办〔2026〕第 3 号. */
    public static String numberText(String prefix, int year, int number) {
        return prefix + "〔" + year + "〕第 " + number + " 号";
    }
}
