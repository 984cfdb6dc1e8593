package duban.domain.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The period a 督查通报 covers: a week (Monday to Sunday), a calendar month or quarter, or a range
 * the officer picks, both ends inclusive. The previous period, against which the 通报 states the
 * change of its rates, is the calendar week, month or quarter before, or for a custom range the
 * range of the same length just before it.
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** How the period was chosen. */
    public enum Kind { WEEK, MONTH, QUARTER, CUSTOM }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
        }
    }

    /** The week (Monday to Sunday) holding {@code day}. */
    public static ReportPeriod weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    /** The calendar month holding {@code day}. */
    public static ReportPeriod monthOf(LocalDate day) {
        return new ReportPeriod(Kind.MONTH, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** The calendar quarter holding {@code day}. */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportPeriod(Kind.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    /** A range the officer picked. */
    public static ReportPeriod custom(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.CUSTOM, from, to);
    }

    /** The period before this one, of the same kind. */
    public ReportPeriod previous() {
        return switch (kind) {
            case WEEK -> weekOf(from.minusDays(7));
            case MONTH -> monthOf(from.minusMonths(1));
            case QUARTER -> quarterOf(from.minusMonths(3));
            case CUSTOM -> {
                long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
                yield custom(from.minusDays(days), from.minusDays(1));
            }
        };
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
