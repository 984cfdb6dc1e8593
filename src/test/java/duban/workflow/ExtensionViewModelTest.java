package duban.workflow;

import static duban.workflow.WorkflowItems.CLOCK;
import static duban.workflow.WorkflowItems.TODAY;
import static duban.workflow.WorkflowItems.clockOn;
import static duban.workflow.WorkflowItems.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.Item;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules of 延期's fields and the assessment line, without the FX toolkit. */
@ExtendWith(ListenerFailures.class)
class ExtensionViewModelTest {

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    /** Due 2026-11-30, 责任领导 李明副县长. */
    private static Item dueEndOfNovember() {
        return item(5, "乡村道路硬化").leader("李明副县长").build();
    }

    private static ExtensionViewModel filled(ExtensionViewModel extension) {
        extension.newDeadline().setText("2026-12-15");
        extension.reasonProperty().set(" 冬季施工受阻 ");
        return extension;
    }

    @Test
    void startsWithTheLeaderAndTodayAndAsksForTheNewDeadlineAndReason() {
        ExtensionViewModel extension = new ExtensionViewModel(dueEndOfNovember(), CLOCK);
        assertThat(extension.windowTitle()).isEqualTo("延期：乡村道路硬化");
        assertThat(extension.subject()).isEqualTo("督办事项：乡村道路硬化（牵头单位 县水利局）");
        assertThat(extension.currentDeadlineText()).isEqualTo("当前办理时限 2026-11-30");
        assertThat(extension.approverProperty().get()).isEqualTo("李明副县长");
        assertThat(extension.approvedOn().getDate()).isEqualTo(TODAY);
        assertThat(extension.newDeadline().getText()).isEmpty();
        assertThat(extension.deadlineErrorProperty().get()).isEqualTo("请填写新的办理时限");
        assertThat(extension.reasonErrorProperty().get()).isEqualTo("请填写延期原因");
        assertThat(extension.isValid()).isFalse();
    }

    @Test
    void withoutALeaderTheApproverStartsEmptyAndIsRequired() {
        ExtensionViewModel extension = filled(new ExtensionViewModel(item(5, "无领导").build(), CLOCK));
        assertThat(extension.approverProperty().get()).isEmpty();
        assertThat(extension.approverErrorProperty().get()).isEqualTo("请填写批准人");
        assertThat(extension.isValid()).isFalse();
        extension.approverProperty().set("某".repeat(51));
        assertThat(extension.approverErrorProperty().get()).isEqualTo("批准人不能超过 50 个字");
        extension.approverProperty().set("县政府办主任 周伟");
        assertThat(extension.isValid()).isTrue();
    }

    @Test
    void filledItGivesTheTrimmedExtension() {
        ExtensionViewModel extension = filled(new ExtensionViewModel(dueEndOfNovember(), CLOCK));
        assertThat(extension.deadlineErrorProperty().get()).isEmpty();
        assertThat(extension.deadlineHintProperty().get()).isEqualTo("比当前办理时限延后 15 天");
        assertThat(extension.isValid()).isTrue();
        assertThat(extension.toInput())
                .isEqualTo(new ExtensionInput(day(12, 15), "冬季施工受阻", "李明副县长", TODAY));
    }

    @Test
    void theNewDeadlineMustBeAfterTheCurrentOne() {
        ExtensionViewModel extension = filled(new ExtensionViewModel(dueEndOfNovember(), CLOCK));
        extension.newDeadline().setText("2026-11-30");
        assertThat(extension.deadlineErrorProperty().get()).isEqualTo("新的办理时限必须晚于当前办理时限（2026-11-30）");
        assertThat(extension.deadlineHintProperty().get()).isEmpty();
        assertThat(extension.isValid()).isFalse();
        assertThatThrownBy(extension::toInput).isInstanceOf(IllegalStateException.class);

        extension.newDeadline().setText("2026-12-1x");
        assertThat(extension.deadlineErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
        extension.newDeadline().setText("2026-12-01");
        assertThat(extension.isValid()).isTrue();
    }

    @Test
    void anExtendedItemIsExtendedFromItsWorkingDeadlineAndShowsTheOriginal() {
        // Due 11-10, extended to 11-25 but approved too late: assessed by 11-10 still.
        Item extended = item(6, "已延期").deadline(day(11, 10)).extendedTo(day(11, 25), null).build();
        ExtensionViewModel extension = filled(new ExtensionViewModel(extended, CLOCK));
        assertThat(extension.currentDeadlineText())
                .isEqualTo("当前办理时限 2026-11-25（原办理时限 2026-11-10，按 2026-11-10 考核）");
        extension.newDeadline().setText("2026-11-20");
        assertThat(extension.deadlineErrorProperty().get()).isEqualTo("新的办理时限必须晚于当前办理时限（2026-11-25）");
        extension.newDeadline().setText("2026-12-05");
        assertThat(extension.deadlineHintProperty().get()).isEqualTo("比当前办理时限延后 10 天");
    }

    @Test
    void reasonIsRequired() {
        ExtensionViewModel extension = filled(new ExtensionViewModel(dueEndOfNovember(), CLOCK));
        extension.reasonProperty().set("  ");
        assertThat(extension.reasonErrorProperty().get()).isEqualTo("请填写延期原因");
        assertThat(extension.isValid()).isFalse();
    }

    @Test
    void theApprovalDateIsRequiredWellFormedNotInTheFutureAndNotBeforeTheAssignment() {
        ExtensionViewModel extension = filled(new ExtensionViewModel(dueEndOfNovember(), CLOCK));
        extension.approvedOn().setText("");
        assertThat(extension.approvedOnErrorProperty().get()).isEqualTo("请填写批准日期");
        assertThat(extension.consequenceProperty().get()).isEmpty();
        assertThat(extension.isValid()).isFalse();
        extension.approvedOn().setText("明天");
        assertThat(extension.approvedOnErrorProperty().get()).isEqualTo("日期格式应为 2026-12-31");
        extension.approvedOn().setText("2026-11-22");
        assertThat(extension.approvedOnErrorProperty().get()).isEqualTo("批准日期不能晚于今天");
        assertThat(extension.consequenceProperty().get()).isEmpty();
        extension.approvedOn().setText("2026-11-01");
        assertThat(extension.approvedOnErrorProperty().get()).isEqualTo("批准日期不能早于交办日期（2026-11-02）");
        assertThat(extension.isValid()).isFalse();
        extension.approvedOn().setText("2026-11-20");
        assertThat(extension.approvedOnErrorProperty().get()).isEmpty();
        assertThat(extension.isValid()).isTrue();
    }

    @Test
    void approvedBeforeTheDeadlineTheNewDeadlineIsAssessed() {
        ExtensionViewModel extension = filled(new ExtensionViewModel(dueEndOfNovember(), CLOCK));
        assertThat(extension.consequenceProperty().get()).isEqualTo("批准日期在办理时限之前，按新的时限考核");
        assertThat(extension.countsForAssessmentProperty().get()).isTrue();
    }

    @Test
    void approvedAfterTheDeadlineTheOriginalIsStillAssessedAndTheLineFollowsTheDate() {
        // Seen on 2026-12-03, three days after the deadline of 11-30.
        ExtensionViewModel extension = filled(new ExtensionViewModel(dueEndOfNovember(), clockOn(day(12, 3))));
        extension.newDeadline().setText("2026-12-20");
        assertThat(extension.consequenceProperty().get())
                .isEqualTo("办理时限已过才批准，仍按原时限 2026-11-30 考核（可继续办理）");
        assertThat(extension.countsForAssessmentProperty().get()).isFalse();
        assertThat(extension.isValid()).as("a late approval is still recorded").isTrue();

        extension.approvedOn().setText("2026-11-30");
        assertThat(extension.consequenceProperty().get()).isEqualTo("批准日期在办理时限之前，按新的时限考核");
        assertThat(extension.countsForAssessmentProperty().get()).isTrue();

        extension.approvedOn().setText("2026-12-01");
        assertThat(extension.countsForAssessmentProperty().get()).isFalse();
    }

    @Test
    void theLineJudgesByTheDeadlineAssessedNowNotTheWorkingOne() {
        // Due 11-10, extended to 11-25 with a late approval: a new approval on 11-21 is before the
        // working deadline but after the assessed one, so it does not count either.
        Item extended = item(6, "已延期").deadline(day(11, 10)).extendedTo(day(11, 25), null).build();
        ExtensionViewModel extension = filled(new ExtensionViewModel(extended, CLOCK));
        assertThat(extension.consequenceProperty().get())
                .isEqualTo("办理时限已过才批准，仍按原时限 2026-11-10 考核（可继续办理）");

        // Extended in time from 11-10 to 11-25: the assessed deadline moved with it.
        Item inTime = item(7, "及时延期").deadline(day(11, 10)).extendedTo(day(11, 25), day(11, 25)).build();
        assertThat(filled(new ExtensionViewModel(inTime, CLOCK)).consequenceProperty().get())
                .isEqualTo("批准日期在办理时限之前，按新的时限考核");
    }
}
