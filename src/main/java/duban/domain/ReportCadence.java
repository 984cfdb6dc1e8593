package duban.domain;

import duban.i18n.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How often a unit must report progress on an open item: every N days (重点: weekly), or monthly
 * by a day of the month (常规: by the 25th). An item whose latest report is older than its
 * cadence is flagged 进展逾期, separately from its deadline.
 *
 * @param kind   every N days, or monthly by day N
 * @param amount the number of days, or the day of the month (1 to 28)
 */
public record ReportCadence(Kind kind, int amount) {

    /** The two ways offices set a cadence. */
    public enum Kind {
        EVERY_DAYS,
        MONTHLY_BY_DAY
    }

    public ReportCadence {
        if (kind == Kind.EVERY_DAYS && (amount < 1 || amount > 366)) {
            throw new IllegalArgumentException("every 1 to 366 days: " + amount);
        }
        if (kind == Kind.MONTHLY_BY_DAY && (amount < 1 || amount > 28)) {
            throw new IllegalArgumentException("monthly by day 1 to 28: " + amount);
        }
    }

    public static ReportCadence everyDays(int days) {
        return new ReportCadence(Kind.EVERY_DAYS, days);
    }

    public static ReportCadence monthlyBy(int dayOfMonth) {
        return new ReportCadence(Kind.MONTHLY_BY_DAY, dayOfMonth);
    }

    /**
     * The last day by which a report was due, as of {@code today}, for an item whose latest report
     * (or, with none yet, its 交办日期) is {@code since}; empty when nothing is due yet.
     * <ul>
     * <li>Every N days: due N days after {@code since}; overdue from the day after.</li>
     * <li>Monthly by day D: the period ends on the D-th of each month; a report was due by the
     * most recent D-th before today, unless {@code since} already falls within the month that
     * ends there (an item assigned or reported within that period is not behind).</li>
     * </ul>
     */
    public Optional<LocalDate> missedDueDate(LocalDate since, LocalDate today) {
        if (kind == Kind.EVERY_DAYS) {
            LocalDate due = since.plusDays(amount);
            return today.isAfter(due) ? Optional.of(due) : Optional.empty();
        }
        LocalDate periodEnd = today.withDayOfMonth(amount);
        if (!periodEnd.isBefore(today)) {
            periodEnd = periodEnd.minusMonths(1);
        }
        LocalDate periodStart = periodEnd.minusMonths(1);
        return since.isAfter(periodStart) ? Optional.empty() : Optional.of(periodEnd);
    }

    /** Whether an open item last reported (or assigned) on {@code since} is behind on reporting. */
    public boolean isBehind(LocalDate since, LocalDate today) {
        return missedDueDate(since, today).isPresent();
    }

    /** The date an item's cadence runs from: its latest 办理进展, else its 交办日期. */
    public static LocalDate reportingSince(Item item) {
        LocalDate lastReport = item.activity().lastReportOn();
        return lastReport != null ? lastReport : item.assignedOn();
    }

    /**
     * Days since {@code item}'s progress report was due under this cadence (0 when not behind);
     * closed and withdrawn items report nothing more and are never behind. The one rule the
     * card's 进展逾期 and the 今日待催办 list both judge by.
     */
    public long daysBehind(Item item, LocalDate today) {
        if (item.withdrawn() || item.status().isClosed()) {
            return 0;
        }
        return daysBehind(reportingSince(item), today);
    }

    /** Days since the missed due date (0 when not behind), for sorting by urgency. */
    public long daysBehind(LocalDate since, LocalDate today) {
        return missedDueDate(since, today).map(due -> ChronoUnit.DAYS.between(due, today)).orElse(0L);
    }

    /** In words: 每 7 天, 每月 25 日前. */
    public String describe() {
        return kind == Kind.EVERY_DAYS
                ? Messages.get("cadence.everyDays", String.valueOf(amount))
                : Messages.get("cadence.monthlyBy", String.valueOf(amount));
    }

    /** As stored in settings: {@code EVERY_DAYS 7}, {@code MONTHLY_BY_DAY 25}. */
    public String toText() {
        return kind.name() + " " + amount;
    }

    /** The inverse of {@link #toText}; empty for anything else. */
    public static Optional<ReportCadence> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s+");
        try {
            return parts.length == 2
                    ? Optional.of(new ReportCadence(Kind.valueOf(parts[0]), Integer.parseInt(parts[1])))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The office defaults: 重点 weekly, 急件 every 3 days, 常规 monthly by the 25th. */
    public static ReportCadence defaultFor(Category category) {
        return switch (category) {
            case KEY -> everyDays(7);
            case URGENT -> everyDays(3);
            case ROUTINE -> monthlyBy(25);
        };
    }
}
