package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an open item is behind on its progress reports (进展逾期). */
class ReportCadenceTest {

    @ParameterizedTest(name = "every 7 days, last {0}, today {1}: behind={2}")
    @CsvSource({
            "2026-11-14, 2026-11-21, false",   // exactly 7 days: due today, not yet late
            "2026-11-13, 2026-11-21, true",    // 8 days: due yesterday
            "2026-11-21, 2026-11-21, false"})
    void everySevenDays(LocalDate since, LocalDate today, boolean behind) {
        assertThat(ReportCadence.everyDays(7).isBehind(since, today)).isEqualTo(behind);
    }

    @ParameterizedTest(name = "monthly by the 25th, since {0}, today {1}: behind={2}")
    @CsvSource({
            // today 11-21: the last period ended 10-25 and ran from 09-26
            "2026-09-26, 2026-11-21, false",   // reported within the period ending 10-25
            "2026-09-25, 2026-11-21, true",    // last report before it: the 10-25 report is missing
            "2026-11-02, 2026-11-21, false",   // assigned this month: first report due 11-25
            // on the 25th itself the report may still come in
            "2026-09-30, 2026-11-25, false",
            // the day after: the period ending 11-25 (from 10-26) has no report
            "2026-10-25, 2026-11-26, true",
            "2026-10-26, 2026-11-26, false"})
    void monthlyByThe25th(LocalDate since, LocalDate today, boolean behind) {
        assertThat(ReportCadence.monthlyBy(25).isBehind(since, today)).isEqualTo(behind);
    }

    @Test
    void daysBehindCountFromTheMissedDueDate() {
        assertThat(ReportCadence.everyDays(7).daysBehind(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21)))
                .isEqualTo(13);
        assertThat(ReportCadence.monthlyBy(25).missedDueDate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 21)))
                .contains(LocalDate.of(2026, 10, 25));
    }

    @Test
    void textRoundTripWordsAndDefaults() {
        assertThat(ReportCadence.fromText(ReportCadence.monthlyBy(25).toText())).contains(ReportCadence.monthlyBy(25));
        assertThat(ReportCadence.fromText("EVERY_DAYS x")).isEmpty();
        assertThat(ReportCadence.fromText("WEEKLY 7")).isEmpty();
        assertThat(ReportCadence.everyDays(7).describe()).isEqualTo("每 7 天");
        assertThat(ReportCadence.monthlyBy(25).describe()).isEqualTo("每月 25 日前");
        assertThat(ReportCadence.defaultFor(Category.KEY)).isEqualTo(ReportCadence.everyDays(7));
        assertThat(ReportCadence.defaultFor(Category.ROUTINE)).isEqualTo(ReportCadence.monthlyBy(25));
        assertThatThrownBy(() -> ReportCadence.monthlyBy(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
