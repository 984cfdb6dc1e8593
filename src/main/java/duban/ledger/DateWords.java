package duban.ledger;

import duban.i18n.Messages;
import java.time.LocalDate;

/**
 * Dates as an official document writes them, 2026年11月21日: one spelling for the ledger window,
 * the printed pages and the spreadsheet alike.
 */
public final class DateWords {

    private DateWords() {
    }

    public static String of(LocalDate date) {
        return Messages.get("print.date", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()));
    }
}
