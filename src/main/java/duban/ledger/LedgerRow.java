package duban.ledger;

import duban.domain.DeadlineState;
import duban.domain.Item;
import java.time.LocalDate;

/**
 * One line of the 督办台账, in the usual columns, as text and dates ready for the screen, the
 * printed page and the exports alike.
 *
 * @param number           序号, over the whole ledger in its displayed order (a sub-item shown under its
 *                         parent carries its parent's number)
 * @param deadline         办理时限 the unit works to (after an extension)
 * @param originalDeadline the original 办理时限 when extended, else {@code null}
 * @param progress         the latest 办理进展 (date and text), or empty
 * @param status           the column and deadline state in words, e.g. 办理中·逾期
 * @param remarks          备注: extension, reminders, returns, withdrawal, attachments
 * @param subNumber        the sub-item's place under its parent (1 for 1.1), 0 for a row numbered on its own
 */
public record LedgerRow(int number, Item item, DeadlineState deadlineState, String title, String source,
                        LocalDate assignedOn, String leadUnit, String assistUnits, String owner, LocalDate deadline,
                        LocalDate originalDeadline, String progress, String status, LocalDate closedOn,
                        String remarks, int subNumber) {

    /** A row numbered on its own (not under a parent). */
    public LedgerRow(int number, Item item, DeadlineState deadlineState, String title, String source,
                     LocalDate assignedOn, String leadUnit, String assistUnits, String owner, LocalDate deadline,
                     LocalDate originalDeadline, String progress, String status, LocalDate closedOn, String remarks) {
        this(number, item, deadlineState, title, source, assignedOn, leadUnit, assistUnits, owner, deadline,
                originalDeadline, progress, status, closedOn, remarks, 0);
    }

    /** The same row under another number (after sorting or grouping). */
    LedgerRow numbered(int newNumber) {
        return numbered(newNumber, 0);
    }

    /** The same row as sub-item {@code newSubNumber} of the row numbered {@code parentNumber}. */
    LedgerRow numbered(int parentNumber, int newSubNumber) {
        return new LedgerRow(parentNumber, item, deadlineState, title, source, assignedOn, leadUnit, assistUnits,
                owner, deadline, originalDeadline, progress, status, closedOn, remarks, newSubNumber);
    }

    /** Whether this row is shown as a sub-item under its parent's row (numbered 1.1, 1.2 …). */
    public boolean isSubRow() {
        return subNumber > 0;
    }

    /** The 序号 as written: 3, or 3.1 for the first sub-item under row 3. */
    public String numberText() {
        return subNumber == 0 ? String.valueOf(number) : number + "." + subNumber;
    }
}
