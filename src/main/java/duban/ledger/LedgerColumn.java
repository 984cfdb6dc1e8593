package duban.ledger;

import duban.domain.Labeled;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of the 督办台账 in their usual order, with their Chinese headers: one definition for
 * the screen, the printed pages, every export and the import's header matching.
 */
public enum LedgerColumn implements Labeled {
    NUMBER(LedgerRow::numberText),
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

    /**
     * How rows sort by this column: dates as dates (an empty date last), 序号 in the ledger's own
     * 交办日期 order, 状态 in the board's column order, text in the Chinese dictionary (pinyin) order.
     */
    public Comparator<LedgerRow> comparator() {
        return switch (this) {
            case NUMBER, ASSIGNED_ON -> Comparator.comparing(LedgerRow::assignedOn);
            case DEADLINE -> Comparator.comparing(LedgerRow::deadline);
            case CLOSED_ON -> Comparator.comparing(LedgerRow::closedOn, Comparator.nullsLast(Comparator.naturalOrder()));
            case STATUS -> Comparator.comparing((LedgerRow row) -> row.item().withdrawn())
                    .thenComparing(row -> row.item().status())
                    .thenComparing(LedgerRow::deadlineState);
            default -> Comparator.comparing(this::text, Chinese.COLLATOR);
        };
    }

    /** Pinyin order, as a Chinese reader expects names and titles sorted. */
    private static final class Chinese {
        private static final Collator COLLATOR = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
