package duban.domain;

import duban.i18n.Messages;
import java.util.Optional;

/**
 * A 定期督办 rule's text (as duban.domain.recurrence.RecurrenceRule stores it) in Chinese: 每月25日,
 * 每月第一个工作日, 每季度末月25日, 每年12月31日, 每10个工作日. Here rather than in the rule, so
 * that the card can say it without the recurrence package (which needs the holiday calendar,
 * which needs this package: a cycle).
 */
public final class RecurrenceWords {

    private RecurrenceWords() {
    }

    /** The rule in Chinese; empty when {@code ruleText} is not a rule's text. */
    public static Optional<String> describe(String ruleText) {
        if (ruleText == null) {
            return Optional.empty();
        }
        String[] parts = ruleText.strip().split(":", 2);
        try {
            return Optional.ofNullable(switch (parts[0]) {
                case "MONTHLY_DAY" -> Messages.get("recurrence.rule.monthlyDay", Integer.parseInt(parts[1]));
                case "MONTHLY_FIRST_WORKING_DAY" -> Messages.get("recurrence.rule.monthlyFirstWorkingDay");
                case "QUARTERLY" -> Messages.get("recurrence.rule.quarterly", Integer.parseInt(parts[1]));
                case "YEARLY" -> Messages.get("recurrence.rule.yearly",
                        Integer.parseInt(parts[1].substring(0, 2)), Integer.parseInt(parts[1].substring(3)));
                case "EVERY_WORKING_DAYS" -> Messages.get("recurrence.rule.everyWorkingDays", Integer.parseInt(parts[1]));
                default -> null;
            });
        } catch (RuntimeException notARule) {
            // A missing or unreadable number: not a rule's text.
            return Optional.empty();
        }
    }
}
