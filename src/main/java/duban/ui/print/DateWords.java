package duban.ui.print;

import duban.i18n.Messages;
import java.time.LocalDate;

/**
 * Dates as an official document writes them, 2026年11月21日: one spelling for the ledger window,
 * the printed pages, the spreadsheets and the drafted documents alike.
 */
public final class DateWords {

    private DateWords() {
    }

    public static String of(LocalDate date) {
        return Messages.get("print.date", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getDayOfMonth()));
    }
}
