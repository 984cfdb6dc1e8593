package duban.board;

import duban.domain.DeadlineState;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.Unit;
import duban.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * An item as its card shows it: the stored item plus where it stands against its deadline today.
 *
 * @param daysLeft days from today to the deadline (negative when past)
 */
public record Card(Item item, DeadlineState deadlineState, long daysLeft) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The card of {@code item} as of the deadlines' today. */
    public static Card of(Item item, Deadlines deadlines) {
        return new Card(item, deadlines.stateOf(item), deadlines.daysLeft(item));
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

    /** The deadline as a date. */
    public String deadlineText() {
        return Messages.get("card.deadline", item.deadline().toString());
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
