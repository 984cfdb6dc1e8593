package duban.workflow;

import static duban.workflow.WorkflowItems.TODAY;
import static duban.workflow.WorkflowItems.deadlines;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Category;
import duban.domain.Item;
import duban.domain.ReminderLevel;
import duban.domain.ReminderMethod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules of 催办's fields and its suggested colour, without the FX toolkit. */
@ExtendWith(ListenerFailures.class)
class ReminderViewModelTest {

    private final ReminderQueue queue = new ReminderQueue(deadlines());

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    private ReminderViewModel remind(Item item) {
        return new ReminderViewModel(item, queue);
    }

    @Test
    void startsWithTodayTheSupervisionNoticeAndTheSuggestedColour() {
        ReminderViewModel reminder = remind(item(3, "河道清淤").owner("赵刚").deadline(nov(18)).build());
        assertThat(reminder.windowTitle()).isEqualTo("催办：河道清淤");
        assertThat(reminder.subject()).isEqualTo("督办事项：河道清淤\n牵头单位 县水利局 · 责任人 赵刚 · 逾期 3 天 · 已催办 0 次");
        assertThat(reminder.remindedOn().getDate()).isEqualTo(TODAY);
        assertThat(reminder.methodProperty().get()).isEqualTo(ReminderMethod.SUPERVISION_NOTICE);
        assertThat(reminder.levelProperty().get()).isEqualTo(ReminderLevel.RED);
        assertThat(reminder.suggestedLevel()).isEqualTo(ReminderLevel.RED);
        assertThat(reminder.suggestionText()).isEqualTo("已逾期 3 天，建议红色督办单");
        assertThat(reminder.isValid()).isTrue();
        assertThat(reminder.toInput())
                .isEqualTo(new ReminderInput(TODAY, ReminderMethod.SUPERVISION_NOTICE, ReminderLevel.RED, null));
    }

    @Test
    void eachCaseStartsWithItsColourAndExplainsIt() {
        assertThat(remind(item(1, "进展逾期").category(Category.KEY).deadline(nov(24)).lastReportOn(nov(12)).build()))
                .satisfies(vm -> {
                    assertThat(vm.levelProperty().get()).isEqualTo(ReminderLevel.YELLOW);
                    assertThat(vm.suggestionText()).isEqualTo("进展逾期，建议黄色督办单");
                });
        assertThat(remind(item(2, "催过两次").deadline(nov(23)).reminded(2, ReminderLevel.BLUE).build()))
                .satisfies(vm -> {
                    assertThat(vm.levelProperty().get()).isEqualTo(ReminderLevel.YELLOW);
                    assertThat(vm.suggestionText()).isEqualTo("已催办 2 次，建议黄色督办单");
                    assertThat(vm.subject()).endsWith("· 临期（还剩 2 天） · 已催办 2 次");
                });
        assertThat(remind(item(3, "临期").deadline(nov(23)).build()))
                .satisfies(vm -> {
                    assertThat(vm.levelProperty().get()).isEqualTo(ReminderLevel.BLUE);
                    assertThat(vm.suggestionText()).isEqualTo("临近办理时限，建议蓝色督办单");
                });
        assertThat(remind(item(4, "正常").deadline(nov(30)).build()))
                .satisfies(vm -> {
                    assertThat(vm.levelProperty().get()).isEqualTo(ReminderLevel.BLUE);
                    assertThat(vm.suggestionText()).isEqualTo("尚未临期，建议蓝色督办单");
                    assertThat(vm.subject()).endsWith("· 正常 · 已催办 0 次");
                });
    }

    @Test
    void theOfficerMayChooseAnotherColourAndMethodAndANote() {
        ReminderViewModel reminder = remind(item(3, "临期").deadline(nov(23)).build());
        reminder.levelProperty().set(ReminderLevel.YELLOW);
        reminder.methodProperty().set(ReminderMethod.PHONE);
        reminder.noteProperty().set("  电话联系办公室主任 ");
        reminder.remindedOn().setText("2026-11-20");
        assertThat(reminder.toInput()).isEqualTo(
                new ReminderInput(nov(20), ReminderMethod.PHONE, ReminderLevel.YELLOW, "电话联系办公室主任"));
        // The suggestion stays what it was: it explains the default, not the choice.
        assertThat(reminder.suggestedLevel()).isEqualTo(ReminderLevel.BLUE);
    }

    @Test
    void aBlankNoteIsNone() {
        ReminderViewModel reminder = remind(item(3, "临期").deadline(nov(23)).build());
        reminder.noteProperty().set("   ");
        assertThat(reminder.toInput().note()).isNull();
    }

    @Test
    void methodAndColourAreRequired() {
        ReminderViewModel reminder = remind(item(3, "临期").deadline(nov(23)).build());
        reminder.methodProperty().set(null);
        assertThat(reminder.methodErrorProperty().get()).isEqualTo("请选择催办方式");
        assertThat(reminder.isValid()).isFalse();
        reminder.methodProperty().set(ReminderMethod.WRITTEN_NOTICE);
        reminder.levelProperty().set(null);
        assertThat(reminder.levelErrorProperty().get()).isEqualTo("请选择督办单颜色");
        assertThat(reminder.isValid()).isFalse();
        assertThatThrownBy(reminder::toInput).isInstanceOf(IllegalStateException.class);
        reminder.levelProperty().set(ReminderLevel.BLUE);
        assertThat(reminder.isValid()).isTrue();
    }

    @Test
    void theDateIsRequiredWellFormedNotInTheFutureAndNotBeforeTheAssignment() {
        ReminderViewModel reminder = remind(item(3, "临期").deadline(nov(23)).build());
        reminder.remindedOn().setText(" ");
        assertThat(reminder.dateErrorProperty().get()).isEqualTo("请填写催办日期");
        assertThat(reminder.isValid()).isFalse();
        reminder.remindedOn().setText("11/21");
        assertThat(reminder.dateErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
        reminder.remindedOn().setText("2026-11-22");
        assertThat(reminder.dateErrorProperty().get()).isEqualTo("催办日期不能晚于今天");
        assertThat(reminder.isValid()).isFalse();
        reminder.remindedOn().setText("2026-10-31");
        assertThat(reminder.dateErrorProperty().get()).isEqualTo("催办日期不能早于交办日期（2026-11-02）");
        reminder.remindedOn().setText("2026-11-02");
        assertThat(reminder.dateErrorProperty().get()).isEmpty();
        assertThat(reminder.isValid()).isTrue();
    }
}
