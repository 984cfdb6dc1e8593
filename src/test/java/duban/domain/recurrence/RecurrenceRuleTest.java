package duban.domain.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import duban.domain.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRuleTest {

    private static final HolidayCalendar SHIPPED = HolidayCalendar.fromResource();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> deadlinesAfter(RecurrenceRule rule, String day, int count) {
        return rule.preview(day(day), count, SHIPPED).stream().map(RecurrencePeriod::deadline).toList();
    }

    @Test
    void monthlyDayFallsOnTheDayOrTheNextWorkingDay() {
        RecurrenceRule rule = RecurrenceRule.monthlyOn(25);

        RecurrencePeriod january = rule.periodOf(day("2026-01-10"), SHIPPED);

        assertThat(january.start()).isEqualTo(day("2026-01-01"));
        // 2026-01-25 is a Sunday: the deadline moves to Monday (期限届满日是节假日的顺延).
        assertThat(january.deadline()).isEqualTo(day("2026-01-26"));
        assertThat(deadlinesAfter(rule, "2026-01-10", 3))
                .containsExactly(day("2026-02-25"), day("2026-03-25"), day("2026-04-27"));
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDayAndAMakeUpSaturdayCounts() {
        RecurrenceRule rule = RecurrenceRule.monthlyOn(31);

        // 2026-02-28 is a Saturday made a working day (春节调休): kept. 04-30 is a Thursday.
        assertThat(deadlinesAfter(rule, "2026-01-05", 3))
                .containsExactly(day("2026-02-28"), day("2026-03-31"), day("2026-04-30"));
        // 2027-02-28 is a plain Sunday: Monday 03-01.
        assertThat(RecurrenceRule.monthlyOn(30).periodOf(day("2027-02-03"), SHIPPED).deadline())
                .isEqualTo(day("2027-03-01"));
    }

    @Test
    void leapYearsAndYearsBeyondTheCalendarUseWeekends() {
        RecurrenceRule rule = RecurrenceRule.yearlyOn(MonthDay.of(2, 29));

        assertThat(rule.periodOf(day("2026-06-01"), SHIPPED).deadline()).isEqualTo(day("2026-02-28"));
        // 2028 is not in the shipped calendar: 02-29 is a Tuesday, a working day by weekends alone.
        assertThat(rule.periodOf(day("2028-06-01"), SHIPPED))
                .isEqualTo(new RecurrencePeriod(day("2028-01-01"), day("2028-02-29")));
    }

    @Test
    void theMonthsEndCrossesIntoTheNextYear() {
        RecurrenceRule rule = RecurrenceRule.monthlyOn(25);

        RecurrencePeriod december = rule.periodOf(day("2026-12-01"), SHIPPED);
        RecurrencePeriod next = rule.after(december, december.deadline(), SHIPPED);

        assertThat(december.deadline()).isEqualTo(day("2026-12-25"));
        assertThat(next).isEqualTo(new RecurrencePeriod(day("2027-01-01"), day("2027-01-25")));
    }

    @Test
    void firstWorkingDayOfTheMonthAfterSkipsNewYearAndNationalDay() {
        RecurrenceRule rule = RecurrenceRule.monthlyFirstWorkingDay();

        // December 2025's report: 2026-01-01..03 are 元旦, Sunday 01-04 is a make-up working day.
        assertThat(rule.periodOf(day("2025-12-15"), SHIPPED))
                .isEqualTo(new RecurrencePeriod(day("2025-12-01"), day("2026-01-04")));
        // September 2026's report: 10-01..07 are 国庆节, so Thursday 10-08.
        assertThat(rule.periodOf(day("2026-09-30"), SHIPPED).deadline()).isEqualTo(day("2026-10-08"));
        // January 2026's: 02-01 is a Sunday.
        assertThat(rule.periodOf(day("2026-01-20"), SHIPPED).deadline()).isEqualTo(day("2026-02-02"));
    }

    @Test
    void quarterlyIsDueInTheQuartersLastMonthAfterTheMidAutumnFestival() {
        RecurrenceRule rule = RecurrenceRule.quarterlyOn(25);

        RecurrencePeriod third = rule.periodOf(day("2026-08-15"), SHIPPED);

        assertThat(third.start()).isEqualTo(day("2026-07-01"));
        // 09-25..27 are 中秋节: Monday 09-28.
        assertThat(third.deadline()).isEqualTo(day("2026-09-28"));
        assertThat(deadlinesAfter(rule, "2026-08-15", 2)).containsExactly(day("2026-12-25"), day("2027-03-25"));
    }

    @Test
    void yearlyOnNationalDayMovesToTheFirstWorkingDayAfterTheHoliday() {
        RecurrenceRule rule = RecurrenceRule.yearlyOn(MonthDay.of(10, 1));

        assertThat(rule.periodOf(day("2026-03-01"), SHIPPED))
                .isEqualTo(new RecurrencePeriod(day("2026-01-01"), day("2026-10-08")));
        assertThat(RecurrenceRule.yearlyOn(MonthDay.of(12, 31)).periodOf(day("2026-03-01"), SHIPPED).deadline())
                .isEqualTo(day("2026-12-31"));
    }

    @Test
    void everyWorkingDaysCountsOverTheSpringFestivalAndStartsAfterTheLastDeadline() {
        RecurrenceRule rule = RecurrenceRule.everyWorkingDays(10);

        RecurrencePeriod first = rule.periodOf(day("2026-02-10"), SHIPPED);
        // 02-11, 12, 13, Saturday 14 (班), then 春节 until 23: 24, 25, 26, 27, Saturday 28 (班), 03-02.
        assertThat(first).isEqualTo(new RecurrencePeriod(day("2026-02-10"), day("2026-03-02")));
        assertThat(rule.after(first, first.deadline(), SHIPPED))
                .isEqualTo(new RecurrencePeriod(day("2026-03-03"), day("2026-03-16")));
        // An extended deadline moves the next period with it.
        assertThat(rule.after(first, day("2026-03-06"), SHIPPED).start()).isEqualTo(day("2026-03-09"));
    }

    @Test
    void textAndDescriptionRoundTrip() {
        List<RecurrenceRule> rules = List.of(RecurrenceRule.monthlyOn(25), RecurrenceRule.monthlyFirstWorkingDay(),
                RecurrenceRule.quarterlyOn(25), RecurrenceRule.yearlyOn(MonthDay.of(12, 31)),
                RecurrenceRule.everyWorkingDays(10));

        assertThat(rules).extracting(RecurrenceRule::text).containsExactly("MONTHLY_DAY:25",
                "MONTHLY_FIRST_WORKING_DAY", "QUARTERLY:25", "YEARLY:12-31", "EVERY_WORKING_DAYS:10");
        assertThat(rules).extracting(RecurrenceRule::describe)
                .containsExactly("每月25日", "每月第一个工作日", "每季度末月25日", "每年12月31日", "每10个工作日");
        assertThat(rules).allSatisfy(rule -> assertThat(RecurrenceRule.parse(rule.text())).isEqualTo(rule));
        assertThat(RecurrenceRule.parse("YEARLY:02-29").text()).isEqualTo("YEARLY:02-29");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MONTHLY_DAY", "MONTHLY_DAY:0", "MONTHLY_DAY:32", "MONTHLY_DAY:x",
            "MONTHLY_FIRST_WORKING_DAY:3", "QUARTERLY:", "YEARLY:02-30", "YEARLY:13-01",
            "EVERY_WORKING_DAYS:0", "EVERY_WORKING_DAYS:251", "WEEKLY:1"})
    void anythingElseIsRefusedWithAChineseMessage(String text) {
        assertThat(RecurrenceRule.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> RecurrenceRule.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("无法识别的定期规则");
    }

    @Test
    void periodLabelsSayTheMonthQuarterYearOrDays() {
        assertThat(RecurrenceRule.monthlyOn(25).periodLabel(RecurrenceRule.monthlyOn(25)
                .periodOf(day("2026-03-09"), SHIPPED))).isEqualTo("2026年3月");
        assertThat(RecurrenceRule.quarterlyOn(25).periodLabel(RecurrenceRule.quarterlyOn(25)
                .periodOf(day("2026-08-09"), SHIPPED))).isEqualTo("2026年第3季度");
        assertThat(RecurrenceRule.everyWorkingDays(10).periodLabel(
                new RecurrencePeriod(day("2026-03-03"), day("2026-03-16")))).isEqualTo("2026-03-03至2026-03-16");
    }
}
