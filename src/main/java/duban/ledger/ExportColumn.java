package duban.ledger;

import duban.domain.Labeled;
import java.util.function.Function;

/**
 * The columns an exported ledger file (.xlsx, .csv) carries after the ledger's own
 * ({@link LedgerColumn}): what the printed ledger leaves out but an item needs to come back as it
 * was when the file is imported again (督办类别, 责任领导, 具体内容, 办结情况). Not shown on screen
 * or printed.
 */
public enum ExportColumn implements Labeled {
    CATEGORY(row -> row.item().category().label()),
    LEADER(row -> row.item().leader()),
    DETAILS(row -> row.item().details()),
    CLOSING_NOTE(row -> row.item().status().isClosed() ? row.item().closingNote() : null);

    private final Function<LedgerRow, String> text;

    ExportColumn(Function<LedgerRow, String> text) {
        this.text = text;
    }

    @Override
    public String labelPrefix() {
        return "ledger.exportColumn";
    }

    /** The header: 督办类别, 责任领导, 具体内容, 办结情况. */
    public String header() {
        return label();
    }

    /** The cell's text in this column, empty for none. */
    public String text(LedgerRow row) {
        String value = text.apply(row);
        return value == null ? "" : value;
    }
}
