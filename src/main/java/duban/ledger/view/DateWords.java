package duban.ledger.view;

import java.time.LocalDate;

/** Dates as an official document writes them: 2026年11月21日. */
final class DateWords {

    private DateWords() {
    }

    static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
