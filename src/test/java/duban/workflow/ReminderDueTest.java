package duban.workflow;

import static duban.workflow.WorkflowItems.deadlines;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import duban.domain.Category;
import duban.domain.ReminderLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Why a colour is suggested, in the words the reminder dialog shows under the toggles. */
class ReminderDueTest {

    private final ReminderQueue queue = new ReminderQueue(deadlines());

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void overdueSuggestsRedWithTheDaysOverdue() {
        ReminderDue due = queue.assess(item(1, "逾期").deadline(nov(18)).build());
        assertThat(due.suggestedLevel()).isEqualTo(ReminderLevel.RED);
        assertThat(due.suggestionText()).isEqualTo("已逾期 3 天，建议红色督办单");
    }

    @Test
    void behindOnReportingSuggestsYellow() {
        ReminderDue due = queue.assess(item(1, "进展逾期").category(Category.KEY).deadline(nov(24))
                .lastReportOn(nov(12)).build());
        assertThat(due.suggestedLevel()).isEqualTo(ReminderLevel.YELLOW);
        assertThat(due.suggestionText()).isEqualTo("进展逾期，建议黄色督办单");
    }

    @Test
    void twoEarlierRemindersSuggestYellowWithTheCount() {
        ReminderDue due = queue.assess(item(1, "催过两次").deadline(nov(23)).reminded(2, ReminderLevel.BLUE).build());
        assertThat(due.suggestedLevel()).isEqualTo(ReminderLevel.YELLOW);
        assertThat(due.suggestionText()).isEqualTo("已催办 2 次，建议黄色督办单");

        ReminderDue once = queue.assess(item(2, "催过一次").deadline(nov(23)).reminded(1, ReminderLevel.BLUE).build());
        assertThat(once.suggestedLevel()).isEqualTo(ReminderLevel.BLUE);
        assertThat(once.suggestionText()).isEqualTo("临近办理时限，建议蓝色督办单");
    }

    @Test
    void dueSoonSuggestsBlue() {
        ReminderDue due = queue.assess(item(1, "临期").deadline(nov(24)).build());
        assertThat(due.suggestedLevel()).isEqualTo(ReminderLevel.BLUE);
        assertThat(due.suggestionText()).isEqualTo("临近办理时限，建议蓝色督办单");
    }

    @Test
    void anItemNotYetDueSaysSo() {
        ReminderDue due = queue.assess(item(1, "正常").deadline(nov(30)).build());
        assertThat(due.suggestedLevel()).isEqualTo(ReminderLevel.BLUE);
        assertThat(due.suggestionText()).isEqualTo("尚未临期，建议蓝色督办单");
    }

    @Test
    void theLastColourKeepsTheSuggestionFromGoingDown() {
        ReminderDue due = queue.assess(item(1, "发过红色").deadline(nov(24)).reminded(1, ReminderLevel.RED).build());
        assertThat(due.suggestedLevel()).isEqualTo(ReminderLevel.RED);
        assertThat(due.suggestionText()).isEqualTo("上次已发红色督办单，督办不降级，建议红色督办单");

        // Overdue anyway: the reason is the overdue days, not the history.
        ReminderDue overdue = queue.assess(item(2, "逾期且发过红色").deadline(nov(18)).reminded(1, ReminderLevel.RED).build());
        assertThat(overdue.suggestionText()).isEqualTo("已逾期 3 天，建议红色督办单");
    }
}
