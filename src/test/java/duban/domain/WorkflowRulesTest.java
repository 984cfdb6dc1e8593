package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of extensions (what 按时办结 is judged against) and of reminder escalation. */
class WorkflowRulesTest {

    private static final LocalDate ORIGINAL = LocalDate.of(2026, 11, 30);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static Extension extension(LocalDate previous, LocalDate newDeadline, LocalDate approvedOn) {
        return new Extension(1, 1, "施工受雨季影响", previous, newDeadline, "张副县长", approvedOn, null);
    }

    @Test
    void anExtensionApprovedBeforeTheDeadlinePassedMovesTheAssessedDeadline() {
        LocalDate extended = LocalDate.of(2026, 12, 31);
        assertThat(Extension.assessedDeadline(ORIGINAL, List.of(extension(ORIGINAL, extended, ORIGINAL.minusDays(5)))))
                .isEqualTo(extended);
        // Approved on the deadline day itself: the deadline had not yet passed.
        assertThat(Extension.assessedDeadline(ORIGINAL, List.of(extension(ORIGINAL, extended, ORIGINAL))))
                .isEqualTo(extended);
    }

    @Test
    void anExtensionApprovedAfterTheDeadlinePassedDoesNotCountForAssessment() {
        LocalDate extended = LocalDate.of(2026, 12, 31);
        assertThat(Extension.assessedDeadline(ORIGINAL, List.of(extension(ORIGINAL, extended, ORIGINAL.plusDays(1)))))
                .isEqualTo(ORIGINAL);
    }

    @Test
    void aChainOfExtensionsCountsEachAgainstTheDeadlineThenAssessed() {
        LocalDate first = LocalDate.of(2026, 12, 15);
        LocalDate second = LocalDate.of(2027, 1, 15);
        // The second is approved after the original deadline but before the first extension's: it counts.
        assertThat(Extension.assessedDeadline(ORIGINAL, List.of(
                extension(ORIGINAL, first, ORIGINAL.minusDays(1)),
                extension(first, second, LocalDate.of(2026, 12, 10))))).isEqualTo(second);
        // Late first approval: neither moves the assessment, even if the second is "in time" for the first.
        assertThat(Extension.assessedDeadline(ORIGINAL, List.of(
                extension(ORIGINAL, first, ORIGINAL.plusDays(2)),
                extension(first, second, LocalDate.of(2026, 12, 10))))).isEqualTo(ORIGINAL);
    }

    @Test
    void anExtendedItemIsOverdueByItsWorkingDeadlineAndOnTimeByItsAssessedOne() {
        Deadlines deadlines = new Deadlines(Clock.fixed(LocalDate.of(2026, 12, 5).atStartOfDay(ZONE).toInstant(), ZONE));
        Item base = TestItems.open(Status.IN_PROGRESS, ORIGINAL);
        Item extended = withDeadlines(base, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));
        assertThat(deadlines.stateOf(base)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(deadlines.stateOf(extended)).isEqualTo(DeadlineState.NORMAL);
        assertThat(deadlines.daysLeft(extended)).isEqualTo(26);

        Item closedInExtension = extended.movedTo(Status.CLOSED, LocalDate.of(2026, 12, 20), "已完成");
        assertThat(deadlines.stateOf(closedInExtension)).isEqualTo(DeadlineState.CLOSED_ON_TIME);
        // Extended too late: works to 12-31, but judged by 11-30.
        Item lateApproval = withDeadlines(base, LocalDate.of(2026, 12, 31), null)
                .movedTo(Status.CLOSED, LocalDate.of(2026, 12, 20), "已完成");
        assertThat(deadlines.stateOf(lateApproval)).isEqualTo(DeadlineState.CLOSED_LATE);
        assertThat(Deadlines.daysLate(lateApproval)).isEqualTo(20);

        BoardStats stats = BoardStats.of(List.of(closedInExtension, lateApproval), deadlines);
        assertThat(stats.onTimeRate().percentText()).isEqualTo("50.0%");
    }

    @ParameterizedTest(name = "{0}, behind={1}, earlier={2}, last={3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "NORMAL,   false, 0, -,      BLUE",
            "DUE_SOON, false, 1, -,      BLUE",
            "DUE_SOON, true,  0, -,      YELLOW",
            "NORMAL,   false, 2, BLUE,   YELLOW",
            "OVERDUE,  false, 0, -,      RED",
            "NORMAL,   false, 0, RED,    RED",
            "DUE_SOON, false, 0, YELLOW, YELLOW"})
    void reminderEscalation(DeadlineState state, boolean behind, int earlier, ReminderLevel last, ReminderLevel expected) {
        assertThat(ReminderLevel.suggest(state, behind, earlier, last)).isEqualTo(expected);
    }

    private static Item withDeadlines(Item item, LocalDate working, LocalDate assessed) {
        return TestItems.from(item).deadlines(working, assessed).build();
    }
}
