package duban.workflow;

import static duban.workflow.WorkflowItems.CLOCK;
import static duban.workflow.WorkflowItems.deadlines;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Deadlines;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReportCadence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The list's state follows the board's items and the settings, without the FX toolkit. */
@ExtendWith(ListenerFailures.class)
class RemindersDueViewModelTest {

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    private static final Item OVERDUE = item(1, "逾期").deadline(nov(18)).build();
    private static final Item DUE_SOON = item(2, "临期").deadline(nov(23)).build();
    private static final Item DUE_IN_FIVE_DAYS = item(3, "五天后到期").deadline(nov(26)).build();

    @Test
    void startsEmptyAndRecomputesWhenTheBoardChanges() {
        RemindersDueViewModel reminders = new RemindersDueViewModel(deadlines());
        assertThat(reminders.rows()).isEmpty();
        assertThat(reminders.titleText().getValue()).isEqualTo("今日待催办（0）");

        reminders.setItems(List.of(DUE_SOON, DUE_IN_FIVE_DAYS, OVERDUE));
        assertThat(reminders.rows()).extracting(row -> row.item().id()).containsExactly(1L, 2L);
        assertThat(reminders.countProperty().get()).isEqualTo(2);
        assertThat(reminders.titleText().getValue()).isEqualTo("今日待催办（2）");

        // The overdue item was chased and extended meanwhile: it leaves the list.
        Item extended = item(1, "逾期").deadline(nov(18)).extendedTo(nov(30), null).reminded(1, ReminderLevel.RED).build();
        reminders.setItems(List.of(DUE_SOON, DUE_IN_FIVE_DAYS, extended));
        assertThat(reminders.rows()).extracting(row -> row.item().id()).containsExactly(2L);
        assertThat(reminders.rowOf(2)).isPresent();
        assertThat(reminders.rowOf(1)).isEmpty();
        assertThat(reminders.assess(extended).suggestedLevel()).isEqualTo(ReminderLevel.RED);
    }

    @Test
    void newRulesFromTheSettingsRecomputeTheSameItems() {
        RemindersDueViewModel reminders = new RemindersDueViewModel(deadlines());
        reminders.setItems(List.of(DUE_SOON, DUE_IN_FIVE_DAYS, OVERDUE));

        // 临期 within 5 days instead of 3: the item due on 11-26 joins the list.
        reminders.setRules(new Deadlines(CLOCK, 5), Map.of());
        assertThat(reminders.rows()).extracting(row -> row.item().id()).containsExactly(1L, 2L, 3L);

        // 常规 reported every 10 days: all three, assigned 11-02, are behind since 11-12.
        reminders.setRules(deadlines(), Map.of(Category.ROUTINE, ReportCadence.everyDays(10)));
        assertThat(reminders.rows()).extracting(ReminderDue::reasonText)
                .containsExactly("逾期 3 天、进展逾期 9 天", "进展逾期 9 天、临期（还剩 2 天）", "进展逾期 9 天");
        assertThat(reminders.queue().cadenceFor(Category.ROUTINE)).isEqualTo(ReportCadence.everyDays(10));
    }

    @Test
    void theRowsAreReadOnlyForTheView() {
        RemindersDueViewModel reminders = new RemindersDueViewModel(deadlines());
        reminders.setItems(List.of(OVERDUE));
        assertThatThrownBy(() -> reminders.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
