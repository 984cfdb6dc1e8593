package duban.ledger.view;

import duban.ledger.Ledger;
import duban.ledger.LedgerRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the ledger table on screen: a group's heading, an item's row, or a group's
 * subtotal. The table shows the grouped ledger as the printed pages do, headings and subtotals
 * in their places.
 */
public sealed interface LedgerLine {

    /** The heading of a group: the lead unit's name or the column's. */
    record Heading(String text, int count) implements LedgerLine {
    }

    /** An item's row. */
    record Row(LedgerRow row) implements LedgerLine {
    }

    /** A group's subtotal: 共 n 项, 办结 … */
    record Subtotal(Ledger.Totals totals) implements LedgerLine {
    }

    /** The lines of {@code ledger} in order: rows only when not grouped. */
    static List<LedgerLine> of(Ledger ledger) {
        List<LedgerLine> lines = new ArrayList<>(ledger.totals().items() + ledger.totals().withdrawn()
                + 2 * ledger.groups().size());
        boolean grouped = ledger.grouping() != Ledger.Grouping.NONE;
        for (Ledger.Group group : ledger.groups()) {
            if (grouped) {
                lines.add(new Heading(group.heading(), group.rows().size()));
            }
            for (LedgerRow row : group.rows()) {
                lines.add(new Row(row));
            }
            if (grouped) {
                lines.add(new Subtotal(group.subtotal()));
            }
        }
        return lines;
    }
}
