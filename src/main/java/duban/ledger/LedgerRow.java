package duban.ledger;

import duban.domain.DeadlineState;
import duban.domain.Item;
import java.time.LocalDate;

/**
 * One line of the 督办台账, in the usual columns, as text and dates ready for the screen, the
 * printed page and the exports alike.
 *
 * @param number           序号, over the whole ledger in its displayed order
 * @param deadline         办理时限 the unit works to (after an extension)
 * @param originalDeadline the original 办理时限 when extended, else {@code null}
 * @param progress         the latest 办理进展 (date and text), or empty
 * @param status           the column and deadline state in words, e.g. 办理中·逾期
 * @param remarks          备注: extension, reminders, returns, withdrawal
 */
public record LedgerRow(int number, Item item, DeadlineState deadlineState, String title, String source,
                        LocalDate assignedOn, String leadUnit, String assistUnits, String owner, LocalDate deadline,
                        LocalDate originalDeadline, String progress, String status, LocalDate closedOn,
                        String remarks) {

    /** The same row under another number (after sorting or grouping). */
    LedgerRow numbered(int newNumber) {
        return new LedgerRow(newNumber, item, deadlineState, title, source, assignedOn, leadUnit, assistUnits, owner,
                deadline, originalDeadline, progress, status, closedOn, remarks);
    }
}
