package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.testing.TestItems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Deadline states (正常/临期/逾期/按时办结/逾期办结) judged against a fixed clock. */
class DeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** 07:30 in Shanghai is still the previous day in UTC: "today" must follow the clock's zone. */
    private static final Clock CLOCK = Clock.fixed(
            LocalDateTime.of(2026, 11, 21, 7, 30).atZone(SHANGHAI).toInstant(), SHANGHAI);

    private final Deadlines deadlines = new Deadlines(CLOCK);

    @Test
    void todayFollowsTheClock() {
        assertThat(deadlines.today()).isEqualTo(TODAY);
        assertThat(deadlines.clock()).isSameAs(CLOCK);
    }

    @Test
    void todayUsesTheClocksZoneNotUtc() {
        // The class clock (07:30, still 2026-11-20 in UTC) covers the morning; 23:59 is the last
        // minute of the same Shanghai day: both ends of the day must read 2026-11-21.
        Clock lateEvening = Clock.fixed(LocalDateTime.of(2026, 11, 21, 23, 59).atZone(SHANGHAI).toInstant(), SHANGHAI);
        Deadlines late = new Deadlines(lateEvening);
        assertThat(late.today()).isEqualTo(TODAY);
        assertThat(late.stateOf(TestItems.open(Status.ASSIGNED, TODAY))).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(late.stateOf(TestItems.open(Status.ASSIGNED, TODAY.minusDays(1)))).isEqualTo(DeadlineState.OVERDUE);
    }

    @ParameterizedTest(name = "deadline in {0} days → {1}")
    @CsvSource({
            "-30, OVERDUE",
            " -1, OVERDUE",
            "  0, DUE_SOON",
            "  1, DUE_SOON",
            "  3, DUE_SOON",
            "  4, NORMAL",
            " 60, NORMAL"})
    void openItemsAreJudgedByDaysLeft(int offset, DeadlineState expected) {
        Item item = TestItems.open(Status.IN_PROGRESS, TODAY.plusDays(offset));

        assertThat(deadlines.stateOf(item)).isEqualTo(expected);
        assertThat(deadlines.daysLeft(item)).isEqualTo(offset);
        assertThat(Deadlines.daysLate(item)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void everyOpenColumnIsJudgedTheSameWay(Status status) {
        assertThat(deadlines.stateOf(TestItems.open(status, TODAY))).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(deadlines.stateOf(TestItems.open(status, TODAY.minusDays(1)))).isEqualTo(DeadlineState.OVERDUE);
        assertThat(deadlines.stateOf(TestItems.open(status, TODAY.plusDays(4)))).isEqualTo(DeadlineState.NORMAL);
    }

    @Test
    void dueTodayIsDueSoonWithZeroDaysLeftNotOverdue() {
        Item item = TestItems.open(Status.ASSIGNED, TODAY);
        assertThat(deadlines.stateOf(item)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(deadlines.daysLeft(item)).isZero();
    }

    @Test
    void yesterdayIsOverdueByOneDay() {
        Item item = TestItems.open(Status.AWAITING_FEEDBACK, TODAY.minusDays(1));
        assertThat(deadlines.stateOf(item)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(deadlines.daysLeft(item)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "closed {0} day(s) relative to the deadline → {1}, {2} day(s) late")
    @CsvSource({
            "-10, CLOSED_ON_TIME, 0",
            " -1, CLOSED_ON_TIME, 0",
            "  0, CLOSED_ON_TIME, 0",
            "  1, CLOSED_LATE,    1",
            "  7, CLOSED_LATE,    7"})
    void closedItemsAreJudgedByTheirClosingDate(int closedOffset, DeadlineState expected, long daysLate) {
        LocalDate deadline = TODAY.minusDays(20);
        Item item = TestItems.closed(deadline, deadline.plusDays(closedOffset));

        assertThat(deadlines.stateOf(item)).isEqualTo(expected);
        assertThat(expected.isClosed()).isTrue();
        assertThat(Deadlines.daysLate(item)).isEqualTo(daysLate);
    }

    @Test
    void aClosedItemIsNotOverdueEvenWhenTodayIsPastItsDeadline() {
        // Closed on time long ago: the deadline being in the past must not make it 逾期.
        Item item = TestItems.closed(TODAY.minusDays(100), TODAY.minusDays(101));
        assertThat(deadlines.stateOf(item)).isEqualTo(DeadlineState.CLOSED_ON_TIME);
    }

    @Test
    void aClosedItemWithAFutureDeadlineIsClosedOnTimeNotDueSoon() {
        Item item = TestItems.closed(TODAY.plusDays(1), TODAY);
        assertThat(deadlines.stateOf(item)).isEqualTo(DeadlineState.CLOSED_ON_TIME);
    }

    @Test
    void aClosedStatusWithoutClosingDateIsJudgedByToday() {
        assertThat(deadlines.stateOf(Status.CLOSED, TODAY, null)).isEqualTo(DeadlineState.CLOSED_ON_TIME);
        assertThat(deadlines.stateOf(Status.CLOSED, TODAY.minusDays(1), null)).isEqualTo(DeadlineState.CLOSED_LATE);
    }

    @ParameterizedTest(name = "threshold {0}, deadline in {1} days → {2}")
    @CsvSource({
            "0, 0, DUE_SOON",
            "0, 1, NORMAL",
            "0, -1, OVERDUE",
            "7, 7, DUE_SOON",
            "7, 8, NORMAL",
            "1, 1, DUE_SOON",
            "1, 2, NORMAL"})
    void aCustomDueSoonThresholdMovesTheBoundary(int threshold, int offset, DeadlineState expected) {
        Deadlines custom = new Deadlines(CLOCK, threshold);
        assertThat(custom.stateOf(TestItems.open(Status.IN_PROGRESS, TODAY.plusDays(offset)))).isEqualTo(expected);
    }

    @Test
    void theDefaultThresholdIsThreeDays() {
        assertThat(Deadlines.DEFAULT_DUE_SOON_DAYS).isEqualTo(3);
        Deadlines explicit = new Deadlines(CLOCK, 3);
        for (int offset = -2; offset <= 6; offset++) {
            Item item = TestItems.open(Status.ASSIGNED, TODAY.plusDays(offset));
            assertThat(deadlines.stateOf(item)).as("offset %d", offset).isEqualTo(explicit.stateOf(item));
        }
    }

    @Test
    void aNegativeThresholdIsRejected() {
        assertThatThrownBy(() -> new Deadlines(CLOCK, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void aMissingClockIsRejected() {
        assertThatThrownBy(() -> new Deadlines(null)).isInstanceOf(NullPointerException.class);
    }
}
