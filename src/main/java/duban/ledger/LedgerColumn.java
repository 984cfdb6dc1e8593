package duban.ledger;

import duban.domain.Labeled;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The columns of the 督办台账 in their usual order, with their Chinese headers: one definition for
 * the screen, the printed pages, every export and the import's header matching.
 */
public enum LedgerColumn implements Labeled {
    NUMBER(row -> String.valueOf(row.number())),
    TITLE(LedgerRow::title),
    SOURCE(LedgerRow::source),
    ASSIGNED_ON(row -> text(row.assignedOn())),
    LEAD_UNIT(LedgerRow::leadUnit),
    ASSIST_UNITS(LedgerRow::assistUnits),
    OWNER(LedgerRow::owner),
    DEADLINE(row -> text(row.deadline())),
    PROGRESS(LedgerRow::progress),
    STATUS(LedgerRow::status),
    CLOSED_ON(row -> text(row.closedOn())),
    REMARKS(LedgerRow::remarks);

    private final Function<LedgerRow, String> text;

    LedgerColumn(Function<LedgerRow, String> text) {
        this.text = text;
    }

    @Override
    public String labelPrefix() {
        return "ledger.column";
    }

    /** The header: 序号, 督办事项, 事项来源 … */
    public String header() {
        return label();
    }

    /** The cell's text in this column; dates as ISO (2026-11-21), empty for none. */
    public String text(LedgerRow row) {
        String value = text.apply(row);
        return value == null ? "" : value;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
