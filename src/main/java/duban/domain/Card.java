package duban.domain;

import duban.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An item as its card shows it: the stored item plus where it stands against its deadline and
 * its reporting cadence today.
 *
 * @param daysLeft         days from today to the deadline it works to (negative when past)
 * @param reportDaysBehind days since a progress report was due and missing (0 when not behind)
 */
public record Card(Item item, DeadlineState deadlineState, long daysLeft, long reportDaysBehind) {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM-dd");

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The card of {@code item} as of the deadlines' today, with the default reporting cadences. */
    public static Card of(Item item, Deadlines deadlines) {
        return of(item, deadlines, ReportCadence::defaultFor);
    }

    /**
     * The card of {@code item} as of the deadlines' today. An open item is behind on reporting
     * when its latest report (or, with none, its 交办日期) is older than its category's cadence.
     */
    public static Card of(Item item, Deadlines deadlines, Function<Category, ReportCadence> cadences) {
        long behind = cadences.apply(item.category()).daysBehind(item, deadlines.today());
        return new Card(item, deadlines.stateOf(item), deadlines.daysLeft(item), behind);
    }

    /** Whether the item is behind its reporting cadence (进展逾期). */
    public boolean behindReporting() {
        return reportDaysBehind > 0;
    }

    /** 定期·每月25日 while the series runs, 定期·已结束 once ended, 定期 when the rule is unreadable. */
    private static String recurringText(ItemLinks links) {
        if (links.seriesEnded()) {
            return Messages.get("card.recurringEnded");
        }
        return RecurrenceWords.describe(links.recurrenceRule())
                .map(rule -> Messages.get("card.recurringRule", rule))
                .orElseGet(() -> Messages.get("card.recurring"));
    }

    /**
     * The small markers under the title, in words: 子事项 3/5 办结 or 子事项, 定期, 附件 N, 已延期,
     * 退回 N 次, 催办 N 次, and the latest report (进展 11-20) or 进展逾期 N 天 / 未报进展.
     */
    public List<Marker> markers() {
        List<Marker> markers = new ArrayList<>();
        ItemLinks links = item.links();
        if (links.isParent()) {
            markers.add(new Marker(Marker.Kind.SUB_ITEMS,
                    Messages.get("card.subItems", links.closedChildCount(), links.childCount())));
        }
        if (links.isChild()) {
            markers.add(new Marker(Marker.Kind.SUB_ITEM, Messages.get("card.subItem")));
        }
        if (links.isRecurring()) {
            markers.add(new Marker(Marker.Kind.RECURRING, recurringText(links)));
        }
        if (links.attachmentCount() > 0) {
            markers.add(new Marker(Marker.Kind.ATTACHMENTS, Messages.get("card.attachments", links.attachmentCount())));
        }
        if (item.isExtended()) {
            markers.add(new Marker(Marker.Kind.EXTENDED, Messages.get("card.extended")));
        }
        if (item.returnCount() > 0) {
            markers.add(new Marker(Marker.Kind.RETURNED, Messages.get("card.returned", item.returnCount())));
        }
        if (item.activity().reminderCount() > 0) {
            Marker.Kind kind = switch (item.activity().lastReminderLevel() == null
                    ? ReminderLevel.BLUE : item.activity().lastReminderLevel()) {
                case BLUE -> Marker.Kind.REMINDED_BLUE;
                case YELLOW -> Marker.Kind.REMINDED_YELLOW;
                case RED -> Marker.Kind.REMINDED_RED;
            };
            markers.add(new Marker(kind, Messages.get("card.reminded", item.activity().reminderCount())));
        }
        if (behindReporting()) {
            markers.add(new Marker(Marker.Kind.REPORT_BEHIND, Messages.get("card.reportBehind", reportDaysBehind)));
        } else if (item.activity().lastReportOn() != null) {
            markers.add(new Marker(Marker.Kind.LAST_REPORT,
                    Messages.get("card.lastReport", SHORT_DATE.format(item.activity().lastReportOn()))));
        }
        return markers;
    }

    /** A small tag on a card; the kind decides its colour, the text always says what it means. */
    public record Marker(Kind kind, String text) {

        /** What a marker stands for. */
        public enum Kind {
            EXTENDED, RETURNED, REMINDED_BLUE, REMINDED_YELLOW, REMINDED_RED, REPORT_BEHIND, LAST_REPORT,
            /** A parent item (事项分解): how many of its sub-items are crossed off. */
            SUB_ITEMS,
            /** A parent whose most overdue open sub-item is overdue (最迟：逾期 N 天). */
            SUB_ITEMS_LATE,
            /** A sub-item split from another item. */
            SUB_ITEM,
            /** An occurrence of a 定期督办 series. */
            RECURRING,
            /** The item has attachments. */
            ATTACHMENTS;

            /** The style class of a marker of this kind, such as {@code marker-report-behind}. */
            public String styleClass() {
                return "marker-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
    }

    public long id() {
        return item.id();
    }

    public String title() {
        return item.title();
    }

    /** 责任人 and 牵头单位, the two names a card is asked about first. */
    public String ownerLine() {
        return Messages.get("card.owner", item.owner()) + " · " + item.leadUnit().name();
    }

    /** 协办单位, or an empty string when there are none. */
    public String assistLine() {
        if (item.assistUnits().isEmpty()) {
            return "";
        }
        return Messages.get("card.assist", item.assistUnits().stream().map(Unit::name).collect(Collectors.joining("、")));
    }

    /** The deadline the unit works to, as a date. */
    public String deadlineText() {
        return Messages.get("card.deadline", item.currentDeadline().toString());
    }

    /** For an extended item, the original deadline ((原 2026-11-30)); else empty. */
    public String originalDeadlineText() {
        return item.isExtended() ? Messages.get("card.originalDeadline", item.deadline().toString()) : "";
    }

    /** Where the item stands in words: 剩 5 天, 今日到期, 逾期 3 天, 11-20 按时办结 … */
    public String dueText() {
        return switch (deadlineState) {
            case NORMAL, DUE_SOON -> daysLeft == 0
                    ? Messages.get("card.dueToday")
                    : Messages.get("card.daysLeft", daysLeft);
            case OVERDUE -> Messages.get("card.daysOverdue", -daysLeft);
            case CLOSED_ON_TIME -> Messages.get("card.closedOnTime", MONTH_DAY.format(item.closedOn()));
            case CLOSED_LATE -> Messages.get("card.closedLate", MONTH_DAY.format(item.closedOn()),
                    Deadlines.daysLate(item));
        };
    }
}
