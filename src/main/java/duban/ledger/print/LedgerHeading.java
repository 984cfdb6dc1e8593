package duban.ledger.print;

import duban.ledger.Ledger;
import duban.ui.print.DateWords;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What stands above the table on every page, and the date in the footer.
 *
 * @param title the ledger's title, e.g. ××县人民政府办公室督办事项台账
 * @param scope the scope in words ({@code ledger.scope().describe()})
 * @param date  the day the ledger is produced and printed
 */
public record LedgerHeading(String title, String scope, LocalDate date) {

    public LedgerHeading {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(date, "date");
    }

    /** The heading of {@code ledger} under {@code title} (see {@code duban.ledger.LedgerTitle}) on {@code date}. */
    public static LedgerHeading of(String title, Ledger ledger, LocalDate date) {
        return new LedgerHeading(title, ledger.scope().describe(), date);
    }

    /** The date as printed: 2026年11月21日. */
    public String dateText() {
        return DateWords.of(date);
    }
}
