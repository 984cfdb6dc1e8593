package duban.documents;

import duban.domain.Labeled;
import duban.domain.bulletin.ReportPeriod;
import java.time.LocalDate;

/** The periods the 督查通报 window offers, each counted from today; 自定义 takes the dates typed. */
public enum PeriodChoice implements Labeled {
    THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, CUSTOM;

    /**
     * The period this choice means on {@code today}; for {@link #CUSTOM} the range {@code from}
     * to {@code to}, both inclusive (the caller checks that neither is missing nor reversed).
     */
    public ReportPeriod period(LocalDate today, LocalDate from, LocalDate to) {
        return switch (this) {
            case THIS_WEEK -> ReportPeriod.weekOf(today);
            case LAST_WEEK -> ReportPeriod.weekOf(today).previous();
            case THIS_MONTH -> ReportPeriod.monthOf(today);
            case LAST_MONTH -> ReportPeriod.monthOf(today).previous();
            case THIS_QUARTER -> ReportPeriod.quarterOf(today);
            case LAST_QUARTER -> ReportPeriod.quarterOf(today).previous();
            case CUSTOM -> ReportPeriod.custom(from, to);
        };
    }

    @Override
    public String labelPrefix() {
        return "documents.period";
    }
}
