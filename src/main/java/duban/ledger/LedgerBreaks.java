package duban.ledger;

import duban.domain.Status;
import duban.domain.Unit;
import duban.ui.text.LineBreakRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-breaking rule of one ledger, for the window's cells, the printed pages and the PDF:
 * {@link LineBreakRule} knowing the ledger's unit names, its column headers, the columns' names
 * and the words its remarks use, so that none of them is split where it fits on a line.
 */
public final class LedgerBreaks {

    /** Words of the ledger's cells that read as one: 原/时限 would not. */
    private static final List<String> WORDS = List.of("原时限", "办理时限", "办结日期", "督办单", "催办单", "工作日");

    private LedgerBreaks() {
    }

    /** The rule for {@code ledger}'s cells. */
    public static LineBreakRule rule(Ledger ledger) {
        List<String> terms = new ArrayList<>(WORDS);
        for (LedgerColumn column : LedgerColumn.values()) {
            terms.add(column.header());
        }
        for (Status status : Status.values()) {
            terms.add(status.label());
        }
        for (LedgerRow row : ledger.rows()) {
            terms.add(row.item().leadUnit().name());
            for (Unit unit : row.item().assistUnits()) {
                terms.add(unit.name());
            }
        }
        return LineBreakRule.STANDARD.withTerms(terms.stream().distinct().toList());
    }
}
